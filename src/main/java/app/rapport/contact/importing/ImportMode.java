package app.rapport.contact.importing;

/** What to do with invalid rows. */
public enum ImportMode {
  /** The default: any invalid row and nothing is written. */
  ALL_OR_NOTHING,
  /** Write the valid rows (in one transaction) and report every skipped row. */
  SKIP_INVALID
}
