package app.rapport.dispatch.mail;

/**
 * A value that would reach a mail header is unsafe or malformed: a line break or control character
 * (the {@code "Alice\r\nBcc: x@evil"} header-injection trick), or an address or URL that does not
 * parse strictly. The message names the field, never echoes the value, so logs stay clean.
 */
public final class UnsafeHeaderValue extends IllegalArgumentException {

  private final String fieldName;

  public UnsafeHeaderValue(String fieldName, String reason) {
    super(fieldName + ": " + reason);
    this.fieldName = fieldName;
  }

  /** The {@link OutgoingEmail} component (or setting) that was refused. */
  public String fieldName() {
    return fieldName;
  }
}
