package app.rapport.contact.csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The contact values an upload can carry, with the column headers recognised for each.
 *
 * <p>Headers are compared after {@link #normalise(String) normalising} (lower case, letters and
 * digits only), so "E-mail", "EMAIL" and "e_mail" all read as {@code email}. The aliases cover
 * LinkedIn's Connections.csv (First Name, Last Name, URL, Email Address, Company, Position,
 * Connected On) and the names CRMs and spreadsheets commonly use. "notes" is the contact's {@link
 * #NOTES}; "note" alone is the hook's {@link #CONTEXT_NOTE}.
 *
 * <p>Each field also has the longest value that makes sense for it: a 3,000-character "first name"
 * is a mistake in the file, not a name. {@link #NOTES} and {@link #CONTEXT_NOTE} are bounded only
 * by {@link ImportLimits#maxFieldLength()}.
 */
public enum ContactField {
  FIRST_NAME(100, "firstname", "givenname", "forename", "first"),
  LAST_NAME(100, "lastname", "surname", "familyname", "last"),
  FULL_NAME(200, "name", "fullname", "contactname", "displayname"),
  EMAIL(254, "email", "emailaddress", "mail", "emailaddr", "primaryemail", "workemail"),
  COMPANY(200, "company", "companyname", "organisation", "organization", "employer", "org"),
  TITLE(200, "position", "title", "jobtitle", "role", "headline"),
  PROFILE_URL(
      2048,
      "url",
      "profile",
      "profileurl",
      "profilelink",
      "linkedin",
      "linkedinurl",
      "linkedinprofile",
      "linkedinprofileurl"),
  TIME_ZONE(64, "timezone", "tz", "zone"),
  RELATIONSHIP(32, "relationship", "relation"),
  TAGS(1000, "tags", "tag", "labels", "label", "groups"),
  NOTES(Integer.MAX_VALUE, "notes", "comments", "comment"),
  CONTEXT_TYPE(64, "contexttype", "hooktype"),
  CONTEXT_TITLE(300, "contexttitle", "hooktitle", "hook", "post", "talk", "article"),
  CONTEXT_URL(2048, "contexturl", "hookurl", "posturl", "talkurl", "articleurl"),
  CONTEXT_DATE(32, "contextdate", "hookdate", "publishedon", "published", "date"),
  CONTEXT_NOTE(Integer.MAX_VALUE, "contextnote", "hooknote", "whyvaluable", "why", "note"),
  /** LinkedIn's "Connected On": recognised so it is not reported as unmapped, but not imported. */
  CONNECTED_ON(32, "connectedon", "connected", "connectiondate");

  private static final Map<String, ContactField> BY_ALIAS = new HashMap<>();

  static {
    for (ContactField field : values()) {
      for (String alias : field.aliases) {
        if (BY_ALIAS.put(alias, field) != null) {
          throw new IllegalStateException("alias used twice: " + alias);
        }
      }
    }
  }

  private final int maxLength;
  private final List<String> aliases;

  ContactField(int maxLength, String... aliases) {
    this.maxLength = maxLength;
    this.aliases = List.of(aliases);
  }

  /** The longest value accepted for this field, in characters. */
  public int maxLength() {
    return maxLength;
  }

  /** Normalised header names that read as this field. */
  public List<String> aliases() {
    return aliases;
  }

  /** Whether tabs and line breaks belong in the value: only the free-text notes. */
  public boolean isFreeText() {
    return this == NOTES || this == CONTEXT_NOTE;
  }

  /** The field a header names, if it is one of the recognised ones. */
  public static Optional<ContactField> recognise(String header) {
    return Optional.ofNullable(BY_ALIAS.get(normalise(header)));
  }

  /** Lower case, letters and digits only: "E-mail Address" becomes "emailaddress". */
  public static String normalise(String header) {
    if (header == null) {
      return "";
    }
    StringBuilder key = new StringBuilder(header.length());
    header
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(key::appendCodePoint);
    return key.toString();
  }
}
