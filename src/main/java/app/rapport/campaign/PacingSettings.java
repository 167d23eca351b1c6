package app.rapport.campaign;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Operator-set limits on pace that no campaign may exceed. */
@ConfigMapping(prefix = "rapport.pacing")
public interface PacingSettings {

  /** Highest daily cap a campaign may have (seed 004: about thirty a day works). */
  @WithDefault("50")
  int ceiling();

  /** Default daily cap of a new campaign. */
  @WithDefault("30")
  int defaultCap();
}
