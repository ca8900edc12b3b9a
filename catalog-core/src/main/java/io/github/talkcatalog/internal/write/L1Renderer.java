package io.github.talkcatalog.internal.write;

import static io.github.talkcatalog.internal.write.MarkdownEscaper.destination;
import static io.github.talkcatalog.internal.write.MarkdownEscaper.escape;

import io.github.talkcatalog.internal.read.SummaryReader;
import io.github.talkcatalog.internal.write.MarkdownEscaper.Place;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Platform;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a catalog as layout L1 Markdown (the seed's layout). Decides only where each value goes;
 * whether it reads back unchanged is checked by reading the text (see {@link RoundTripCheck}).
 */
public final class L1Renderer {

  /**
   * Field labels the parser takes as the video's, the talk's index or its speakers: never used for
   * a link.
   */
  private static final List<String> RESERVED_LABELS =
      List.of("link", "video", "youtube", "recording", "url", "watch", "watch here", "talk", "index",
          "speaker", "speakers", "presenter", "presenters", "presented by", "by", "with");

  /** The parser reads a {@code Label:} field only when the colon comes within this many characters. */
  private static final int MAX_FIELD_LABEL = 30;

  private final int summaryCutLength;

  /**
   * Creates a renderer.
   *
   * @param summaryCutLength the cut length the reading parser uses for its truncation rule
   */
  public L1Renderer(int summaryCutLength) {
    this.summaryCutLength = summaryCutLength;
  }

  /**
   * Renders {@code catalog}.
   *
   * @param catalog the catalog
   * @param fromFields the 0-based places in {@code catalog.talks()} of the talks whose heading is
   *     written from their labels, title and speakers ({@link Talk#heading(List, String, List)});
   *     the others keep their heading as written
   * @param titleFields the places of the talks that also get a {@code - Title:} field bullet,
   *     which tells the reader where the title is in the heading
   * @return the Markdown, lines ended by {@code \n}, ending with one newline
   */
  public String render(Catalog catalog, Set<Integer> fromFields, Set<Integer> titleFields) {
    return render(catalog, fromFields, titleFields, Set.of());
  }

  /**
   * Renders {@code catalog}, writing the organizations of some talks' speakers in parentheses.
   *
   * @param catalog the catalog
   * @param fromFields as in {@link #render(Catalog, Set, Set)}
   * @param titleFields as in {@link #render(Catalog, Set, Set)}
   * @param parenthesized the places of the talks (among {@code fromFields}) whose speakers with one
   *     affiliation that names only an organization are written {@code Name (Organization)}
   *     rather than {@code Name, Organization}
   * @return the Markdown, lines ended by {@code \n}, ending with one newline
   */
  public String render(Catalog catalog, Set<Integer> fromFields, Set<Integer> titleFields,
      Set<Integer> parenthesized) {
    StringBuilder out = new StringBuilder(4096);
    if (!catalog.title().isEmpty()) {
      out.append("# ").append(escape(catalog.title(), Place.LINE_START)).append("\n\n");
    }
    introduction(catalog).ifPresent(p -> out.append(p).append("\n\n"));
    boolean grouped = catalog.talks().stream().anyMatch(t -> t.section().isPresent());
    String talkMarks = grouped ? "###" : "##";
    String section = null;
    for (int i = 0; i < catalog.talks().size(); i++) {
      Talk talk = catalog.talks().get(i);
      String s = talk.section().orElse(null);
      if (s != null && !s.equals(section)) {
        out.append("## ").append(escape(s, Place.LINE_START)).append("\n\n");
      } else if (s == null && section != null) {
        out.append("##\n\n"); // a grouping heading without text ends the section
      }
      section = s;
      String heading = !fromFields.contains(i) ? talk.heading()
          : parenthesized.contains(i) ? parenthesizedHeading(talk)
          : Talk.heading(talk.labels(), talk.title(), talk.speakers());
      talk(talk, heading, titleFields.contains(i), talkMarks, out);
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') {
      end--;
    }
    out.setLength(end);
    return out.append('\n').toString();
  }

  /** The description with the collection's link where its label occurs, else appended. */
  private static Optional<String> introduction(Catalog catalog) {
    String description = catalog.description().orElse("");
    Optional<Collection> collection = catalog.collection();
    if (collection.isEmpty()) {
      return description.isEmpty() ? Optional.empty() : Optional.of(escape(description, Place.LINE_START));
    }
    Collection c = collection.get();
    String label = c.label().orElse("");
    int at = label.isEmpty() ? -1 : description.indexOf(label);
    if (at < 0) {
      // appended; an empty label leaves the description's text as it is
      String before = description.isEmpty() ? "" : escape(description, Place.LINE_START) + " ";
      return Optional.of(before + link(label, c.url()));
    }
    String before = description.substring(0, at);
    String after = description.substring(at + label.length());
    String escapedBefore = escape(before, Place.LINE_START);
    if (escapedBefore.endsWith("!")) {
      escapedBefore = escapedBefore.substring(0, escapedBefore.length() - 1) + "\\!";
    }
    return Optional.of(escapedBefore + link(label, c.url()) + escape(after, Place.INLINE));
  }

  private static String link(String text, String url) {
    return "[" + escape(text, Place.LINK_TEXT) + "](" + destination(url) + ")";
  }

  /**
   * The heading from the fields, a speaker whose one affiliation names only an organization written
   * {@code Name (Organization)}.
   */
  static String parenthesizedHeading(Talk talk) {
    StringBuilder b = new StringBuilder(Talk.heading(talk.labels(), talk.title(), List.of()));
    String separator = " - ";
    for (Speaker s : talk.speakers()) {
      List<Affiliation> a = s.affiliations();
      if (a.size() == 1 && a.get(0).role().isEmpty() && a.get(0).organization().isPresent()) {
        b.append(separator).append(s.name()).append(" (").append(a.get(0).organization().get().name()).append(')');
      } else {
        String one = Talk.heading(List.of(), "", List.of(s));
        b.append(separator).append(one.substring(" - ".length()));
      }
      separator = " & ";
    }
    return b.toString();
  }

  private void talk(Talk talk, String heading, boolean titleField, String marks, StringBuilder out) {
    out.append(marks).append(' ').append(escape(heading, Place.LINE_START)).append('\n');
    if (titleField) {
      out.append("- Title: ").append(escape(talk.title(), Place.INLINE)).append('\n');
    }
    talk.index().ifPresent(i -> out.append("- Index: ").append(i).append('\n'));
    talk.video().ifPresent(v -> out.append("- Link: ").append(videoUrl(v)).append('\n'));
    talk.duration().ifPresent(d -> out.append("- Duration: ").append(duration(d)).append('\n'));
    talk.year().ifPresent(y -> out.append("- Year: ").append(y).append('\n'));
    talk.event().ifPresent(e -> out.append("- Event: ").append(escape(e, Place.INLINE)).append('\n'));
    // links as fields while each can be one; from the first that cannot, as paragraphs (order kept)
    // a talk's body is told from a list of talks by a field bullet: without an index, a video, a
    // duration or a year the links are written as paragraphs, as in layout L2
    boolean anchored = talk.index().isPresent() || talk.video().isPresent()
        || talk.duration().isPresent() || talk.year().isPresent() || talk.event().isPresent();
    List<Link> links = talk.links();
    int fields = 0;
    while (anchored && fields < links.size() && isFieldLink(links.get(fields))) {
      Link l = links.get(fields);
      out.append("- ").append(escape(l.label(), Place.LINE_START)).append(": ")
          .append(MarkdownEscaper.autolink(l.url()).orElseThrow()).append('\n');
      fields++;
    }
    out.append('\n');
    for (Link l : links.subList(fields, links.size())) {
      out.append(link(l.label(), l.url())).append("\n\n");
    }
    talk.image().ifPresent(i -> out.append(image(i)).append("\n\n"));
    talk.summary().ifPresent(s -> summary(s, talk.summaryTruncated(), out));
  }

  /** {@code H:MM:SS} from an hour on, else {@code M:SS}. */
  static String duration(int seconds) {
    int h = seconds / 3600;
    int m = seconds / 60 % 60;
    int s = seconds % 60;
    String mmss = (h > 0 && m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s;
    return h > 0 ? h + ":" + mmss : mmss;
  }

  /** A YouTube video as its canonical URL, with {@code &t=Ns} for a start offset. */
  private static String videoUrl(Video v) {
    String url = v.platform() == Platform.YOUTUBE && v.id().isPresent()
        ? Video.canonicalYouTubeUrl(v.id().get()) : v.url();
    if (v.platform() == Platform.YOUTUBE && v.start().isPresent()) {
      url = url + "&t=" + v.start().getAsInt() + "s";
    }
    return MarkdownEscaper.autolink(url).orElse(link("", url));
  }

  /** Whether {@code link} reads back from a {@code - Label: url} field. */
  private static boolean isFieldLink(Link link) {
    String label = link.label();
    return !label.isEmpty()
        && label.length() < MAX_FIELD_LABEL
        && label.indexOf(':') < 0
        && !label.contains("//")
        && Objects.equals(label, label.strip())
        && !RESERVED_LABELS.contains(label.toLowerCase(Locale.ROOT))
        && MarkdownEscaper.autolink(link.url()).isPresent();
  }

  private static String image(Image image) {
    return "!" + link(image.alt(), image.src());
  }

  /**
   * The summary paragraph. The parser applies its truncation rule to the paragraph's source line,
   * escapes included. When the line would make an untruncated summary reach the cut length, the
   * summary is split into two paragraphs at a space (the parser joins them with one space), so that
   * the first line stays short; when a truncated summary's line is too short for the rule, it is
   * padded with trailing spaces, which Markdown drops (a cut that ended in spaces).
   */
  private void summary(String summary, boolean truncated, StringBuilder out) {
    String text = summary;
    String line = escape(text, Place.LINE_START);
    if (!truncated && SummaryReader.isTruncated(line, text, summaryCutLength)) {
      int split = splitPoint(text);
      if (split > 0) {
        out.append(escape(text.substring(0, split), Place.LINE_START)).append("\n\n")
            .append(escape(text.substring(split + 1), Place.LINE_START)).append("\n\n");
        return;
      }
    }
    if (truncated && !SummaryReader.isTruncated(line, text, summaryCutLength)) {
      int length = line.codePointCount(0, line.length());
      String padded = line + " ".repeat(Math.max(0, summaryCutLength - 1 - length));
      if (SummaryReader.isTruncated(padded, text, summaryCutLength)) {
        line = padded;
      }
    }
    out.append(line).append("\n\n");
  }

  /** The last space whose escaped prefix stays two characters below the cut length, or -1. */
  private int splitPoint(String summary) {
    int best = -1;
    for (int i = summary.indexOf(' '); i > 0; i = summary.indexOf(' ', i + 1)) {
      String head = escape(summary.substring(0, i), Place.LINE_START);
      if (head.codePointCount(0, head.length()) >= summaryCutLength - 1) {
        break;
      }
      best = i;
    }
    return best;
  }
}
