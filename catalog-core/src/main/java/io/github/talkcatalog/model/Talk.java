package io.github.talkcatalog.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One talk of a catalog: its heading, split into labels, title and speakers, and its video, links,
 * image and summary.
 *
 * <p>Equality compares every attribute except {@link #line()}, which only says where the talk was
 * found.
 */
@Value.Immutable
public abstract class Talk {

  Talk() {}

  /**
   * The 1-based order of the talk in the document it was parsed from. A filtered catalog keeps the
   * original positions, so gaps are expected.
   */
  public abstract int position();

  /** The talk's number in the source collection, where the document states it. */
  public abstract OptionalInt index();

  /** The text of the enclosing grouping heading when talks are grouped (e.g. {@code "Day 1"}). */
  public abstract Optional<String> section();

  /** The talk's heading as written, Markdown markup resolved. */
  public abstract String heading();

  /**
   * Session-type labels that prefix the heading, in order, e.g.
   * {@code ["Sponsored Session", "Lightning Talk"]}; empty when none.
   */
  public abstract List<String> labels();

  /** The heading without its labels and without its speaker part. */
  public abstract String title();

  /** The speakers in the order written; empty when the talk names nobody. */
  public abstract List<Speaker> speakers();

  /** The talk's recording. */
  public abstract Optional<Video> video();

  /** Every other link that belongs to the talk (event page, slides, ...), in document order. */
  public abstract List<Link> links();

  /** The talk's thumbnail or screenshot. */
  public abstract Optional<Image> image();

  /** The talk's descriptive paragraph as plain text. */
  public abstract Optional<String> summary();

  /**
   * Whether the summary was cut off by its source (see the {@code summaryTruncated} rule of the
   * catalog JSON format); {@code false} when there is no summary. Defaults to {@code false}.
   */
  @Value.Default
  public boolean summaryTruncated() {
    return false;
  }

  /**
   * The recording's length in seconds, where the catalog states it ({@code [00:41:12]},
   * {@code `38:02`}); an addition to format 1, see {@code docs/catalog-json.md}.
   */
  public abstract OptionalInt duration();

  /**
   * The year the talk was given, where the catalog states it ({@code (2018)}); an addition to format
   * 1, see {@code docs/catalog-json.md}.
   */
  public abstract OptionalInt year();

  /**
   * The 1-based source line of the talk's heading in the file that holds it; informational and not
   * part of equality.
   */
  @Value.Auxiliary
  public abstract OptionalInt line();

  /** Returns a new builder. {@code position}, {@code heading} and {@code title} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Talk}. */
  public static final class Builder extends ImmutableTalk.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    if (position() < 1) {
      throw new IllegalStateException("position must be >= 1, was " + position());
    }
    if (index().isPresent() && index().getAsInt() < 0) {
      throw new IllegalStateException("index must be >= 0, was " + index().getAsInt());
    }
    if (duration().isPresent() && duration().getAsInt() < 0) {
      throw new IllegalStateException("duration must be >= 0 seconds, was " + duration().getAsInt());
    }
    if (line().isPresent() && line().getAsInt() < 1) {
      throw new IllegalStateException("line must be >= 1, was " + line().getAsInt());
    }
  }
}
