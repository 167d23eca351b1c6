package app.rapport.replica;

import java.util.Random;

/**
 * A CSV of {@code count} people, each with a blog post whose title and note share no run of three
 * words with anyone else's, however many people there are. ({@code People.csv} repeats its
 * combinations after a few dozen people, and past that the guard rightly calls the drafts a blast.)
 */
final class DistinctPeople {

  private static final String[] WORDS = {
    "queue",
    "ledger",
    "replica",
    "index",
    "shard",
    "cursor",
    "lease",
    "token",
    "batch",
    "stream",
    "schema",
    "column",
    "vacuum",
    "checkpoint",
    "snapshot",
    "backlog",
    "budget",
    "cache",
    "retry",
    "timeout",
    "window",
    "partition",
    "planner",
    "journal",
    "rollout",
    "canary",
    "sampler",
    "tracer",
    "gauge",
    "counter",
    "limiter",
    "breaker",
    "mirror",
    "archive",
    "digest",
    "filter",
    "router",
    "broker",
    "socket",
    "buffer",
    "compactor",
    "scanner",
    "builder",
    "runner",
    "monitor",
    "tenant",
    "quorum",
    "failover"
  };

  private DistinctPeople() {}

  static String csv(int count) {
    StringBuilder csv =
        new StringBuilder(
            "First Name,Last Name,Email,Profile URL,Context Type,Context Title,Context Note\n");
    for (int i = 0; i < count; i++) {
      Random words = new Random(7919L * i + 17);
      csv.append("Person")
          .append(i)
          .append(",Number")
          .append(i)
          .append(",person")
          .append(i)
          .append("@example.com,https://www.linkedin.com/in/person")
          .append(i)
          .append(",blog post,\"")
          .append(capitalised(phrase(words, 4)))
          .append("\",\"the part on ")
          .append(phrase(words, 6))
          .append("\"\n");
    }
    return csv.toString();
  }

  private static String phrase(Random random, int length) {
    StringBuilder phrase = new StringBuilder();
    for (int i = 0; i < length; i++) {
      phrase.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return phrase.toString();
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
