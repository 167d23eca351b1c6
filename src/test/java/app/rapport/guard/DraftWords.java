package app.rapport.guard;

import java.util.Arrays;

/** The word pools {@link DraftCorpus} draws people and contexts from, "|"-separated. */
final class DraftWords {

  static final String[] FIRST =
      pool(
          """
          Ana | Bruno | Chiara | Dev | Elif | Femi | Greta | Hiro | Ines | Jonas | Kasia |
          Lars | Mei | Nadia | Omar | Paula | Quinn | Rafael | Sofia | Tomas | Uma | Viktor |
          Wanda | Xavier | Yara | Zoltan | Amara | Bilal | Carmen | Dmitri
          """);

  static final String[] LAST =
      pool(
          """
          Lopez | Keller | Rossi | Patel | Yilmaz | Adeyemi | Berg | Tanaka | Silva | Novak |
          Kowalska | Nilsson | Chen | Haddad | Farouk | Costa | Murphy | Duarte | Ivanova |
          Horvat | Okafor | Petrov | Lindqvist | Moreau | Santos | Varga | Mensah | Qureshi
          """);

  static final String[] COMPANY_A =
      pool(
          """
          Northwind | Alpine | Lagoon | Monsoon | Granite | Harbor | Juniper | Kestrel |
          Meridian | Orchid | Pioneer | Quarry | Redwood | Summit | Tundra | Vantage
          """);

  static final String[] COMPANY_B =
      pool(
          """
          Freight | Cargo | Logistics | Health | Foods | Analytics | Labs | Partners | Systems |
          Bakery | Transit | Works
          """);

  static final String[] TITLE_FRAME =
      pool(
          """
          Why {a} {b} | {n} lessons on {a} from {c} | What {c} taught me about {a} |
          Measuring {a} without {d} | The quiet cost of {a} during {c} |
          How {c} changed our {a} | {a}: notes after {c}
          """);

  static final String[] TOPIC_KIND =
      pool(
          """
          pallet | cold-chain | night | route | flour | dataset | volunteer | nurse |
          inventory | customs | supplier | bus | waste | sensor | budget | driver | label |
          yard | recipe | grant | patient | freight | dock | returns
          """);

  static final String[] TOPIC_THING =
      pool(
          """
          scanners | planning | staffing | forecasting | licensing | onboarding | scheduling |
          counts | paperwork | scorecards | timetables | audits | calibration | retention |
          printing | management | costing | reporting | transport | invoices | handovers
          """);

  static final String[] FAILURE =
      pool(
          """
          lied to us | keep breaking in winter | matter more than software | fail quietly |
          cost us a whole quarter | need a paper fallback | are a people problem |
          deserve their own budget | start with one spreadsheet | never survive a reorg |
          look fine until December | need fewer dashboards | belong on the shop floor |
          get worse with more data | hide in plain sight
          """);

  static final String[] ACTIVITY =
      pool(
          """
          moving routing to the cloud | a cold-chain audit | three failed pilots |
          a year of open data evenings | closing our second warehouse | rewriting the roster |
          a month on the night shift | merging two bakeries | a city budget hackathon |
          switching label vendors | hiring our first analyst | a winter of late deliveries |
          two years of volunteer rotas | our first customs inspection | opening a night shift |
          a failed forecasting model | replacing the paper rota | a strike at the port
          """);

  static final String[] CONSTRAINT =
      pool(
          """
          buying new software | a data team | any new sensors | overtime | a consultant |
          touching the ERP | a bigger budget
          """);

  static final String[] NOTE_FRAME =
      pool(
          """
          Your point that {x} changed how I read our own {y}. |
          The part about {x} made me laugh, because we learned that the hard way with {y}. |
          I had never thought that {x}, and now I see it in our {y} everywhere. |
          Your note that {x} is something I want to test against our {y} next month. |
          I liked how you showed that {x} with nothing more than {y}. |
          After reading it I spent an evening checking whether {x} in our {y} too.
          """);

  static final String[] SUBJECT_KIND =
      pool(
          """
          the old | our new | the weekly | every late | the cheapest | one missing | a second |
          the night | most | the paper | returned | small | holiday | the first | the shared |
          manual | spare | weekend | the regional | unplanned | the monthly | urgent
          """);

  static final String[] SUBJECT_THING =
      pool(
          """
          scanners | handovers | delays | forecasts | drivers | counts | audit trails |
          bakeries | checklists | parcels | rotas | suppliers | sensors | invoices | pilots |
          dashboards | volunteers | shifts | routes | orders | labels | docks | reports |
          budgets | whiteboards | tickets | meetings | surveys | inspections | trucks
          """);

  static final String[] PREDICATE =
      pool(
          """
          were right all along | can hide a whole night of warm trucks |
          start before the truck even arrives | was a shared whiteboard |
          stay when the first task takes under an hour |
          fail on holidays rather than ordinary weeks | leave because of waiting, not pay |
          halves the errors | matters more than the dashboard |
          waste less when they order twice a week | had solved it years ago |
          breaks every downstream report | carries knowledge nobody wrote down |
          set the pace for the whole week | tell you more than any survey |
          explain half of the overtime | need a named owner | get ignored after a month |
          show up first in the complaints | decide whether a pilot survives
          """);

  static final String[] PLACE =
      pool(
          """
          error logs | weekly reports | delivery notes | rota spreadsheets | supplier emails |
          gate photos | order history | incident tickets | budget lines | volunteer sign-ups |
          temperature logs | customer calls | shift notes | purchase orders | route sheets |
          board minutes
          """);

  private DraftWords() {}

  private static String[] pool(String text) {
    return Arrays.stream(text.split("\\|")).map(String::strip).toArray(String[]::new);
  }
}
