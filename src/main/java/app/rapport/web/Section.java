package app.rapport.web;

/**
 * The entries of the navigation bar. Today and Metrics have no page yet: they show as "soon" until
 * paced dispatch and the metrics land, when they get their paths.
 */
enum Section {
  LISTS("Lists", "/lists"),
  CAMPAIGNS("Campaigns", "/campaigns"),
  TODAY("Today", null),
  METRICS("Metrics", null),
  TOKENS("API tokens", "/tokens");

  private final String label;
  private final String path;

  Section(String label, String path) {
    this.label = label;
    this.path = path;
  }

  String label() {
    return label;
  }

  /** Where the entry leads, or null while the page does not exist yet. */
  String path() {
    return path;
  }
}
