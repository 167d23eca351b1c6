package app.rapport.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.rapport.dispatch.mail.ScriptedSmtpServer;
import app.rapport.support.SmtpSink;
import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A rolling update as Kubernetes does it: SIGTERM to a replica in the middle of a send. Two
 * replicas: the one stopped sends to a slow but accepting SMTP server, the other one (which keeps
 * running) to GreenMail, so every message says which replica sent it.
 */
class ShutdownIT {

  static final Instant MONDAY_1730_BERLIN = Instant.parse("2026-11-23T16:30:00Z");
  static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
  static final Duration SHUTDOWN_DELAY = Duration.ofSeconds(3);
  static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(15);
  static final Duration QUIET = Duration.ofSeconds(4);

  @Test
  void sigterm_mid_dispatch_loses_nothing_and_doubles_nothing() throws Exception {
    int fastPort = FreePort.next();
    int slowPort = FreePort.next();
    Map<String, String> shutdown =
        Map.of(
            "RAPPORT_DISPATCH_LEASE", "PT5S",
            "RAPPORT_SHUTDOWN_DELAY", SHUTDOWN_DELAY.toSeconds() + "s",
            "RAPPORT_SHUTDOWN_TIMEOUT", SHUTDOWN_TIMEOUT.toSeconds() + "s");
    // one claim a second, so that the day's cap is still open when the shutdown begins
    Map<String, String> staying = new java.util.HashMap<>(shutdown);
    staying.put("RAPPORT_DISPATCH_MAX_CLAIMS_PER_TICK", "1");
    GreenMail fast = SmtpSink.on(fastPort);
    // every message is taken at once and acknowledged 1.5 s later
    try (ReplicaDatabase db = ReplicaDatabase.start("shutdown");
        ScriptedSmtpServer slow =
            new ScriptedSmtpServer(
                ScriptedSmtpServer.Script.accepting()
                    .endOfData(
                        ScriptedSmtpServer.delay(Duration.ofMillis(1500))
                            + "\n250 2.0.0 Ok: queued"),
                slowPort);
        // the first replica stays (and serves the API calls); the second one is stopped
        Replicas replicas =
            Replicas.start(
                "shutdown",
                List.of(
                    Replicas.environment(db, fastPort, staying),
                    Replicas.environment(db, slowPort, shutdown)))) {
      Replica stopped = replicas.get(1);
      replicas.setClock(MONDAY_1730_BERLIN);
      ApprovedCampaign campaign = ApprovedCampaign.of(25, 15);
      CampaignLedger ledger = new CampaignLedger(db, campaign.id());
      campaign.start();

      await("the replica to stop is in the middle of a send")
          .atMost(Duration.ofSeconds(60))
          .until(() -> slow.messagesReceived() >= 1);
      Set<String> inFlight = ReplicaIT.rcptRecipients(slow.commands());
      long mark = stopped.logMark();
      stopped.terminate();
      await("readiness answers DOWN during the shutdown delay")
          .atMost(SHUTDOWN_DELAY)
          .pollInterval(Duration.ofMillis(50))
          .until(() -> stopped.readiness() == 503);
      assertThat(stopped.waitForExit(SHUTDOWN_DELAY.plus(SHUTDOWN_TIMEOUT).plusSeconds(5)))
          .as("exits within the shutdown delay and timeout")
          .isTrue();
      await().atMost(Duration.ofSeconds(60)).until(() -> ledger.settledAt(MONDAY, 15));
      int settled = fast.getReceivedMessages().length;
      await()
          .during(QUIET)
          .atMost(QUIET.plusSeconds(5))
          .until(() -> fast.getReceivedMessages().length == settled);

      Set<String> byStopped = ReplicaIT.rcptRecipients(slow.commands());
      Set<String> byStaying = ReplicaIT.recipients(fast.getReceivedMessages());
      assertThat(inFlight).isNotEmpty();
      assertThat(byStopped).as("the stopped replica kept sending during the delay").isNotEmpty();
      assertThat(slow.messagesReceived()).as("nobody twice").isEqualTo(byStopped.size());
      assertThat(byStaying).as("nobody twice").hasSize(fast.getReceivedMessages().length);
      assertThat(byStaying).as("never re-sent").doesNotContainAnyElementsOf(byStopped);
      Set<String> delivered = new HashSet<>(byStopped);
      delivered.addAll(byStaying);
      assertThat(ledger.recipients("SENT"))
          .as("every send finished and was recorded, the stopped replica's included")
          .isEqualTo(delivered);
      assertThat(ledger.inState("UNKNOWN")).as("nothing left in doubt").isZero();
      assertThat(stopped.logSince(mark))
          .as("a send was in flight when the shutdown began, and it was recorded")
          .containsPattern("Shutting down: no new claims[\\s\\S]*Invitation \\d+ sent");
      assertThat(ledger.recipients("SENT")).containsAll(inFlight);
      assertThat(ledger.inState("SENDING")).isZero();
      assertThat(ledger.quotaUsed(MONDAY)).isEqualTo(15);
    } finally {
      fast.stop();
    }
  }
}
