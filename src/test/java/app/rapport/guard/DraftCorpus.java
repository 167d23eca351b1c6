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

  private static final String[] FIRST = {
    "Ana", "Bruno", "Chiara", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kasia",
    "Lars", "Mei", "Nadia", "Omar", "Paula", "Quinn", "Rafael", "Sofia", "Tomas", "Uma", "Viktor",
    "Wanda", "Xavier", "Yara", "Zoltan", "Amara", "Bilal", "Carmen", "Dmitri"
  };
  private static final String[] LAST = {
    "Lopez",
    "Keller",
    "Rossi",
    "Patel",
    "Yilmaz",
    "Adeyemi",
    "Berg",
    "Tanaka",
    "Silva",
    "Novak",
    "Kowalska",
    "Nilsson",
    "Chen",
    "Haddad",
    "Farouk",
    "Costa",
    "Murphy",
    "Duarte",
    "Ivanova",
    "Horvat",
    "Okafor",
    "Petrov",
    "Lindqvist",
    "Moreau",
    "Santos",
    "Varga",
    "Mensah",
    "Qureshi"
  };
  private static final String[] COMPANY_A = {
    "Northwind", "Alpine", "Lagoon", "Monsoon", "Granite", "Harbor", "Juniper", "Kestrel",
    "Meridian", "Orchid", "Pioneer", "Quarry", "Redwood", "Summit", "Tundra", "Vantage"
  };
  private static final String[] COMPANY_B = {
    "Freight",
    "Cargo",
    "Logistics",
    "Health",
    "Foods",
    "Analytics",
    "Labs",
    "Partners",
    "Systems",
    "Bakery",
    "Transit",
    "Works"
  };
  private static final String[] TITLE_FRAME = {
    "Why {a} {b}",
    "{n} lessons on {a} from {c}",
    "What {c} taught me about {a}",
    "Measuring {a} without {d}",
    "The quiet cost of {a} during {c}",
    "How {c} changed our {a}",
    "{a}: notes after {c}"
  };
  private static final String[] TOPIC_KIND = {
    "pallet",
    "cold-chain",
    "night",
    "route",
    "flour",
    "dataset",
    "volunteer",
    "nurse",
    "inventory",
    "customs",
    "supplier",
    "bus",
    "waste",
    "sensor",
    "budget",
    "driver",
    "label",
    "yard",
    "recipe",
    "grant",
    "patient",
    "freight",
    "dock",
    "returns"
  };
  private static final String[] TOPIC_THING = {
    "scanners", "planning", "staffing", "forecasting", "licensing", "onboarding", "scheduling",
    "counts", "paperwork", "scorecards", "timetables", "audits", "calibration", "retention",
    "printing", "management", "costing", "reporting", "transport", "invoices", "handovers"
  };
  private static final String[] FAILURE = {
    "lied to us",
    "keep breaking in winter",
    "matter more than software",
    "fail quietly",
    "cost us a whole quarter",
    "need a paper fallback",
    "are a people problem",
    "deserve their own budget",
    "start with one spreadsheet",
    "never survive a reorg",
    "look fine until December",
    "need fewer dashboards",
    "belong on the shop floor",
    "get worse with more data",
    "hide in plain sight"
  };
  private static final String[] ACTIVITY = {
    "moving routing to the cloud", "a cold-chain audit", "three failed pilots",
    "a year of open data evenings", "closing our second warehouse", "rewriting the roster",
    "a month on the night shift", "merging two bakeries", "a city budget hackathon",
    "switching label vendors", "hiring our first analyst", "a winter of late deliveries",
    "two years of volunteer rotas", "our first customs inspection", "opening a night shift",
    "a failed forecasting model", "replacing the paper rota", "a strike at the port"
  };
  private static final String[] CONSTRAINT = {
    "buying new software",
    "a data team",
    "any new sensors",
    "overtime",
    "a consultant",
    "touching the ERP",
    "a bigger budget"
  };
  private static final String[] NOTE_FRAME = {
    "Your point that {x} changed how I read our own {y}.",
    "The part about {x} made me laugh, because we learned that the hard way with {y}.",
    "I had never thought that {x}, and now I see it in our {y} everywhere.",
    "Your note that {x} is something I want to test against our {y} next month.",
    "I liked how you showed that {x} with nothing more than {y}.",
    "After reading it I spent an evening checking whether {x} in our {y} too."
  };
  private static final String[] SUBJECT_KIND = {
    "the old",
    "our new",
    "the weekly",
    "every late",
    "the cheapest",
    "one missing",
    "a second",
    "the night",
    "most",
    "the paper",
    "returned",
    "small",
    "holiday",
    "the first",
    "the shared",
    "manual",
    "spare",
    "weekend",
    "the regional",
    "unplanned",
    "the monthly",
    "urgent"
  };
  private static final String[] SUBJECT_THING = {
    "scanners",
    "handovers",
    "delays",
    "forecasts",
    "drivers",
    "counts",
    "audit trails",
    "bakeries",
    "checklists",
    "parcels",
    "rotas",
    "suppliers",
    "sensors",
    "invoices",
    "pilots",
    "dashboards",
    "volunteers",
    "shifts",
    "routes",
    "orders",
    "labels",
    "docks",
    "reports",
    "budgets",
    "whiteboards",
    "tickets",
    "meetings",
    "surveys",
    "inspections",
    "trucks"
  };
  private static final String[] PREDICATE = {
    "were right all along",
    "can hide a whole night of warm trucks",
    "start before the truck even arrives",
    "was a shared whiteboard",
    "stay when the first task takes under an hour",
    "fail on holidays rather than ordinary weeks",
    "leave because of waiting, not pay",
    "halves the errors",
    "matters more than the dashboard",
    "waste less when they order twice a week",
    "had solved it years ago",
    "breaks every downstream report",
    "carries knowledge nobody wrote down",
    "set the pace for the whole week",
    "tell you more than any survey",
    "explain half of the overtime",
    "need a named owner",
    "get ignored after a month",
    "show up first in the complaints",
    "decide whether a pilot survives"
  };
  private static final String[] PLACE = {
    "error logs", "weekly reports", "delivery notes", "rota spreadsheets", "supplier emails",
    "gate photos", "order history", "incident tickets", "budget lines", "volunteer sign-ups",
    "temperature logs", "customer calls", "shift notes", "purchase orders", "route sheets",
    "board minutes"
  };
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
    return new Person(pick(FIRST), pick(LAST), pick(COMPANY_A) + " " + pick(COMPANY_B));
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
        pick(TITLE_FRAME)
            .replace("{a}", pick(TOPIC_KIND) + " " + pick(TOPIC_THING))
            .replace("{b}", pick(FAILURE))
            .replace("{c}", pick(ACTIVITY))
            .replace("{d}", pick(CONSTRAINT))
            .replace("{n}", String.valueOf(3 + random.nextInt(7)));
    title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
    String note =
        pick(NOTE_FRAME)
            .replace("{x}", pick(SUBJECT_KIND) + " " + pick(SUBJECT_THING) + " " + pick(PREDICATE))
            .replace("{y}", pick(PLACE));
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
