package app.rapport.bench;

import app.rapport.draft.template.InvitationRenderer;
import app.rapport.draft.template.RenderedInvitation;
import app.rapport.draft.template.TemplateCatalog;
import app.rapport.draft.template.TemplateDefinition;
import app.rapport.draft.template.TemplateKind;
import app.rapport.guard.BlastCandidate;
import app.rapport.guard.BlastDetector;
import app.rapport.guard.BlastSettings;
import app.rapport.guard.DraftUnderReview;
import app.rapport.guard.Finding;
import app.rapport.guard.Guard;
import app.rapport.guard.GuardSettings;
import app.rapport.response.token.AnswerPurpose;
import app.rapport.response.token.AnswerTokens;
import app.rapport.response.token.SigningKey;
import app.rapport.vocabulary.Channel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts and guards a campaign of 10,000 and 100,000 generated contacts with the real pure parts,
 * stage by stage, and prints throughput per stage and how BLAST's time grows with the campaign
 * (issue 3: at most 12 times for 10 times the drafts). Not a test: surefire runs only {@code *Test}
 * classes, and nothing here is timed against a limit. Run it with {@code bench/drafting.sh}.
 *
 * <p>The stages are what {@code Drafting} and {@code DraftCheck} do per draft, without the
 * database: <b>render</b> picks the template for the contact's context (least-used A/B variant),
 * signs the three answer links with {@link AnswerTokens}, builds the model and renders it with
 * {@link InvitationRenderer}; <b>guard</b> blanks the answer links and runs every single-draft rule
 * of {@link Guard}; <b>BLAST</b> masks each recipient's identity and links and runs {@link
 * BlastDetector} over the whole campaign at once.
 *
 * <p>Arguments: sizes (default {@code 10000 100000}); {@code -Dbench.iterations=3} measured
 * iterations per size, after {@code -Dbench.warmups=1} warm-up iteration of the first size (the JIT
 * has compiled everything by then); {@code -Dbench.guardIterations=1}: above 10,000 contacts the
 * guard stage runs in that many of the iterations only (it is slow, and per draft); {@code
 * -Dbench.guard=false} skips it; {@code -Dbench.freeNotes=true} draws each context note as free
 * words instead of phrased ones (see {@link ContactsForBenchmark#generate}); {@code
 * -Dbench.sample=true} prints the first draft and a BLAST finding, to see what is measured.
 */
public final class DraftingBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
  private static final String PUBLIC_URL = "https://rapport.example.org";

  private final InvitationRenderer renderer = new InvitationRenderer();
  private final TemplateCatalog catalog = TemplateCatalog.builtIn();
  private final Guard guard = new Guard(GuardSettings.defaults());
  private final BlastDetector blast = new BlastDetector(BlastSettings.defaults());
  private final AnswerTokens tokens =
      new AnswerTokens(
          List.of(new SigningKey("bench", "0123456789abcdef0123456789abcdef".getBytes())),
          Clock.fixed(Instant.parse("2026-06-01T08:00:00Z"), ZoneOffset.UTC));
  private final CampaignText campaign =
      new CampaignText(
          "I'm moving from backend work into data platform engineering",
          25,
          "how your team decided what to build in-house",
          "my notes from migrating three teams off a self-hosted Kafka",
          "Sam Rivera");

  /**
   * In how many measured iterations sizes above 10,000 run the guard stage. The guard judges each
   * draft alone, so its rate does not depend on the campaign's size; it was once slow (60 drafts a
   * second), and a pass over 100,000 drafts still takes a minute or two on these shared cores.
   */
  private static int guardIterations = 1;

  /** {@code -Dbench.guard=false} skips the guard stage, e.g. to compare BLAST on other data. */
  private static final boolean withGuard =
      Boolean.parseBoolean(System.getProperty("bench.guard", "true"));

  /**
   * CPU time of this thread, beside the wall-clock time: the cores are shared, and the guard's CPU
   * time per draft does not depend on how busy the machine is.
   */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** Drafts, drafts with a single-draft finding, drafts with BLAST: of the last iteration. */
  private int[] lastCounts = {0, -1, 0};

  private String lastSample = "";
  private String lastBlast = "";

  /** The campaign's free text, as the user wrote it. */
  record CampaignText(
      String intent, int minutes, String topic, String valueOffered, String senderName) {}

  /** One rendered draft with what the guard and BLAST need beside the text. */
  record Draft(ContactsForBenchmark.Person person, RenderedInvitation text, List<String> links) {}

  public static void main(String[] args) {
    int[] sizes =
        args.length == 0
            ? new int[] {10_000, 100_000}
            : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    int iterations = Integer.getInteger("bench.iterations", 3);
    int warmups = Integer.getInteger("bench.warmups", 1);
    guardIterations = Integer.getInteger("bench.guardIterations", 1);
    new DraftingBenchmark().run(sizes, iterations, warmups);
  }

  private void run(int[] sizes, int iterations, int warmups) {
    System.out.printf(
        "contacts with %s notes; ",
        Boolean.getBoolean("bench.freeNotes") ? "free-word" : "phrased");
    System.out.printf(
        "JVM %s, %d processors, max heap %d MB; %d warm-up iteration(s) of the first size, then"
            + " %d measured iterations per size%n",
        Runtime.version(),
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        warmups,
        iterations);
    Map<Integer, StageTimes> results = new HashMap<>();
    boolean warm = false;
    for (int size : sizes) {
      List<ContactsForBenchmark.Person> people =
          ContactsForBenchmark.generate(size, 42, Boolean.getBoolean("bench.freeNotes"));
      for (int i = 0; !warm && i < warmups; i++) {
        once(people, withGuard);
      }
      warm = true;
      StageTimes times = new StageTimes();
      for (int i = 0; i < iterations; i++) {
        times.add(once(people, withGuard && (size <= 10_000 || i < guardIterations)));
      }
      results.put(size, times);
      times.print(size);
      if (Boolean.getBoolean("bench.sample")) {
        System.out.printf("  first draft:%n%s%n  a BLAST finding: %s%n", lastSample, lastBlast);
      }
    }
    if (results.containsKey(10_000) && results.containsKey(100_000)) {
      StageTimes small = results.get(10_000);
      StageTimes large = results.get(100_000);
      System.out.printf(
          "BLAST growth 10k -> 100k: %.1fx by median, %.1fx by min (goal <= 12x)%n",
          large.median(2) / small.median(2), large.min(2) / small.min(2));
    }
  }

  /**
   * Renders, guards (if asked) and BLAST-checks every person once; returns the three stage times in
   * ns, -1 for a skipped guard stage.
   */
  private long[] once(List<ContactsForBenchmark.Person> people, boolean withGuard) {
    System.gc();
    long start = System.nanoTime();
    List<Draft> drafts = render(people);
    long rendered = System.nanoTime();
    long guardCpu = CPU.getCurrentThreadCpuTime();
    int flagged = -1;
    if (withGuard) {
      flagged = 0;
      for (Draft draft : drafts) {
        flagged += guard.check(review(draft)).isEmpty() ? 0 : 1;
      }
    }
    long guarded = System.nanoTime();
    guardCpu = CPU.getCurrentThreadCpuTime() - guardCpu;
    List<BlastCandidate> candidates = new ArrayList<>(drafts.size());
    for (Draft draft : drafts) {
      candidates.add(new BlastCandidate(draft.person().id(), draft.text().body(), identity(draft)));
    }
    Map<Long, Finding> blasts = blast.check(candidates);
    long blasted = System.nanoTime();
    lastCounts = new int[] {drafts.size(), flagged < 0 ? lastCounts[1] : flagged, blasts.size()};
    lastSample = drafts.getFirst().text().body();
    lastBlast = blasts.isEmpty() ? "none" : blasts.values().iterator().next().message();
    return new long[] {
      rendered - start,
      withGuard ? guarded - rendered : -1,
      blasted - guarded,
      withGuard ? guardCpu : -1
    };
  }

  private List<Draft> render(List<ContactsForBenchmark.Person> people) {
    Map<String, Integer> usage = new HashMap<>();
    List<Draft> drafts = new ArrayList<>(people.size());
    for (ContactsForBenchmark.Person person : people) {
      TemplateDefinition template =
          catalog.forContext(person.hookType(), Channel.EMAIL, TemplateKind.INVITATION).stream()
              .min((a, b) -> usage.getOrDefault(a.name(), 0) - usage.getOrDefault(b.name(), 0))
              .orElseThrow();
      usage.merge(template.name(), 1, Integer::sum);
      String answer = tokens.issue(person.id(), AnswerPurpose.ANSWER);
      List<String> links =
          List.of(
              PUBLIC_URL + "/a/" + answer + "?choice=accept",
              PUBLIC_URL + "/a/" + answer + "?choice=decline",
              PUBLIC_URL + "/u/" + tokens.issue(person.id(), AnswerPurpose.OPT_OUT));
      drafts.add(new Draft(person, renderer.render(template, model(person, links)), links));
    }
    return drafts;
  }

  /** The same maps {@code DraftModel} builds: blank values are left out. */
  private Map<String, Object> model(ContactsForBenchmark.Person p, List<String> links) {
    Map<String, Object> contact = new HashMap<>();
    contact.put("firstName", p.firstName());
    contact.put("lastName", p.lastName());
    contact.put("fullName", p.firstName() + " " + p.lastName());
    contact.put("company", p.company());
    contact.put("title", p.title());
    Map<String, Object> hook = new HashMap<>();
    hook.put("type", p.hookType().name().toLowerCase().replace('_', ' '));
    hook.put("title", p.hookTitle());
    hook.put("url", p.hookUrl());
    hook.put("publishedOn", p.hookDate().getMonth() + " " + p.hookDate().getYear());
    if (p.hookNote() != null) {
      hook.put("note", p.hookNote());
    }
    return Map.of(
        "contact", contact,
        "hook", hook,
        "campaign",
            Map.of(
                "intent", campaign.intent(),
                "ask", "a " + campaign.minutes() + "-minute video call",
                "minutes", Integer.toString(campaign.minutes()),
                "topic", campaign.topic(),
                "valueOffered", campaign.valueOffered()),
        "sender", Map.of("name", campaign.senderName()),
        "links", Map.of("accept", links.get(0), "decline", links.get(1), "optOut", links.get(2)));
  }

  /** What {@code DraftCheck.check} hands the guard: answer links blanked, context snippets. */
  private DraftUnderReview review(Draft draft) {
    String body = draft.text().body();
    for (String link : draft.links()) {
      body = body.replace(link, " ".repeat(link.length()));
    }
    ContactsForBenchmark.Person p = draft.person();
    List<String> snippets = new ArrayList<>(2);
    snippets.add(p.hookTitle());
    if (p.hookNote() != null) {
      snippets.add(p.hookNote());
    }
    return new DraftUnderReview(
        draft.text().subject(),
        body,
        Channel.EMAIL,
        0,
        false,
        p.relationship(),
        snippets,
        p.hookDate(),
        campaign.intent(),
        campaign.topic(),
        campaign.valueOffered(),
        campaign.minutes(),
        TODAY,
        null,
        null);
  }

  /** What {@code DraftCheck.checkBlast} masks: the recipient's names, company, email, links. */
  private static List<String> identity(Draft draft) {
    ContactsForBenchmark.Person p = draft.person();
    List<String> identity = new ArrayList<>(8);
    identity.add(p.firstName());
    identity.add(p.lastName());
    identity.add(p.firstName() + " " + p.lastName());
    identity.add(p.company());
    identity.add(p.email());
    identity.addAll(draft.links());
    return identity;
  }

  /** Per-iteration stage times in ns: render, guard, BLAST. */
  private final class StageTimes {
    private final List<long[]> runs = new ArrayList<>();

    void add(long[] run) {
      runs.add(run);
    }

    private long[] of(int stage) {
      return runs.stream().mapToLong(r -> r[stage]).filter(t -> t >= 0).sorted().toArray();
    }

    double min(int stage) {
      return of(stage)[0] / 1e9;
    }

    double median(int stage) {
      long[] sorted = of(stage);
      int mid = sorted.length / 2;
      return (sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0) / 1e9;
    }

    void print(int size) {
      System.out.printf(
          "%,d contacts: %,d drafts, %,d with a single-draft finding (-1: guard not run), %,d with"
              + " BLAST%n",
          size, lastCounts[0], lastCounts[1], lastCounts[2]);
      String[] names = {"render", "guard", "BLAST"};
      for (int stage = 0; stage < 3; stage++) {
        int s = stage;
        if (of(stage).length == 0) {
          System.out.printf("  %-6s not run%n", names[stage]);
          continue;
        }
        String each =
            String.join(
                " ",
                runs.stream()
                    .filter(r -> r[s] >= 0)
                    .map(r -> String.format("%.3f", r[s] / 1e9))
                    .toList());
        System.out.printf(
            "  %-6s min %7.3f s  median %7.3f s  -> %,10.0f items/s (median), %,10.0f (best)"
                + "   runs: %s%n",
            names[stage], min(stage), median(stage), size / median(stage), size / min(stage), each);
      }
      long[] guardCpu = of(3);
      if (guardCpu.length > 0) {
        System.out.printf(
            "  guard CPU time of the benchmark thread: min %.3f s -> %.0f us a draft, %,.0f drafts"
                + " per CPU second%n",
            guardCpu[0] / 1e9, guardCpu[0] / 1e3 / size, size / (guardCpu[0] / 1e9));
      }
    }
  }
}
