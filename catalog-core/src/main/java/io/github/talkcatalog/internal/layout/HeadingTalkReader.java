package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.Rules;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.Heading;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.markdown.Block;
import io.github.talkcatalog.internal.markdown.Inline;
import io.github.talkcatalog.internal.markdown.InlineLink;
import io.github.talkcatalog.internal.markdown.MarkdownReader;
import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.read.LinkPolicy;
import io.github.talkcatalog.internal.read.SpeakerBoundary;
import io.github.talkcatalog.internal.read.SpeakerReader;
import io.github.talkcatalog.internal.read.SpeakerCues;
import io.github.talkcatalog.internal.read.SummaryReader;
import io.github.talkcatalog.internal.read.EventShape;
import io.github.talkcatalog.internal.read.TalkHalves;
import io.github.talkcatalog.internal.read.TitleText;
import io.github.talkcatalog.internal.read.Vocabulary;
import io.github.talkcatalog.internal.source.SourceText;
import io.github.talkcatalog.model.Video;
import io.github.talkcatalog.internal.video.VideoUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * The reader of one region kind: a talk written under its own heading (layouts L1, A1-A5), and a
 * detail page (layout L3), which is one such talk. The heading gives labels, title and speakers;
 * the body gives fields ({@code - Video: URL}), a speaker line, links, an image and the summary.
 * Every link goes through the one {@link LinkPolicy}.
 */
final class HeadingTalkReader {

  private final MarkdownReader markdown;
  private final HeadingReader headings;
  private final ParserSettings settings;

  HeadingTalkReader(MarkdownReader markdown, HeadingReader headings, ParserSettings settings) {
    this.markdown = markdown;
    this.headings = headings;
    this.settings = settings;
  }

  /**
   * Splits a heading's text into labels, title and speaker part. An index line may have lost its
   * title/speaker separator; then the speakers are found by the shape of a name.
   */
  void readHeadingText(TalkDraft.Builder talk, String text, boolean separatorMayBeLost) {
    HeadingReader.Parts parts = headings.read(text);
    talk.labels = parts.labels();
    talk.title = parts.title();
    talk.speakerPart = parts.speakerPart().orElse(null);
    if (talk.event == null) {
      talk.event = parts.event().orElse(null);
    }
    if (talk.speakerPart != null) {
      int colon = talk.speakerPart.indexOf(": ");
      if (colon > 0 && isNameList(talk.speakerPart.substring(0, colon))) {
        // "Tutorials - A, B: Title": a category, then speakers, then the title
        String category = talk.title;
        talk.title = talk.speakerPart.substring(colon + 2).strip();
        talk.speakerPart = talk.speakerPart.substring(0, colon).strip();
        if (!category.contains(":")) {
          List<String> labels = new ArrayList<>(talk.labels);
          labels.add(category);
          talk.labels = List.copyOf(labels);
        }
      } else if (!startsWithName(talk.speakerPart)) {
        // "Event: Speaker - Title": the name comes before the separator
        int c = talk.title.lastIndexOf(": ");
        String before = c < 0 ? talk.title : talk.title.substring(c + 2);
        if (isNameList(before)) {
          talk.title = talk.speakerPart;
          talk.speakerPart = before;
        }
      }
      return;
    }
    int colon = talk.title.indexOf(": ");
    if (colon > 0 && isNameList(talk.title.substring(0, colon))) {
      // "Speaker: Title"
      talk.speakerPart = talk.title.substring(0, colon).strip();
      talk.title = talk.title.substring(colon + 2).strip();
      return;
    }
    if (separatorMayBeLost) {
      SpeakerBoundary.find(parts.title()).ifPresent(at -> {
        talk.speakerPart = parts.title().substring(at).strip();
        talk.title = parts.title().substring(0, at).strip();
      });
    }
  }

  /** Whether the first piece of a speaker part (before {@code ,}, {@code &}, {@code and}, {@code (}) is a personal name. */
  private static boolean startsWithName(String speakerPart) {
    String t = speakerPart.replace(" & ", ",").replace(" and ", ",").replace(" (", ",").replace(";", ",");
    int comma = t.indexOf(',');
    String first = comma < 0 ? t : t.substring(0, comma);
    return SpeakerReader.asPersonName(first.strip()).isPresent();
  }

  /** Whether {@code text} reads as one or more personal names joined by {@code ,}, {@code &} or {@code and}. */
  private static boolean isNameList(String text) {
    String t = text.replace(" & ", ",").replace(" and ", ",");
    String[] pieces = t.split(",");
    for (String p : pieces) {
      if (p.isBlank() || SpeakerReader.asPersonName(p.strip()).isEmpty()) {
        return false;
      }
    }
    return pieces.length > 0;
  }

