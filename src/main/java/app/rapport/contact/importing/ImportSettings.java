package app.rapport.contact.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what one CSV upload may hold. Over a limit, the import is refused as a whole. */
@ConfigMapping(prefix = "rapport.import")
public interface ImportSettings {

  /** Largest upload, in bytes (413 beyond). */
  @WithDefault("500000000")
  long maxBytes();

  /** Most data rows in one file (413 beyond). */
  @WithDefault("1000000")
  int maxRows();

  /** Longest single cell, in characters (422 beyond). */
  @WithDefault("4096")
  int maxFieldLength();
}
