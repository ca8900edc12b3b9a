package io.github.talkcatalog.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.talkcatalog.jackson.CatalogJson;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders the talks of a catalog in one of the formats of {@code catalog query} and
 * {@code catalog convert}. Every rendering ends with a line break unless it is empty.
 */
final class TalkOutput {

  /** The columns of the CSV output, in order. */
  static final List<String> CSV_COLUMNS = List.of(
      "position", "labels", "title", "speakers", "organizations", "videoId", "videoUrl", "summary",
      "event", "abstract");

  /** Separates several values in one CSV or table cell. */
  private static final String LIST_SEPARATOR = "; ";

  /** The widest a table cell gets before it is cut with an ellipsis. */
  private static final int MAX_CELL = 60;

  private TalkOutput() {}

  /**
   * Renders {@code catalog} in {@code format}: {@code json}, {@code markdown}, {@code table},
   * {@code csv} or {@code ids}.
   */
  static String render(Catalog catalog, String format, boolean compact) {
    return switch (format) {
      case "json" -> (compact ? CatalogJson.standard().writeCompact(catalog)
          : CatalogJson.standard().write(catalog)) + "\n";
      case "markdown" -> markdown(catalog);
      case "table" -> table(catalog);
      case "csv" -> csv(catalog);
      case "ids" -> ids(catalog);
      default -> throw new IllegalArgumentException("unknown format " + format);
    };
  }

  /** One {@code POSITION<TAB>VIDEO-ID} line per talk; {@code -} for a talk without a video id. */
  static String ids(Catalog catalog) {
    StringBuilder b = new StringBuilder();
    for (Talk t : catalog.talks()) {
      b.append(t.position()).append('\t').append(videoId(t).orElse("-")).append('\n');
    }
    return b.toString();
  }

  /**
   * A Markdown list: the catalog title as a level-1 heading, then one item per talk with its
   * position, title (linked to the video when there is one) and speakers.
   */
  static String markdown(Catalog catalog) {
    StringBuilder b = new StringBuilder("# ").append(escapeMarkdown(catalog.title())).append("\n\n");
    for (Talk t : catalog.talks()) {
      b.append("- ").append(t.position()).append(". ");
      String title = escapeMarkdown(t.title());
      if (t.video().isPresent()) {
        b.append('[').append(title).append("](<").append(t.video().get().url()).append(">)");
      } else {
        b.append(title);
      }
      if (!t.speakers().isEmpty()) {
        b.append(" — ").append(escapeMarkdown(speakerNames(t)));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** An aligned table: position, video id, title and speakers, long cells cut with an ellipsis. */
  static String table(Catalog catalog) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"POS", "VIDEO", "TITLE", "SPEAKERS"});
    for (Talk t : catalog.talks()) {
      rows.add(new String[] {
          Integer.toString(t.position()), videoId(t).orElse("-"), cut(t.title()), cut(speakerNames(t))});
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean number = i == 0 && row != rows.get(0);
        String padding = " ".repeat(widths[i] - width(row[i]));
        line.append(number ? padding + row[i] : row[i] + padding).append("  ");
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  /**
   * CSV with a header row ({@link #CSV_COLUMNS}); several labels, speakers or organizations in one
   * cell are separated by {@code "; "}. A text cell that a spreadsheet would read as a formula is
   * prefixed with {@code '} (see {@link #cell(String)}).
   */
  static String csv(Catalog catalog) {
    CsvSchema.Builder schema = CsvSchema.builder();
    CSV_COLUMNS.forEach(schema::addColumn);
    StringWriter text = new StringWriter();
    try (SequenceWriter rows = new CsvMapper().writer(schema.build().withHeader()).writeValues(text)) {
      for (Talk t : catalog.talks()) {
        rows.write(List.of(
            Integer.toString(t.position()),
            cell(String.join(LIST_SEPARATOR, t.labels())),
            cell(t.title()),
            cell(speakerNames(t)),
            cell(String.join(LIST_SEPARATOR, organizations(t))),
            cell(videoId(t).orElse("")),
            cell(t.video().map(Video::url).orElse("")),
            cell(t.summary().orElse("")),
            cell(t.event().orElse("")),
            cell(t.abstractText().orElse(""))));
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write CSV: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * A text cell that a spreadsheet will not run as a formula: a cell starting with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, as OWASP
   * advises against CSV injection (spreadsheets show the text without it).
   */
  static String cell(String text) {
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  private static java.util.Optional<String> videoId(Talk t) {
    return t.video().flatMap(Video::id);
  }

  private static String speakerNames(Talk t) {
    return String.join(LIST_SEPARATOR, t.speakers().stream().map(Speaker::name).toList());
  }

  private static Set<String> organizations(Talk t) {
    Set<String> names = new LinkedHashSet<>();
    for (Speaker s : t.speakers()) {
      for (Affiliation a : s.affiliations()) {
        a.organization().ifPresent(o -> names.add(o.name()));
      }
    }
    return names;
  }

  private static String cut(String s) {
    return width(s) <= MAX_CELL ? s : s.substring(0, s.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String escapeMarkdown(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
