package app.rapport.contact.csv;

import app.rapport.vocabulary.Relationship;
import java.util.List;

/**
 * One valid contact read from an upload. Optional values are null when the file does not give them
 * (so that a later merge can tell "not given" from a value); tags are never null.
 *
 * @param line the physical line (1-based, counting any preamble) where the row starts
 * @param firstName never blank
 * @param lastName nullable
 * @param email nullable when a profile URL is given; trimmed, domain lower-cased
 * @param company nullable
 * @param title nullable; the position or job title
 * @param profileUrl nullable when an email is given; normalised (https, LinkedIn links canonical)
 * @param timeZone nullable; a valid IANA id such as Europe/Berlin
 * @param relationship nullable when the file does not say
 * @param tags possibly empty
 * @param notes nullable; may hold tabs and line breaks (as \n)
 * @param hook nullable; the context hook when the row has one
 */
public record ContactRow(
    int line,
    String firstName,
    String lastName,
    String email,
    String company,
    String title,
    String profileUrl,
    String timeZone,
    Relationship relationship,
    List<String> tags,
    String notes,
    ContextHookRow hook) {

  public ContactRow {
    tags = List.copyOf(tags);
  }
}
