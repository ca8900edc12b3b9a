package io.github.talkcatalog;

import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.write.L1Renderer;
import io.github.talkcatalog.internal.write.RoundTripCheck;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a {@link Catalog} as canonical Markdown in layout L1, the layout of the bundled catalog
 * ({@code docs/layouts.md}), so that a {@link CatalogParser} with the same settings reads it back as
 * the same catalog.
 *
 * <pre>{@code
 * CatalogWriter writer = CatalogWriter.builder().build();
 * WriteResult result = writer.write(catalog);
 * Files.writeString(path, result.markdown());
 * result.losses().forEach(System.err::println);   // empty for a catalog in the subset below
 * }</pre>
 *
 * <h2>The text</h2>
 *
 * <pre>
 * # Title
 *
 * Description, with the collection's [label](url) where its label occurs.
 *
 * ## Day 1                                   (a section; only when some talk has one)
 * ##                                          (ends the section before a talk without one)
 *
 * ### Label: Title - Speaker A, Role, Org &amp; Speaker B
 * - Title: Title                             (when the heading alone does not read back)
 * - Index: 7                                 (when the talk has an index)
 * - Link: https://www.youtube.com/watch?v=ID&amp;t=95s
 * - Duration: 41:12                          (H:MM:SS from an hour on, else M:SS)
 * - Year: 2018
 * - Event: DevDays 2030
 * - Slides: https://example.org/slides       (links, while they fit a field)
 *
 * [a label that does not fit a field](url)   (the rest of the links, in order)
 *
 * ![alt](src)
 *
 * Summary text.
 * </pre>
 *
 * Talks are level-2 headings, or level-3 headings under level-2 section headings when any talk
 * has a section. Each talk is written from its fields. Its heading as written is kept when the
 * talk reads back with the same fields (every field but {@code heading} and {@code line});
 * otherwise the heading is written from the labels, title and speakers
 * ({@link io.github.talkcatalog.model.Talk#heading(List, String, List)}), and when that does not
 * read back either, a {@code - Title:} field bullet says where the title is in the heading (labels
 * before it, speakers after it), and when the speakers still read back differently, a speaker's
 * only organization is written in parentheses ({@code Name (Organization)}). A talk without an index,
 * video, duration, year or event writes its links as paragraphs, so that its section is not read as a
 * list of talks. A YouTube video is written as its canonical URL, with {@code &t=Ns} for a start
 * offset; another platform's video as its URL. Plain text is escaped where Markdown would read it
 * as markup ({@code \ ` * _ [ < #}, an {@code &} that could start an entity, a bare URL, a list or
 * quote marker at the start of a line; {@code ]} inside link text), so that it reads back as
 * written. Nothing is written for a talk's {@link io.github.talkcatalog.model.Talk#line() line}.
 *
 * <h2>The representable subset</h2>
 *
 * The parser derives some fields from others, so only a catalog whose derived fields agree with
 * their sources can be written without loss:
 *
 * <ul>
 *   <li>The speakers read back from {@code Name, Role, Organization} (a second or later name has
 *       the shape of a personal name, a role has a role word).
 *   <li>A duration is below 100 hours.
 *   <li>{@code summaryTruncated} is the parser's truncation rule applied to the summary's text
 *       ({@code docs/catalog-json.md}); the writer splits the summary into two paragraphs when
 *       escapes alone would make the rule fire.
 *   <li>Positions are {@code 1..n} in document order.
 *   <li>Text (title, heading, description, summary, section, labels of links, alt text) is in
 *       NFC, without control characters and without leading, trailing, doubled or non-space white
 *       space; no text is present but empty.
 *   <li>Link URLs and image sources have no white space (the parser's Markdown settings read none
 *       in a link destination).
 *   <li>The collection is a YouTube playlist URL; its label occurs in the description (or is
 *       empty), its size is the number its label starts with, its playlist id the URL's
 *       {@code list=} id; the declared count is what the description states.
 *   <li>A YouTube video's URL is the canonical one; another platform's video has no id and no
 *       start and its URL is no YouTube URL. No link is a YouTube video URL unless the talk has a
 *       video with another id or the link's label names a playlist and its URL has a
 *       {@code list=} id; no link has the URL as its label; no link occurs twice in a talk (the
 *       parser keeps it once).
 *   <li>Sections: no section is empty, and there are more talks than section headings (the
 *       parser takes the most frequent heading level for talks). A talk without a section that
 *       follows one with a section is written after an empty level-2 heading, which ends the
 *       section.
 *   <li>An index has at most nine digits.
 * </ul>
 *
 * <p>The writer does not trust this list: it reads every text it writes back with a parser of the
 * same settings and reports each attribute of the model that differs (all of them, {@code line}
 * and the heading's wording aside) as a {@link WriteResult.Loss} naming the talk, the field, what
 * was written and what reads back, so nothing is dropped silently. {@link #writeLossless(Catalog)} throws instead. Instances are immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogWriter {

  /** The talk attribute the writer may write differently: the heading's wording. */
  private static final Set<String> REWRITTEN = Set.of("heading");

  /** How many times the text is read back to decide which headings are written from the fields. */
  private static final int MAX_PASSES = 5;

  private final CatalogParser reader;
  private final L1Renderer renderer;

  private CatalogWriter(CatalogParser reader, int summaryCutLength) {
    this.reader = reader;
    this.renderer = new L1Renderer(summaryCutLength);
  }

  /**
   * {@return a new builder with the default settings, those of {@link CatalogParser#builder()}}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes {@code catalog} as L1 Markdown and reports what does not read back unchanged.
   *
   * @param catalog the catalog
   * @return the Markdown and its losses (empty when the catalog is in the representable subset)
   * @throws NullPointerException if {@code catalog} is null
   */
  public WriteResult write(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    List<Talk> talks = catalog.talks();
    Set<Integer> fromFields = new HashSet<>();
    Set<Integer> titleFields = new HashSet<>();
    Set<Integer> parenthesized = new HashSet<>();
    String markdown = renderer.render(catalog, fromFields, titleFields, parenthesized);
    Catalog read = reader.parse(markdown).catalog();
    // a heading as written that does not read back as the talk's fields is written from them, and
    // where that does not read back either, a Title: field says where the title is; the catalog is
    // read as a whole (speakers are reconciled across talks), so it is read again after each step
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean changed = false;
      List<Talk> back = read.talks();
      for (int i = 0; i < talks.size(); i++) {
        Talk t = talks.get(i);
        boolean differs = back.size() != talks.size()
            || !RoundTripCheck.talkLosses(t, back.get(i), REWRITTEN).isEmpty();
        if (!differs) {
          continue;
        }
        if (!fromFields.contains(i) && !t.heading().equals(Talk.heading(t.labels(), t.title(), t.speakers()))) {
          changed |= fromFields.add(i);
        } else if (back.size() == talks.size() && !titleFields.contains(i)) {
          fromFields.add(i);
          changed |= titleFields.add(i);
        } else if (back.size() == talks.size() && hasOrganizationOnly(t)) {
          changed |= parenthesized.add(i);
        }
      }
      if (!changed) {
        break;
      }
      markdown = renderer.render(catalog, fromFields, titleFields, parenthesized);
      read = reader.parse(markdown).catalog();
    }
    return new WriteResult(markdown, RoundTripCheck.losses(catalog, read, REWRITTEN));
  }

  /** Whether a speaker of {@code talk} has one affiliation, which names only an organization. */
  private static boolean hasOrganizationOnly(Talk talk) {
    return talk.speakers().stream().anyMatch(s -> s.affiliations().size() == 1
        && s.affiliations().get(0).role().isEmpty() && s.affiliations().get(0).organization().isPresent());
  }

  /**
   * Writes {@code catalog} as L1 Markdown, or throws when the Markdown would not read back as the
   * same catalog.
   *
   * @param catalog the catalog
   * @return the Markdown, lines ended by {@code \n}
   * @throws NullPointerException if {@code catalog} is null
   * @throws IllegalArgumentException when the catalog is outside the representable subset; the
   *     message lists every loss
   */
  public String writeLossless(Catalog catalog) {
    WriteResult result = write(catalog);
    if (!result.lossless()) {
      throw new IllegalArgumentException("the catalog cannot be written as Markdown without loss: "
          + result.losses().stream().map(WriteResult.Loss::toString).collect(Collectors.joining("; ")));
    }
    return result.markdown();
  }

  /**
   * Configures a {@link CatalogWriter} with the settings of the parser that will read its output.
   * Setters check their arguments at once. A builder is not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private List<String> labels = HeadingReader.DEFAULT_LABELS;
    private int summaryCutLength = CatalogParser.DEFAULT_SUMMARY_CUT_LENGTH;
    private final List<String> knownOrganizations = new ArrayList<>();

    private Builder() {}

    /**
     * The label vocabulary of the reading parser; see {@link CatalogParser.Builder#labels}.
     *
     * @param labels the labels, none blank
     * @return this builder
     * @throws IllegalArgumentException if a label is blank
     */
    public Builder labels(Collection<String> labels) {
      CatalogParser.builder().labels(labels);
      this.labels = List.copyOf(labels);
      return this;
    }

    /**
     * The summary cut length of the reading parser; see
     * {@link CatalogParser.Builder#summaryCutLength}.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length < 1}
     */
    public Builder summaryCutLength(int length) {
      CatalogParser.builder().summaryCutLength(length);
      this.summaryCutLength = length;
      return this;
    }

    /**
     * Organizations the reading parser knows; see {@link CatalogParser.Builder#knownOrganizations}.
     *
     * @param names organization names, none blank
     * @return this builder
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder knownOrganizations(Collection<String> names) {
      CatalogParser.builder().knownOrganizations(names);
      knownOrganizations.addAll(names);
      return this;
    }

    /** {@return a new writer with the settings given so far; the builder may be reused} */
    public CatalogWriter build() {
      CatalogParser reader = CatalogParser.builder()
          .labels(labels)
          .summaryCutLength(summaryCutLength)
          .knownOrganizations(knownOrganizations)
          .build();
      return new CatalogWriter(reader, summaryCutLength);
    }
  }
}
