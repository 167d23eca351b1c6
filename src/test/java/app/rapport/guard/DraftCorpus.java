package app.rapport.guard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates drafts the way Rapport renders them: one of four invitation templates, a recipient
 * (name, company, email) and a person-specific context (a post or talk title plus one sentence
 * about it). Seeded, so every run sees the same drafts.
 */
final class DraftCorpus {

  static final List<String> TEMPLATES =
      List.of(
          """
          Hi {first},

          I read your post "{title}" this week. {note}

          I have just gone independent as a data engineer for small logistics firms, and I am \
          trying to learn how teams like yours at {company} decide which problems are worth \
          automating first. Would you be open to a 20-minute video call in the next two weeks? \
          I would like to ask how you scope those projects, and I can share the benchmark notes \
          I collected from twelve warehouses in case they help your team.

          If now is not a good time, no reply needed.

          Best,
          Sam""",
          """
          Hello {first},

          Your talk "{title}" came up at a meetup I attended. {note}

          I am moving from hospital administration into product operations and I am looking for \
          people who made a similar jump. Could I ask you three or four questions over a short \
          call, about fifteen minutes, sometime next week? In return I am glad to send you the \
          summary of interviews I ran with nurses about scheduling tools, which might be useful \
          for {company}.

          No worries at all if you are too busy; just ignore this note.

          Thanks,
          Priya""",
          """
          Dear {first} {last},

          I came across your article "{title}". {note}

          I am building a small tool that helps community bakeries plan flour orders, and before \
          I write more code I want to understand how buyers at places like {company} think about \
          waste. Would a 20-minute call in the next month work for you? I can share what we \
          learned from forty bakeries so far, and I will keep it to exactly the time we agree on.

          If this is not for you, a one-word no is perfectly fine.

          Warm regards,
          Leo""",
          """
          Hi {first},

          We are both members of the regional open data group, and I enjoyed your piece \
          "{title}". {note}

          I organise a monthly evening where city staff and volunteers fix one dataset together, \
          and I think people at {company} would bring a useful view. Would you have twenty \
          minutes for a video coffee to see whether it fits you? I will send the list of \
          datasets we have cleaned so far either way.

          If it is not a fit, just let me know and I will not follow up.

          Cheers,
          Marta""");

  private final Random random;

  DraftCorpus(long seed) {
    random = new Random(seed);
  }

  /** A recipient: identity values as {@link BlastCandidate} wants them, plus the parts. */
  record Person(String first, String last, String company) {
    String email() {
      return (first + "." + last + "@" + company.replace(" ", "") + ".example")
          .toLowerCase(Locale.ROOT);
    }

    List<String> identityValues() {
      return List.of(first, last, first + " " + last, company, email());
    }
  }

  /** A person-specific context: the title of something they made and a sentence about it. */
  record Context(String title, String note) {}

  Person person() {
    return new Person(
        pick(DraftWords.FIRST),
        pick(DraftWords.LAST),
        pick(DraftWords.COMPANY_A) + " " + pick(DraftWords.COMPANY_B));
  }

  /**
   * {@code count} people who differ in first name or company, the fields every template merges, so
   * that no two of their drafts are identical.
   */
  List<Person> distinctPeople(int count) {
    Set<String> seen = new LinkedHashSet<>();
    List<Person> people = new ArrayList<>();
    while (people.size() < count) {
      Person person = person();
      if (seen.add(person.first() + "|" + person.company())) {
        people.add(person);
      }
    }
    return people;
  }

  Context context() {
    String title =
        pick(DraftWords.TITLE_FRAME)
            .replace("{a}", pick(DraftWords.TOPIC_KIND) + " " + pick(DraftWords.TOPIC_THING))
            .replace("{b}", pick(DraftWords.FAILURE))
            .replace("{c}", pick(DraftWords.ACTIVITY))
            .replace("{d}", pick(DraftWords.CONSTRAINT))
            .replace("{n}", String.valueOf(3 + random.nextInt(7)));
    title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
    String note =
        pick(DraftWords.NOTE_FRAME)
            .replace(
                "{x}",
                pick(DraftWords.SUBJECT_KIND)
                    + " "
                    + pick(DraftWords.SUBJECT_THING)
                    + " "
                    + pick(DraftWords.PREDICATE))
            .replace("{y}", pick(DraftWords.PLACE));
    return new Context(title, note);
  }

  static String render(String template, Person person, Context context) {
    return template
        .replace("{first}", person.first())
        .replace("{last}", person.last())
        .replace("{company}", person.company())
        .replace("{title}", context.title())
        .replace("{note}", context.note());
  }

  /** A draft written around this person's own context. */
  BlastCandidate personal(long id) {
    Person person = person();
    String body = render(pick(TEMPLATES), person, context());
    return new BlastCandidate(id, body, person.identityValues());
  }

  /** A draft of a mail merge: the same template and context for everyone, only the names vary. */
  static BlastCandidate merged(long id, String template, Context shared, Person person) {
    return new BlastCandidate(id, render(template, person, shared), person.identityValues());
  }

  /**
   * A realistic batch for the benchmark: mostly personal drafts, with a mail merge of 20 to 80
   * drafts about every 2,000, and an exact copy of a personal draft about every 500.
   */
  static List<BlastCandidate> realistic(int size, long seed) {
    DraftCorpus corpus = new DraftCorpus(seed);
    List<BlastCandidate> drafts = new ArrayList<>(size);
    while (drafts.size() < size) {
      int roll = corpus.random.nextInt(2000);
      if (roll == 0) {
        String template = corpus.pick(TEMPLATES);
        Context shared = corpus.context();
        int merge = 20 + corpus.random.nextInt(61);
        for (int i = 0; i < merge && drafts.size() < size; i++) {
          drafts.add(merged(drafts.size(), template, shared, corpus.person()));
        }
      } else if (roll <= 4 && !drafts.isEmpty()) {
        BlastCandidate original = drafts.get(corpus.random.nextInt(drafts.size()));
        drafts.add(new BlastCandidate(drafts.size(), original.body(), original.identityValues()));
      } else {
        drafts.add(corpus.personal(drafts.size()));
      }
    }
    return drafts;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