  static OptionalInt leadingNumber(String s) {
    int i = 0;
    while (i < s.length() && !Character.isDigit(s.charAt(i))) {
      i++;
    }
    long n = 0;
    int digits = 0;
    while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == ',') && digits < 9) {
      if (s.charAt(i) != ',') {
        n = n * 10 + (s.charAt(i) - '0');
        digits++;
      }
      i++;
    }
    return digits == 0 ? OptionalInt.empty() : OptionalInt.of((int) n);
  }

  /**
   * Reads a talk written under its own heading: the heading's labels, title and speakers, then its
   * body's fields, links, image and summary.
   *
   * @param source the document
   * @param h the talk's heading
   * @param end the line after the talk's body
   * @param section the grouping heading's text, or null
   * @param sink where diagnostics go
   * @return the talk
   */
  TalkDraft read(SourceText source, Heading h, int end, String section, DiagnosticSink sink) {
    TalkDraft.Builder talk = new TalkDraft.Builder();
    String raw = h.rawText();
    int number = numberPrefix(raw);
    if (number > 0) {
      int dot = raw.indexOf('.');
      raw = raw.substring(dot + 1);
      talk.index = leadingNumber(h.rawText()).orElse(0);
    }
    Inline heading = markdown.readInline(raw, h.line(), h.column());
    talk.line = h.line();
    talk.column = h.column();
    String text = heading.text();
    for (InlineLink link : heading.links()) {
      if (link.bare()) {
        // "[Title] (url)": not a Markdown link; the URL is not part of the heading
        text = text.replace("(" + link.url() + ")", "").replace(link.url(), "").strip();
      }
    }
    talk.heading = text;
    readHeadingText(talk, text, false);
    String unsplit = talk.speakerPart == null ? null
        : TitleText.unquoted(headings.withoutLabels(TalkHalves.normalized(text)));
    for (InlineLink link : heading.links()) {
      boolean wholeHeading = !link.image() && !link.bare() && link.text().equals(text);
      if (wholeHeading && talk.video == null && VideoUrl.youtube(link.url()).isEmpty()
          && !VideoUrl.isPlaylist(link.url()) && link.url().contains("://")) {
        talk.video = Video.other(link.url());
        continue;
      }
      offerLink(talk, link.image() || link.bare() ? "" : link.text(), link, false);
    }
    readBody(source, h.lastLine() + 1, end, talk, unsplit);
    FieldValues.applyTitle(talk);
    if (talk.video == null) {
      sink.report(Severity.WARNING, Rules.MISSING_VIDEO, h.line(), h.column(),
          "talk '" + talk.title + "' has no video link");
    }
    talk.section = section;
    return talk.build();
  }

  /** The number of a heading written {@code "3. Title"}, or 0. */
  private static int numberPrefix(String raw) {
    int i = 0;
    while (i < raw.length() && i < 6 && Character.isDigit(raw.charAt(i))) {
      i++;
    }
    if (i == 0 || i + 1 >= raw.length() || raw.charAt(i) != '.' || raw.charAt(i + 1) != ' ') {
      return 0;
    }
    return Integer.parseInt(raw.substring(0, i));
  }

  /**
   * Reads a detail page (layout L3): its first heading is the talk's heading, the rest its fields,
   * image and summary (under {@code ## Description}).
   *
   * @param page the page's line map
   * @return the talk as the page gives it; {@code heading} is {@code ""} when the page has none
   */
  TalkDraft readPage(LineMap page) {
    SourceText source = page.source();
    List<Heading> found = page.headings();
    TalkDraft.Builder talk = new TalkDraft.Builder();
    int bodyStart = 1;
    if (!found.isEmpty()) {
      Heading h = found.get(0);
      Inline heading = markdown.readInline(h.rawText(), h.line(), h.column());
      talk.line = h.line();
      talk.column = h.column();
      talk.heading = heading.text();
      readHeadingText(talk, heading.text(), true);
      bodyStart = h.lastLine() + 1;
    }
    readBody(source, bodyStart, source.lineCount() + 1, talk, null);
    return talk.build();
  }

  /**
   * Reads a talk's body.
   *
   * @param unsplit the heading's title before a speaker part was split off it, or null when the
   *     heading named no speakers (a speaker cue in the body may show the split was a guess)
   */
  private void readBody(SourceText source, int bodyStart, int end, TalkDraft.Builder talk, String unsplit) {
    if (bodyStart >= end) {
      return;
    }
    List<Block> blocks = markdown.read(source.text(bodyStart, end), bodyStart);
    StringBuilder summary = new StringBuilder();
    String rawSummary = null;
    boolean headingNamesSpeakers = talk.speakerPart != null;
    boolean firstParagraph = true;
    boolean cueFound = false;
    String boldTitle = null;
    for (Block b : blocks) {
      if (b instanceof Block.ListItem li) {
        if (!readSpeakerLine(talk, li.inline().text())) {
          readField(talk, li.inline());
        }
      } else if (b instanceof Block.Paragraph p) {
        Inline in = p.inline();
        if (readLinkParagraph(talk, in)) {
          continue;
        }
        if (readSpeakerLine(talk, in.text())) {
          withVideoLinks(talk, in); // a speaker line keeps the video it links
          continue;
        }
        String text = withVideoLinks(talk, in);
        if (text.isEmpty()) {
          continue;
        }
        boolean first = firstParagraph;
        firstParagraph = false;
        if (first && !headingNamesSpeakers && readTitleLine(source, in, text, talk)) {
          cueFound = true;
          continue;
        }
        if (first && !headingNamesSpeakers && isBoldLine(source, in.line(), text)) {
          boldTitle = text;
        } else if (!cueFound) {
          cueFound = readProseSpeakers(talk, in, text, headingNamesSpeakers, unsplit);
        }
        if (summary.length() > 0) {
          summary.append(' ');
        } else {
          rawSummary = rawParagraph(source, in.line(), end);
          talk.summaryLine = in.line();
        }
        summary.append(text);
      } else if (b instanceof Block.Html html) {
        for (String url : html.urls()) {
          offerLink(talk, "", new InlineLink("", url, false, true, false, html.line(), 1), false);
        }
      }
    }
    if (boldTitle != null && (talk.speakerPart != null || EventShape.isEvent(talk.title))) {
      // "## BogConf 2019", "**Queues for Everyone**", "Ann Lee shows ...": the bold line is the title
      talk.event = talk.event == null ? talk.title : talk.event;
      talk.title = boldTitle;
      summary.delete(0, Math.min(summary.length(), boldTitle.length() + 1));
      if (summary.length() == 0) {
        rawSummary = null;
      }
    }
    if (summary.length() > 0) {
      talk.summary = summary.toString();
      talk.summaryTruncated = SummaryReader.isTruncated(
          rawSummary == null ? talk.summary : rawSummary, talk.summary, settings.summaryCutLength());
    }
  }

  /**
   * The first paragraph of a heading without speakers, one line {@code Title - Speakers}: the talk's
   * title line; the heading names the occasion (an event, a series) and becomes the talk's event.
   *
   * @return true when the paragraph was the title line
   */
  private static boolean readTitleLine(SourceText source, Inline in, String text, TalkDraft.Builder talk) {
    // one line of text: what follows it in the paragraph is only its video (an embed, a link)
    boolean oneLine = in.line() <= source.lineCount() && source.line(in.line()).length() >= text.length();
    if (!oneLine || text.length() > 300 || text.endsWith(".") || text.endsWith(":")) {
      return false;
    }
    TalkHalves.Reading r = TalkHalves.read(text);
    if (r.speakerPart().isEmpty() || r.unsure() || r.title().isEmpty()) {
      return false;
    }
    if (talk.event == null) {
      talk.event = talk.title;
    }
    talk.title = r.title();
    talk.speakerPart = r.speakerPart().get();
    return true;
  }

  /** Whether a one-line paragraph is written all in bold: {@code **Queues for Everyone**}. */
  private static boolean isBoldLine(SourceText source, int line, String text) {
    if (line > source.lineCount() || text.endsWith(":") || text.indexOf(' ') < 0) {
      return false;
    }
    String raw = source.line(line).strip();
    return raw.length() > 4 && raw.startsWith("**") && raw.indexOf("**", 2) == raw.length() - 2;
  }

  /**
   * Speakers named in a prose paragraph of the body ({@link SpeakerCues#prose}): taken when the
   * heading named none; linked names also beat the heading's guess, whose title then is the whole
   * heading again.
   *
   * @return whether the paragraph named speakers (later paragraphs are then not asked)
   */
  private static boolean readProseSpeakers(TalkDraft.Builder talk, Inline in, String text,
      boolean headingNamesSpeakers, String unsplit) {
    List<String> linkTexts = new ArrayList<>();
    for (InlineLink link : in.links()) {
      if (!link.image() && !link.bare()) {
        linkTexts.add(link.text());
      }
    }
    Optional<SpeakerCues.Prose> prose = SpeakerCues.prose(text, linkTexts);
    if (prose.isEmpty()) {
      return false;
    }
    if (talk.speakerPart == null) {
      talk.speakerPart = prose.get().speakers();
    } else if (headingNamesSpeakers && prose.get().linked() && unsplit != null
        && !prose.get().speakers().contains(talk.speakerPart)) {
      talk.speakerPart = prose.get().speakers();
      talk.title = unsplit;
    }
    return true;
  }

  /** A speaker cue ({@link SpeakerCues}): it beats a guess from the heading. */
  private static boolean readSpeakerLine(TalkDraft.Builder talk, String text) {
    Optional<String> cue = SpeakerCues.read(text);
    cue.ifPresent(c -> talk.speakerPart = c);
    return cue.isPresent();
  }

  /**
   * A prose paragraph's video links (a YouTube or video-host URL, an embed) are the talk's: they
   * are offered to the link policy, and a bare video URL is taken out of the text.
   *
   * @return the paragraph's text without its bare video URLs
   */
  private static String withVideoLinks(TalkDraft.Builder talk, Inline in) {
    String text = in.text();
    for (InlineLink link : in.links()) {
      if (link.image() || !LinkPolicy.isVideo(link.url())) {
        continue;
      }
      offerLink(talk, link.bare() ? "" : link.text(), link, false);
      if (link.bare()) {
        text = MarkdownReader.collapse(text.replace(link.url(), " "));
      }
    }
    return text;
  }

  /** The paragraph's source lines as written (trailing white space kept) for the truncation rule. */
  private static String rawParagraph(SourceText source, int line, int end) {
    StringBuilder b = new StringBuilder();
    for (int l = line; l < end && l <= source.lineCount(); l++) {
      String s = source.line(l);
      if (s.isBlank()) {
        break;
      }
      if (b.length() > 0) {
        b.append(' ');
        s = s.stripLeading();
      }
      b.append(s);
    }
    return b.toString();
  }

  /** A list item: a {@code Label: value} field, or a plain link. */
  private static void readField(TalkDraft.Builder talk, Inline item) {
    String text = item.text();
    int colon = text.indexOf(':');
    String label = null;
    if (colon > 0 && colon <= 30 && !text.substring(0, colon).contains("//")) {
      label = text.substring(0, colon).strip();
    }
    if (label != null && label.equalsIgnoreCase("index")) {
      leadingNumber(text.substring(colon + 1)).ifPresent(n -> talk.index = n);
      return;
    }
    if (label != null && item.links().isEmpty() && FieldValues.read(label, text.substring(colon + 1), talk)) {
      return;
    }
    List<InlineLink> links = item.links();
    if (links.isEmpty()) {
      if (label != null && talk.video == null) {
        VideoUrl.fieldValue(label, text.substring(colon + 1))
            .ifPresent(ref -> talk.video = LinkPolicy.video(ref));
      }
      return;
    }
    boolean videoField = Vocabulary.isVideoField(label);
    for (InlineLink link : links) {
      String linkLabel;
      if (link.bare() || link.text().equals(link.url())) {
        linkLabel = label == null ? "" : label;
      } else {
        linkLabel = link.text();
      }
      offerLink(talk, linkLabel, link, videoField);
    }
  }

  /** A paragraph of only images and links (with at most a caption): true when consumed. */
  private static boolean readLinkParagraph(TalkDraft.Builder talk, Inline in) {
    if (in.links().isEmpty()) {
      return false;
    }
    // each link's text taken out where it stands, in one pass (a replace per link was quadratic)
    String text = in.text();
    StringBuilder kept = new StringBuilder();
    int from = 0;
    for (InlineLink link : in.links()) {
      int at = link.image() || link.text().isEmpty() ? -1 : text.indexOf(link.text(), from);
      if (at >= 0) {
        kept.append(text, from, at);
        from = at + link.text().length();
      }
    }
    String rest = kept.append(text, from, text.length()).toString().strip();
    boolean caption = rest.isEmpty() || (rest.endsWith(":") && rest.length() <= 40)
        || isSeparatorsOnly(rest);
    if (!caption) {
      return false;
    }
    for (InlineLink link : in.links()) {
      String label = link.bare() || link.text().equals(link.url()) ? captionLabel(rest) : link.text();
      offerLink(talk, label, link, false);
    }
    return true;
  }

  private static boolean isSeparatorsOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (",|·•-–— ".indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String captionLabel(String caption) {
    String c = caption.strip();
    return c.endsWith(":") ? c.substring(0, c.length() - 1).strip() : "";
  }

  /** Sorts a link into the talk by the one {@link LinkPolicy}. */
  private static void offerLink(TalkDraft.Builder talk, String label, InlineLink link, boolean videoField) {
    LinkPolicy.offer(talk, label, link.text(), link.url(), link.image(), videoField, link.line(), link.column());
  }
}
