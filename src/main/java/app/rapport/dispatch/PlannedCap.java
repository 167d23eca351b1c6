package app.rapport.dispatch;

import app.rapport.campaign.Campaign;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** The default {@link CapAdjustment}: no adjustment. */
@ApplicationScoped
@DefaultBean
public class PlannedCap implements CapAdjustment {

  @Override
  public int effectiveCap(Campaign campaign, int plannedCap) {
    return plannedCap;
  }
}
