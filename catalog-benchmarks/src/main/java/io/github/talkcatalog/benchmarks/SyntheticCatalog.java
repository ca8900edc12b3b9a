package io.github.talkcatalog.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic talk catalog in one of four {@link Layout}s: a {@code # Title}, an
 * introduction that states the count, then one entry per talk. In {@link Layout#HEADINGS} (layout
 * L1, the seed's; see {@code /work/shared/spec/layouts.md}) an entry is
 *
 * <pre>
 * ## [Label: ]Title - Speaker A, Org &amp; Speaker B
 * - Link: https://www.youtube.com/watch?v=VIDEOID11ch
 *
 * ![](imgs/imageN.png)
 *
 * [Label: ]Title - Speaker A, Role, Org &amp; Speaker B, Role, Org Abstract ... (cut at 200 chars)
 * </pre>
 *
 * <p>The other layouts carry the same labels, title, speakers (with organizations when the heading
 * form would have them) and video id in one list item, table row or pair of plain lines; see
 * {@link Layout}, and no summary.
 *
 * <p>All vocabularies (titles, names, roles, organizations) are invented. The same
 * {@code (talks, seed)} always produces the same text, byte for byte, on every JVM: the only source
 * of randomness is a {@link SplittableRandom} seeded with {@code seed}. The text is ASCII, so its
 * length in characters equals its length in UTF-8 bytes. A talk is about 390 bytes; 10,000 talks are
 * about 3.9 MB.
 *
 * <p>Instances are immutable.
 */
public final class SyntheticCatalog {

  /**
   * Parser limits for the synthetic catalogs: the largest (100,000 talks, 37 MB) is bigger than
   * the defaults allow for one document, which are set for real catalogs.
   */
  public static final io.github.talkcatalog.ParseLimits LIMITS = io.github.talkcatalog.ParseLimits.defaults()
      .withMaxInputBytes(512L * 1024 * 1024)
      .withMaxTalks(1_000_000)
      .withMaxDiagnostics(1_000_000);

  /** How each talk is written. */
  public enum Layout {
    /** Layout L1, a heading per talk: see the class comment. About 370 bytes a talk. */
    HEADINGS,
    /**
     * A list item per talk: {@code - [Label: Title](https://www.youtube.com/watch?v=ID) — A, Org & B, Org}
     * (layout A6 of {@code layouts-more.md}). About 142 bytes a talk.
     */
    LIST,
    /**
     * A pipe table, a row per talk, under the header {@code | Title | Speakers | Video |}:
     * {@code | Label: Title | A, Org & B, Org | [Video](https://www.youtube.com/watch?v=ID) |}
     * (layout A11). About 150 bytes a talk.
     */
    TABLE,
    /**
     * Plain lines, no Markdown markup: {@code Label: Title by A, Org and B, Org}, then the bare
     * video URL on the next line, a blank line between talks (layout A13). About 138 bytes a talk.
     */
    PLAIN;

    /** The lower-case name used as the benchmarks' {@code layout} parameter. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The layout of a benchmark parameter.
     *
     * @param id {@code headings}, {@code list}, {@code table} or {@code plain}
     * @return the layout
     * @throws IllegalArgumentException for any other id
     */
    public static Layout of(String id) {
      return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** The seed every benchmark uses. */
  public static final long DEFAULT_SEED = 0x7a1c_ca7a_109L;

  /** The catalog sizes the benchmarks measure, in talks. */
  public static final List<Integer> SIZES = List.of(1_000, 10_000, 100_000);

  /** The length, in characters, at which the summaries are cut, as in the seed layout. */
  public static final int SUMMARY_CUT_LENGTH = 200;

  /**
   * What the generator wrote for one talk, for tests that check what the parser reads back.
   *
   * @param title the title without labels and speakers
   * @param labels the session-type labels in order, possibly none
   * @param speakers the speakers' names in order, one to four
   * @param videoId the 11-character YouTube video id
   */
  public record Entry(String title, List<String> labels, List<String> speakers, String videoId) {}

  private final String text;
  private final List<Entry> entries;

  private SyntheticCatalog(String text, List<Entry> entries) {
    this.text = text;
    this.entries = List.copyOf(entries);
  }

  /**
   * Generates a catalog.
   *
   * @param talks the number of talks, at least 1
   * @param seed the random seed
   * @return the catalog text and what it holds
   * @throws IllegalArgumentException if {@code talks < 1}
   */
  public static SyntheticCatalog generate(int talks, long seed) {
    return generate(Layout.HEADINGS, talks, seed);
  }

  /**
   * Generates a catalog in the given layout.
   *
   * @param layout how each talk is written
   * @param talks the number of talks, at least 1
   * @param seed the random seed
   * @return the catalog text and what it holds
   * @throws IllegalArgumentException if {@code talks < 1}
   */
  public static SyntheticCatalog generate(Layout layout, int talks, long seed) {
    if (talks < 1) {
      throw new IllegalArgumentException("talks must be >= 1, was " + talks);
    }
    return new Writer(layout, talks, seed).write();
  }

  /** The Markdown text (ASCII, {@code \n} line ends). */
  public String text() {
    return text;
  }

  /** The length of {@link #text()} in UTF-8 bytes. */
  public int utf8Length() {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** What was written for each talk, in document order. */
  public List<Entry> entries() {
    return entries;
  }

  /** The total number of speakers over all talks. */
  public int speakerCount() {
    int n = 0;
    for (Entry e : entries) {
      n += e.speakers().size();
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // Invented vocabularies. None of these are taken from the seed catalog.

  private static final String[] FIRST_NAMES = {
    "Alvra", "Brenic", "Castel", "Dorine", "Eskel", "Fenna", "Galen", "Hollis", "Ilvane", "Jorvik",
    "Kestra", "Lorcan", "Maelis", "Nerys", "Orwen", "Pellam", "Quenna", "Rastin", "Solvei", "Tamsin",
    "Ulric", "Vespera", "Wendel", "Xanthe", "Yorick", "Zelda", "Arlo", "Bettany", "Corvin", "Dashiell",
    "Elowen", "Fitzroy", "Gwenna", "Hadrian", "Isolde", "Jessamy", "Kieran", "Linnea", "Marek", "Noor",
  };

  private static final String[] LAST_NAMES = {
    "Ardmore", "Blackwood", "Corrigan", "Dunleavy", "Everhart", "Falkner", "Greyholt", "Hawthorne",
    "Ingleby", "Jarrow", "Kellaway", "Lindqvist", "Marchetti", "Northcott", "Okonkwo", "Pemberton",
    "Quillian", "Rosenthal", "Sandoval", "Thistlewood", "Underhill", "Valcourt", "Whitlock", "Yardley",
    "Zabrowski", "Ashcombe", "Brightwater", "Calloway", "Delacroix", "Easterby", "Fairweather",
    "Gallagher", "Holloway", "Ivanova", "Kowalczyk", "Lachance", "Moreau", "Nakashima", "Oyelaran",
    "Petrakis",
  };

  private static final String[] ORG_STEMS = {
    "Quillstone", "Norvane", "Brightmere", "Calderon", "Emberly", "Frostline", "Glimmer", "Halcyon",
    "Ironbark", "Juniper", "Kelvara", "Lumora", "Meridane", "Nimbra", "Orrery", "Pallisade",
    "Quorvis", "Rivenford", "Sablewood", "Tindra", "Umbral", "Veridian", "Wyvern", "Zephyrine",
  };

  private static final String[] ORG_WORDS = {
    "Labs", "Systems", "Research", "Institute", "Foundation", "Networks", "Computing",
    "Technologies", "Cloud", "Software",
  };

  private static final String[] ROLES = {
    "Staff Engineer", "Research Scientist", "Principal Engineer", "Engineering Manager",
    "Software Engineer", "Product Manager", "Developer Advocate", "Senior Architect",
    "Director of Platform", "Head of Inference", "Founder", "Maintainer",
  };

  private static final String[] LABELS = {
    "Keynote", "Lightning Talk", "Sponsored Session", "Panel", "Tutorial", "Workshop",
  };

  private static final String[] VERBS = {
    "Scaling", "Serving", "Compiling", "Sharding", "Tuning", "Profiling", "Caching", "Streaming",
    "Quantizing", "Scheduling", "Debugging", "Batching",
  };

  private static final String[] ADJECTIVES = {
    "Sparse", "Elastic", "Incremental", "Speculative", "Distributed", "Adaptive", "Lossless",
    "Heterogeneous", "Fault-Tolerant", "Low-Latency", "Portable", "Composable",
  };

  private static final String[] NOUNS = {
    "Attention Kernels", "Model Graphs", "Token Pipelines", "Mixture Layers", "Tensor Shards",
    "Decode Loops", "Embedding Stores", "Gradient Buckets", "Prefill Queues", "Weight Streams",
    "Checkpoint Trees", "Operator Fusions",
  };

  private static final String[] TOOLS = {
    "Tessel", "Varnik", "Orbweave", "Kindle-X", "Plumeria", "Cobaltine", "Driftnet", "Hexaloom",
  };

  private static final String[] SENTENCES = {
    "This talk shows how %s cut tail latency by half without new hardware.",
    "We present %s, a runtime that keeps accelerators busy across uneven workloads.",
    "Learn how teams adopted %s to move from research prototypes to production traffic.",
    "In this session we walk through the design of %s and the trade-offs we made.",
    "Our experience running %s at scale taught us three lessons about memory pressure.",
    "Attendees will see a live demo of %s and leave with a checklist for their own clusters.",
  };

  private static final String ID_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  /** Writes one catalog; not reusable. */
  private static final class Writer {
    private final Layout layout;
    private final int talks;
    private final SplittableRandom random;
    private final StringBuilder out;
    private final List<Entry> entries;

    Writer(Layout layout, int talks, long seed) {
      this.layout = layout;
      this.talks = talks;
      this.random = new SplittableRandom(seed);
      this.out = new StringBuilder(talks * 400 + 512);
      this.entries = new ArrayList<>(talks);
    }

    SyntheticCatalog write() {
      String topic = pick(TOOLS);
      String event = pick(ORG_STEMS) + " Summit";
      int year = 2030 + random.nextInt(10);
      int full = talks * 2 + random.nextInt(talks + 1);
      int percent = (int) Math.round(100.0 * talks / full);
      out.append("# ").append(topic).append("-at-").append(event.replace(' ', '-')).append('-')
          .append(year).append("\n\n");
      out.append("There are ").append(talks).append(" videos (out of the full [").append(full)
          .append(" videos](https://www.youtube.com/playlist?list=PL").append(randomId(32))
          .append(") in ").append(event).append(' ').append(year).append(") mentioning ")
          .append(topic).append(". The ratio is ").append(percent).append("%, or around ")
          .append((percent + 5) / 10 * 10).append("%.\n\n");
      if (layout == Layout.TABLE) {
        out.append("| Title | Speakers | Video |\n|---|---|---|\n");
      }
      for (int i = 1; i <= talks; i++) {
        talk(i);
      }
      return new SyntheticCatalog(out.toString(), entries);
    }

    private void talk(int number) {
      List<String> labels = labels();
      String title = title();
      int speakerCount = speakerCount();
      List<String> names = new ArrayList<>(speakerCount);
      List<String> roles = new ArrayList<>(speakerCount);
      List<String> orgs = new ArrayList<>(speakerCount);
      for (int s = 0; s < speakerCount; s++) {
        String name;
        do {
          name = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
        } while (names.contains(name));
        names.add(name);
        roles.add(pick(ROLES));
        orgs.add(pick(ORG_STEMS) + " " + pick(ORG_WORDS));
      }
      String videoId = randomId(11);
      entries.add(new Entry(title, labels, List.copyOf(names), videoId));

      StringBuilder prefix = new StringBuilder();
      for (String label : labels) {
        prefix.append(label).append(": ");
      }
      prefix.append(title);
      String url = "https://www.youtube.com/watch?v=" + videoId;
      switch (layout) {
        case LIST -> {
          out.append("- [").append(prefix).append("](").append(url).append(") \u2014 ");
          headingSpeakers(names, orgs, " & ");
          out.append('\n');
          return;
        }
        case TABLE -> {
          out.append("| ").append(prefix).append(" | ");
          headingSpeakers(names, orgs, " & ");
          out.append(" | [Video](").append(url).append(") |\n");
          return;
        }
        case PLAIN -> {
          out.append(prefix).append(" by ");
          headingSpeakers(names, orgs, " and ");
          out.append('\n').append(url).append("\n\n");
          return;
        }
        case HEADINGS -> prefix.append(" - ");
      }

      out.append("## ").append(prefix);
      headingSpeakers(names, orgs, " & ");
      out.append('\n');
      out.append("- Link: https://www.youtube.com/watch?v=").append(videoId).append("\n\n");
      out.append("![](imgs/image").append(number).append(".png)\n\n");

      StringBuilder summary = new StringBuilder(prefix);
      for (int s = 0; s < speakerCount; s++) {
        if (s > 0) {
          summary.append(speakerCount > 2 ? "; " : " & ");
        }
        summary.append(names.get(s)).append(", ").append(roles.get(s)).append(", ")
            .append(orgs.get(s));
      }
      if (random.nextInt(10) != 0) {
        summary.append(' ').append(String.format(pick(SENTENCES), pick(TOOLS)))
            .append(' ').append(String.format(pick(SENTENCES), pick(TOOLS)));
      }
      if (summary.length() > SUMMARY_CUT_LENGTH) {
        summary.setLength(SUMMARY_CUT_LENGTH);
      }
      out.append(summary).append("\n\n");
    }

    /**
     * The heading's speaker part: "A, Org", "A & B", "A, Org & B, Org", "A, B & C", ... with
     * {@code and} in place of the ampersand.
     */
    private void headingSpeakers(List<String> names, List<String> orgs, String and) {
      int n = names.size();
      boolean withOrgs = n <= 2 && random.nextBoolean();
      for (int s = 0; s < n; s++) {
        if (s > 0) {
          out.append(s == n - 1 ? and : ", ");
        }
        out.append(names.get(s));
        if (withOrgs) {
          out.append(", ").append(orgs.get(s));
        }
      }
    }

    private List<String> labels() {
      int r = random.nextInt(100);
      if (r < 60) {
        return List.of();
      }
      if (r < 95) {
        return List.of(pick(LABELS));
      }
      return List.of("Sponsored Session", "Lightning Talk");
    }

    private String title() {
      return switch (random.nextInt(4)) {
        case 0 -> pick(VERBS) + " " + pick(ADJECTIVES) + " " + pick(NOUNS) + " with " + pick(TOOLS);
        case 1 -> pick(TOOLS) + ": " + pick(ADJECTIVES) + " " + pick(NOUNS) + " for Everyone";
        case 2 -> pick(VERBS) + " & " + pick(VERBS) + " " + pick(NOUNS);
        default -> pick(ADJECTIVES) + " " + pick(NOUNS) + " in " + pick(TOOLS);
      };
    }

    /** One to four speakers: 50% one, 30% two, 15% three, 5% four. */
    private int speakerCount() {
      int r = random.nextInt(100);
      return r < 50 ? 1 : r < 80 ? 2 : r < 95 ? 3 : 4;
    }

    private String pick(String[] words) {
      return words[random.nextInt(words.length)];
    }

    private String randomId(int length) {
      char[] id = new char[length];
      for (int i = 0; i < length; i++) {
        id[i] = ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length()));
      }
      return new String(id);
    }
  }
}
