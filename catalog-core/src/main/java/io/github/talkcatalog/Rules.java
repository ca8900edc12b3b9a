package io.github.talkcatalog;

import java.util.List;
import java.util.Objects;

/**
 * The rule id of every {@link Diagnostic} the parser reports, as listed in
 * {@code docs/diagnostics.md}.
 *
 * <p>Compare a diagnostic's {@link Diagnostic#ruleId() rule id} with these constants, or give them
 * to {@link CatalogParser.Builder#disable(String...)} to switch a rule off. Rule ids are stable: a
 * rule may get a better message, but its id and severity do not change. The parser reports every
 * diagnostic through these constants, so this class is the one place a rule id is spelled.
 *
 * @since 0.2.0
 */
public final class Rules {

  /** Error: a document that is not blank holds no talk at all. */
  public static final String NO_TALKS = "no-talks";

  /** Error: a {@code Details:} link of an index leads outside the catalog root; not followed. */
  public static final String LINK_OUTSIDE_ROOT = "link-outside-root";

  /** Error: bytes that are not valid in their encoding; replaced by U+FFFD. */
  public static final String UNDECODABLE_BYTES = "undecodable-bytes";

  /** Error: input went beyond a {@link ParseLimits} bound. */
  public static final String LIMIT_EXCEEDED = "limit-exceeded";

  /** Warning: the document does not start with a level-1 heading. */
  public static final String MISSING_TITLE = "missing-title";

  /** Warning: a talk has no video link. */
  public static final String MISSING_VIDEO = "missing-video";

  /** Warning: a talk has the same video as an earlier talk. */
  public static final String DUPLICATE_VIDEO = "duplicate-video";

  /** Warning: the introduction states a number of talks that differs from the number found. */
  public static final String COUNT_MISMATCH = "count-mismatch";

  /**
   * Warning: reading from disk, a talk's image is a relative path and no file exists there. Many
   * images of one missing folder are one diagnostic naming the folder and the count.
   */
  public static final String IMAGE_NOT_FOUND = "image-not-found";

  /** Warning: the page an index entry's {@code Details:} link names cannot be read. */
  public static final String MISSING_DETAIL_PAGE = "missing-detail-page";

  /** Info: a long sentence underlined with {@code ---} inside a talk, read as summary and rule. */
  public static final String SUMMARY_BEFORE_RULE = "summary-before-rule";

  /** Info: a heading written without a space after its {@code #}s, read as a heading. */
  public static final String HEADING_WITHOUT_SPACE = "heading-without-space";

  /** Info: an index parsed from memory; its detail pages were not read. */
  public static final String DETAIL_PAGE_NOT_READ = "detail-page-not-read";

  /** Warning: video links in a part of the document produced no talk. */
  public static final String TALKS_NOT_READ = "talks-not-read";

  /** Warning: control characters (ESC, BEL…) or a byte-order mark inside the text, taken out. */
  public static final String CONTROL_CHARACTERS = "control-characters";

  /** Warning: a line indented by four or more spaces that would be a heading, read as code or as the item above. */
  public static final String HEADING_INDENTED = "heading-indented";

  /** Info: a code block, footnote or other block in a talk's body, which the model cannot hold. */
  public static final String BODY_NOT_READ = "body-not-read";

  /** Info: a heading at the talks' level carries no talk evidence where the talks are elsewhere, or only links a playlist. */
  public static final String HEADING_NOT_A_TALK = "heading-not-a-talk";

  /** Info: entries under a heading are not read as talks (articles, events, links; a {@code Blog posts} section). */
  public static final String NOT_A_TALK = "not-a-talk";

  /** Info: both halves of a list entry read as names; the title was taken to come first. */
  public static final String SPEAKER_ORDER_GUESSED = "speaker-order-guessed";

  /**
   * Info: a talk's speaker part has no piece shaped like a personal name; its first piece was
   * taken for the speaker as written.
   */
  public static final String SPEAKER_NOT_A_NAME = "speaker-not-a-name";

  /** Info: an abbreviated speaker name could stand for more than one full name; kept as written. */
  public static final String AMBIGUOUS_ABBREVIATION = "ambiguous-abbreviation";

  /**
   * Every rule id, in the order of the table in {@code docs/diagnostics.md} (errors, warnings,
   * infos); an immutable list.
   */
  public static final List<String> ALL = List.of(
      NO_TALKS, LINK_OUTSIDE_ROOT, UNDECODABLE_BYTES, LIMIT_EXCEEDED,
      MISSING_TITLE, MISSING_VIDEO, DUPLICATE_VIDEO, COUNT_MISMATCH, IMAGE_NOT_FOUND,
      MISSING_DETAIL_PAGE, TALKS_NOT_READ, CONTROL_CHARACTERS, HEADING_INDENTED,
      SUMMARY_BEFORE_RULE, HEADING_WITHOUT_SPACE, DETAIL_PAGE_NOT_READ, SPEAKER_ORDER_GUESSED,
      SPEAKER_NOT_A_NAME, AMBIGUOUS_ABBREVIATION, HEADING_NOT_A_TALK, NOT_A_TALK, BODY_NOT_READ);

  private Rules() {}

  /**
   * Whether {@code ruleId} is one of {@link #ALL}.
   *
   * @param ruleId a rule id, e.g. {@code "image-not-found"}
   * @return whether the parser knows it
   * @throws NullPointerException if {@code ruleId} is null
   */
  public static boolean isKnown(String ruleId) {
    return ALL.contains(Objects.requireNonNull(ruleId, "ruleId"));
  }
}
