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

  /**
   * {@return the talk's heading as written, Markdown markup resolved} A talk built without one gets
   * the heading its fields give, {@link #heading(List, String, List)} of its labels, title and
   * speakers.
   */
  @Value.Default
  public String heading() {
    return heading(labels(), title(), speakers());
  }

  /**
   * The heading a talk's fields give, in the layout of the bundled catalog ({@code docs/layouts.md},
   * L1): each label followed by {@code ": "}, the title, and, when there are speakers,
   * {@code " - "} and the speakers joined by {@code " & "}, each written as its name followed by
   * {@code ", role, organization"} per affiliation (either part left out when absent),
   * affiliations joined by {@code "; "}. For example
   * {@code "Keynote: Title - Ada Quill, Staff Engineer, Northwind Labs & Bo Tran"}.
   *
   * @param labels the labels in order, possibly none
   * @param title the title
   * @param speakers the speakers in order, possibly none
   * @return the heading text, plain (no Markdown)
   * @throws NullPointerException if an argument or an element is null
   */
  public static String heading(List<String> labels, String title, List<Speaker> speakers) {
    StringBuilder b = new StringBuilder();
    for (String label : labels) {
      b.append(label).append(": ");
    }
    b.append(title);
    String separator = " - ";
    for (Speaker s : speakers) {
      b.append(separator).append(s.name());
      separator = " & ";
      String between = ", ";
      for (Affiliation a : s.affiliations()) {
        b.append(between);
        a.role().ifPresent(r -> b.append(r).append(a.organization().isPresent() ? ", " : ""));
        a.organization().ifPresent(o -> b.append(o.name()));
        between = "; ";
      }
    }
    return b.toString();
  }

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
   * {@return a new, empty builder; {@code position} and {@code title} are required, and
   * {@code heading} is derived from the labels, title and speakers when not set}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Talk}. A talk needs only its position, its title and what else a person would
   * give (speakers, a video, ...): without a heading it gets the one its fields give.
   * {@code build()} throws {@link IllegalStateException} when the position or the title is missing,
   * the position or a line is below 1, or the index or duration is negative.
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
