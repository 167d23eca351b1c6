package app.rapport.contact;

import app.rapport.vocabulary.ContextType;
import app.rapport.vocabulary.Relationship;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contact as the API shows it. */
public record ContactView(
    long id,
    String firstName,
    String lastName,
    String email,
    String profileUrl,
    String company,
    String title,
    String timeZone,
    Relationship relationship,
    List<String> tags,
    String notes,
    List<Hook> hooks,
    boolean suppressed,
    Provenance provenance,
    Instant createdAt,
    Instant updatedAt) {

  public record Hook(
      long id, ContextType type, String title, String url, LocalDate publishedOn, String note) {
    static Hook of(ContextHook h) {
      return new Hook(h.id, h.type, h.title, h.url, h.publishedOn, h.note);
    }
  }

  /** Where the contact came from: the import, file and line that first created it. */
  public record Provenance(Long importId, String file, Integer line) {}

  static ContactView of(Contact c, boolean suppressed) {
    return new ContactView(
        c.id,
        c.firstName,
        c.lastName,
        c.email,
        c.profileUrl,
        c.company,
        c.title,
        c.timeZone,
        c.relationship,
        List.of(c.tags),
        c.notes,
        c.hooks.stream().map(Hook::of).toList(),
        suppressed,
        new Provenance(c.sourceImportId, c.sourceFile, c.sourceLine),
        c.createdAt,
        c.updatedAt);
  }
}
