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
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Talk {

  Talk() {}

  /**
   * {@return the 1-based order of the talk in the document it was parsed from; at least 1} A
   * filtered catalog keeps the original positions, so gaps are expected.
   */
  public abstract int position();

  /**
   * {@return the talk's number in the source collection, where the document states it; never
   * negative, empty when the document states none}
   */
  public abstract OptionalInt index();

  /**
   * {@return the text of the enclosing grouping heading when talks are grouped (e.g.
   * {@code "Day 1"}); empty when the talk is under no such heading}
   */
  public abstract Optional<String> section();

  /** {@return the talk's heading as written, Markdown markup resolved} */
  public abstract String heading();

  /**
   * {@return the session-type labels that prefix the heading, in order, e.g.
   * {@code ["Sponsored Session", "Lightning Talk"]}; empty when none}
   */
  public abstract List<String> labels();

  /** {@return the heading without its labels and without its speaker part} */
  public abstract String title();

  /** {@return the speakers in the order written; empty when the talk names nobody} */
  public abstract List<Speaker> speakers();

  /** {@return the talk's recording; empty when the talk has none} */
  public abstract Optional<Video> video();

  /**
   * {@return every other link that belongs to the talk (event page, slides, ...), in document
   * order; empty when none}
   */
  public abstract List<Link> links();

  /** {@return the talk's thumbnail or screenshot; empty when the talk has none} */
  public abstract Optional<Image> image();

  /** {@return the talk's descriptive paragraph as plain text; empty when the talk has none} */
  public abstract Optional<String> summary();

  /**
   * {@return the summary without the echo of the heading that some catalogs put in front of it
   * ({@code "Fast Caches - Ann Lee, Acme Ann shows ..."} gives {@code "Ann shows ..."}); the
   * summary itself when it has no echo, empty when the talk has no summary} A builder that is given
   * a summary and no abstract uses the summary. An addition to format 1 (field {@code abstract},
   * written only when it differs from the summary), see {@code docs/catalog-json.md}.
   *
   * @since 0.2.0
   */
  public abstract Optional<String> abstractText();

  /**
   * {@return whether the summary was cut off by its source (see the {@code summaryTruncated} rule
   * of the catalog JSON format, {@code docs/catalog-json.md}); {@code false} when there is no
   * summary}
   * Defaults to {@code false}.
   */
  @Value.Default
  public boolean summaryTruncated() {
    return false;
  }

  /**
   * {@return the recording's length in seconds, where the catalog states it ({@code [00:41:12]},
   * {@code `38:02`}); never negative, empty when the catalog states none} An addition to format 1,
   * see {@code docs/catalog-json.md}.
   */
  public abstract OptionalInt duration();

  /**
   * {@return the year the talk was given, where the catalog states it ({@code (2018)}); empty when
   * the catalog states none} An addition to format 1, see {@code docs/catalog-json.md}.
   */
  public abstract OptionalInt year();

  /**
   * {@return the event or venue the entry names for this talk ({@code "PyCon US 2031"},
   * {@code "DevDays 2030"}), as written; empty when the entry names none} An addition to format 1,
   * see {@code docs/catalog-json.md}.
   *
   * @since 0.2.0
   */
  public abstract Optional<String> event();

  /**
   * {@return the 1-based source line of the talk's heading in the file that holds it; empty when
   * unknown (a talk built in code or read from JSON without it)} Informational and not part of
   * equality.
   */
  @Value.Auxiliary
  public abstract OptionalInt line();

  /**
   * {@return an identifier derived from the {@link #title()} alone, e.g. {@code "Serving Models at
   * the Edge"} → {@code "serving-models-at-the-edge"}; never empty} The rule is that of
   * {@link SpeakerProfile#idOf(String)} (letters of every script kept, Latin and Greek accents dropped, lower
   * case, other characters as {@code '-'}), cut at the last {@code '-'} within 64 characters; a
   * title without letters or digits gives {@code "talk"}. It depends on neither {@link #heading()}
   * nor {@link #line()}, so a Markdown or JSON round trip keeps it, and not on
   * {@link #position()}, so adding a talk elsewhere in the document keeps it too. Two talks with
   * the same title have the same {@code id()}: {@link Catalog#talksById()} makes them unique within
   * a catalog. Computed, not stored: it is not part of the JSON format.
   *
   * @since 0.2.0
   */
  public String id() {
    return Slug.of(title(), "talk", MAX_ID_LENGTH);
  }

  private static final int MAX_ID_LENGTH = 64;

  /**
   * {@return a new, empty builder; {@code position}, {@code heading} and {@code title} are
   * required}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Talk}; {@code build()} throws {@link IllegalStateException} when a required
   * attribute is missing, the position or a line is below 1, or the index or duration is negative.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableTalk.Builder {
    Builder() {}
  }

  @Value.Check
  Talk check() {
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
    if (abstractText().isEmpty() && summary().isPresent()) {
      return builder().from(this).abstractText(summary()).build();
    }
    return this;
  }
}
