package app.rapport.bench;

import app.rapport.vocabulary.ContextType;
import app.rapport.vocabulary.Relationship;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generated people for {@link DraftingBenchmark}, each with one context hook, reproducible from a
 * seed. The hooks are what makes drafts differ, so they are drawn from word lists large enough that
 * most titles (4,800) and notes (4,000) are distinct, as real posts and talks are; one in six has
 * no note, so the title is all that differs in that draft; organisation and congratulation hooks
 * come from short lists, so some people share a context, as members of one meetup do; a mutual
 * connection's hook title is that person's name. About a third of the hooks are older than a year
 * (the guard's STALE warning).
 */
final class ContactsForBenchmark {

  /** A contact with its context hook; {@code hookNote} is null for about one in six. */
  record Person(
      long id,
      String firstName,
      String lastName,
      String email,
      String company,
      String title,
      Relationship relationship,
      ContextType hookType,
      String hookTitle,
      String hookUrl,
      LocalDate hookDate,
      String hookNote) {}

  private static final String[] FIRST =
      words(
          "Ana Ben Chloe Dev Elif Femi Greta Hiro Ines Jonas Kemi Lars Maya Nils Olu Priya Quinn"
              + " Rosa Sami Tara Uma Vik Wen Xena Yusuf Zoe Aiko Bruno Carla Dario Emma Farid"
              + " Gino Hana Ivan Jana Karim Lea Marco Nadia Omar Paula Rami Sofia Tomas Ugo Vera");
  private static final String[] LAST =
      words(
          "Almeida Brandt Chen Dubois Eze Fischer Garcia Hansen Ito Jensen Kowalski Lopez Mensah"
              + " Novak Okafor Patel Quispe Rossi Schmidt Tanaka Uddin Vogel Wang Xu Yilmaz Zhang"
              + " Berg Costa Dahl Engel Ferreira Gruber Haas Iqbal Jovanovic Keller Lindqvist");
  private static final String[] COMPANY =
      words(
          "Acme Analytics|Blue Harbor|Cobalt Labs|Datawise|Eventide|Fjord Systems|Granite Cloud"
              + "|Helix Health|Ion Robotics|Juniper Bank|Kestrel AI|Lumen Energy|Meridian"
              + "|Northwind|Orbital Foods|Pioneer Learning|Quarry Data|Redwood Pay|Solace Games"
              + "|Tidal Mobility",
          "\\|");
  private static final String[] TITLE =
      words(
          "Staff Engineer|Head of Data|Product Manager|CTO|Engineering Manager|Developer Advocate"
              + "|Founder|Principal Architect|Data Scientist|VP Engineering|Researcher|Design Lead",
          "\\|");
  private static final String[] OPENER =
      words(
          "Why we stopped|What I learned from|Lessons from|Notes on|The case against|Rethinking"
              + "|A field guide to|How we scaled|Debugging|Inside|Measuring|Simplifying|Migrating"
              + "|Testing|Owning",
          "\\|");
  private static final String[] SUBJECT =
      words(
          "our Kafka cluster|on-call rotations|feature flags|a monorepo|Postgres vacuum"
              + "|incident reviews|data contracts|schema migrations|batch pipelines|dbt models"
              + "|service meshes|GraphQL federation|the build cache|flaky tests|cost dashboards"
              + "|SLOs|hiring loops|design reviews|ML feature stores|mobile releases|edge caching"
              + "|the platform team|event sourcing|search relevance|payment retries|rate limiting"
              + "|load shedding|observability|tracing|access reviews|SBOMs|Terraform modules"
              + "|Kubernetes upgrades|warehouse costs|A/B tests|recommendation models"
              + "|privacy reviews|docs as code|API versioning|queue backpressure",
          "\\|");
  private static final String[] FRAMING =
      words(
          "at scale|in a small team|without a platform team|in 2025|on a budget|the hard way"
              + "|after the outage|for the second time",
          "\\|");
  private static final String[] ORGANISATION =
      words(
          "the Berlin Rust meetup|PyData Lisbon|the CNCF platform working group|Women in Data SF"
              + "|the Postgres Europe programme committee|the DDD Europe crew|Lean Coffee Leeds"
              + "|the Apache Flink community|Data Council alumni|the OWASP Munich chapter",
          "\\|");
  private static final String[] NOTE_A =
      words(
          "the section on|your take on|the honest numbers on|the diagram of|the story about"
              + "|the advice on|your checklist for|the trade-offs of|the retro on|the part about",
          "\\|");
  private static final String[] NOTE_B =
      words(
          "which matched what we saw|which we are trying now|which changed my mind|which I"
              + " shared with my team|which I had never seen written down|which saved us a week"
              + "|which raised a question I'd love to ask|which I keep coming back to|which made"
              + " the case better than I could|which we copied almost as is",
          "\\|");

  private ContactsForBenchmark() {}

  /**
   * People with hooks. With {@code freeNotes}, each note is 8 to 14 words drawn at random from all
   * the word lists instead of one of the 4,000 phrased notes: no grammar, but as unlike each other
   * as notes typed by a person, so that only drafts without a note (or sharing an organisation or a
   * congratulation) come out nearly the same.
   */
  static List<Person> generate(int count, long seed, boolean freeNotes) {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate today = LocalDate.of(2026, 6, 1);
    List<Person> people = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      String first = pick(random, FIRST);
      String last = pick(random, LAST);
      String company = pick(random, COMPANY);
      String domain = company.toLowerCase(Locale.ROOT).replace(" ", "") + ".example";
      ContextType type = type(random.nextInt(100));
      String title =
          switch (type) {
            case ORGANISATION -> pick(random, ORGANISATION);
            case CONGRATULATION -> "New role as " + pick(random, TITLE);
            case MUTUAL_CONNECTION -> pick(random, FIRST) + " " + pick(random, LAST);
            default ->
                pick(random, OPENER) + " " + pick(random, SUBJECT) + " " + pick(random, FRAMING);
          };
      String note =
          random.nextInt(6) == 0
              ? null
              : freeNotes
                  ? freeText(random, 8 + random.nextInt(7))
                  : pick(random, NOTE_A)
                      + " "
                      + pick(random, SUBJECT)
                      + ", "
                      + pick(random, NOTE_B);
      String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      people.add(
          new Person(
              i,
              first,
              last,
              first.toLowerCase(Locale.ROOT)
                  + "."
                  + last.toLowerCase(Locale.ROOT)
                  + i
                  + "@"
                  + domain,
              company,
              pick(random, TITLE),
              Relationship.values()[random.nextInt(4)],
              type,
              title,
              "https://" + domain + "/posts/" + slug + "-" + i,
              today.minusDays(random.nextInt(540)),
              note));
    }
    return people;
  }

  private static final String[] VOCABULARY =
      String.join(
              " ",
              String.join(" ", SUBJECT),
              String.join(" ", OPENER),
              String.join(" ", FRAMING),
              String.join(" ", NOTE_A),
              String.join(" ", NOTE_B),
              String.join(" ", TITLE),
              String.join(" ", COMPANY))
          .toLowerCase(Locale.ROOT)
          .split("[^a-z0-9']+");

  private static String freeText(SplittableRandom random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(pick(random, VOCABULARY));
    }
    return text.toString();
  }

  /** Posts and talks are the most common contexts; mutual connections the rarest. */
  private static ContextType type(int percent) {
    if (percent < 30) return ContextType.BLOG_POST;
    if (percent < 50) return ContextType.TALK;
    if (percent < 65) return ContextType.ARTICLE;
    if (percent < 77) return ContextType.ORGANISATION;
    if (percent < 87) return ContextType.CONGRATULATION;
    if (percent < 92) return ContextType.MUTUAL_CONNECTION;
    return ContextType.OTHER;
  }

  private static String pick(SplittableRandom random, String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String[] words(String text) {
    return text.split(" ");
  }

  private static String[] words(String text, String separator) {
    return text.split(separator);
  }
}
