package app.rapport.response;

import app.rapport.campaign.Campaign;
import app.rapport.dispatch.CapAdjustment;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets the answers steer the pace: the dispatcher's cap for today is the planned one, lowered by
 * the adaptive cap and the sender's coffee capacity ({@link EffectiveCaps}).
 */
@ApplicationScoped
public class AnswerBrakes implements CapAdjustment {

  private final EffectiveCaps caps;

  public AnswerBrakes(EffectiveCaps caps) {
    this.caps = caps;
  }

  @Override
  public int effectiveCap(Campaign campaign, int plannedCap) {
    return Math.min(plannedCap, caps.effectiveCap(campaign));
  }
}
