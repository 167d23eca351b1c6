package app.rapport.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The words and thresholds the rules work with. They live in {@code /guard/rules.properties}, not
 * in code, so that the lists can grow with the corpus without touching the rules; the file's
 * comments explain the phrase notation. Every key must be present: a missing key is a typo, and a
 * guard that silently lost a word list would wave blasts through.
 */
public final class GuardSettings {
  private static final String RESOURCE = "/guard/rules.properties";

  private final PhraseList gifts;
  private final PhraseList treats;
  private final PhraseList platitudes;
  private final PhraseList hardSell;
  private final PhraseList intents;
  private final PhraseList benefits;
  private final PhraseList durations;
  private final PhraseList easyOuts;
  private final PhraseList attachments;
  private final int intentWithinSentences;
  private final int staleMonths;
  private final int cooldownDays;
  private final int maxLinks;
  private final int capCeiling;

  private GuardSettings(RulesFile p) {
    gifts = PhraseList.of(p.list("gift.phrases"), p.list("gift.exceptions"));
    treats = PhraseList.of(p.list("treat.phrases"));
    platitudes = PhraseList.of(p.list("platitude.phrases"));
    hardSell = PhraseList.of(p.list("hardSell.phrases"), p.list("hardSell.exceptions"));
    intents = PhraseList.of(p.list("intent.phrases"));
    benefits = PhraseList.of(p.list("benefit.phrases"));
    durations = PhraseList.of(p.list("duration.phrases"));
    easyOuts = PhraseList.of(p.list("easyOut.phrases"));
    attachments = PhraseList.of(p.list("attachment.phrases"));
    intentWithinSentences = p.positive("intent.withinSentences");
    staleMonths = p.positive("stale.months");
    cooldownDays = p.positive("cooldown.days");
    maxLinks = p.number("channel.maxLinks");
    capCeiling = p.positive("cap.ceiling");
  }

  private GuardSettings(GuardSettings base, int staleMonths, int cooldownDays, int capCeiling) {
    gifts = base.gifts;
    treats = base.treats;
    platitudes = base.platitudes;
    hardSell = base.hardSell;
    intents = base.intents;
    benefits = base.benefits;
    durations = base.durations;
    easyOuts = base.easyOuts;
    attachments = base.attachments;
    intentWithinSentences = base.intentWithinSentences;
    maxLinks = base.maxLinks;
    this.staleMonths = RulesFile.requirePositive("stale.months", staleMonths);
    this.cooldownDays = RulesFile.requirePositive("cooldown.days", cooldownDays);
    this.capCeiling = RulesFile.requirePositive("cap.ceiling", capCeiling);
  }

  /** The settings shipped with Rapport, from {@code /guard/rules.properties} on the classpath. */
  public static GuardSettings defaults() {
    try (InputStream in = GuardSettings.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Settings read from a properties stream (UTF-8) with the same keys as the shipped file. */
  public static GuardSettings load(InputStream in) {
    return new GuardSettings(RulesFile.read(in));
  }

  /** The same settings with another cooldown, e.g. from the deployment's configuration. */
  public GuardSettings withCooldownDays(int days) {
    return new GuardSettings(this, staleMonths, days, capCeiling);
  }

  /** The same settings with another age after which a context counts as stale. */
  public GuardSettings withStaleMonths(int months) {
    return new GuardSettings(this, months, cooldownDays, capCeiling);
  }

  /** The same settings with another ceiling for daily caps. */
  public GuardSettings withCapCeiling(int ceiling) {
    return new GuardSettings(this, staleMonths, cooldownDays, ceiling);
  }

  public int intentWithinSentences() {
    return intentWithinSentences;
  }

  public int staleMonths() {
    return staleMonths;
  }

  public int cooldownDays() {
    return cooldownDays;
  }

  public int maxLinks() {
    return maxLinks;
  }

  public int capCeiling() {
    return capCeiling;
  }

  PhraseList gifts() {
    return gifts;
  }

  PhraseList treats() {
    return treats;
  }

  PhraseList platitudes() {
    return platitudes;
  }

  PhraseList hardSell() {
    return hardSell;
  }

  PhraseList intents() {
    return intents;
  }

  PhraseList benefits() {
    return benefits;
  }

  PhraseList durations() {
    return durations;
  }

  PhraseList easyOuts() {
    return easyOuts;
  }

  PhraseList attachments() {
    return attachments;
  }
}
