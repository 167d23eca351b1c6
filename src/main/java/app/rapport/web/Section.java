package app.rapport.web;

/**
 * The entries of the navigation bar. An entry without a path shows as "soon", a seam for pages
 * still to come.
 */
enum Section {
  LISTS("Lists", "/lists"),
  CAMPAIGNS("Campaigns", "/campaigns"),
  TODAY("Today", "/today"),
  METRICS("Metrics", "/metrics"),
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
