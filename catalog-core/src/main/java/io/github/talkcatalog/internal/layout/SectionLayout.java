package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.Rules;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.internal.markdown.Block;
import io.github.talkcatalog.internal.markdown.Inline;
import io.github.talkcatalog.internal.markdown.InlineLink;
import io.github.talkcatalog.internal.markdown.MarkdownReader;
import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.read.SpeakerBoundary;
import io.github.talkcatalog.internal.read.SpeakerReader;
import io.github.talkcatalog.internal.read.SummaryReader;
import io.github.talkcatalog.internal.video.VideoUrl;
import io.github.talkcatalog.internal.sections.Heading;
import io.github.talkcatalog.internal.sections.SectionScanner;
import io.github.talkcatalog.internal.source.SourceText;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Video;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a document written in sections (layout L1 and its relatives): a level-1 title, an
 * introduction, one heading per talk with fields, an image and a summary underneath.
 *
 * <p>Finding the sections is a line-level pass ({@link SectionScanner}); each section is then read
 * on its own with one flexmark call, so sections could be read one at a time.
 */
public final class SectionLayout {

  /** From this many talk sections on, sections are read in parallel on the common fork-join pool. */
  static final int PARALLEL_THRESHOLD = 1000;

  private final MarkdownReader markdown;
  private final HeadingReader headings;
  private final ParserSettings settings;

  /**
   * Creates the layout reader.
   *
   * @param markdown the Markdown reader
   * @param settings the parser settings
   */
  public SectionLayout(MarkdownReader markdown, ParserSettings settings) {
    this.markdown = markdown;
    this.headings = new HeadingReader(settings.labels());
    this.settings = settings;
  }

  /**
   * Reads the document into a draft catalog.
   *
   * @param source the document
   * @param sink where diagnostics go
   * @return the draft, speakers read from each talk on its own
   */
  public Draft read(SourceText source, DiagnosticSink sink) {
    List<Heading> all = SectionScanner.headings(source);
    for (Heading h : all) {
      if (h.withoutSpace()) {
        sink.report(Severity.INFO, Rules.HEADING_WITHOUT_SPACE, h.line(), h.column(),
            "heading written without a space after its '#' marks; read as a heading");
      }
    }
    Draft draft = new Draft();
    int index = 0;
    int preambleStart = 1;
    if (!all.isEmpty() && all.get(0).level() == 1) {
      Heading title = all.get(0);
      draft.title = markdown.readInline(title.rawText(), title.line(), title.column()).text();
      preambleStart = title.lastLine() + 1;
      index = 1;
    } else if (!source.isBlank()) {
      sink.report(Severity.WARNING, Rules.MISSING_TITLE, 1, 1,
          "the document does not start with a level-1 heading; the catalog title is empty");
    }
    List<Heading> rest = all.subList(index, all.size());
    ListLayout lists = new ListLayout(markdown, headings);
    boolean[] entryBody = new boolean[rest.size()];
    for (int i = 0; i < rest.size(); i++) {
      int next = i + 1 < rest.size() ? rest.get(i + 1).line() : source.lineCount() + 1;
      entryBody[i] = lists.holdsTalks(source, rest.get(i), next);
    }
    int talkLevel = talkLevel(rest, source, entryBody);
    boolean sectionTalks = false;
    for (int i = 0; i < rest.size(); i++) {
      sectionTalks |= !entryBody[i] && rest.get(i).level() == talkLevel;
    }
    int firstTalk = -1;
    for (int i = 0; i < rest.size(); i++) {
      if (rest.get(i).level() == talkLevel) {
        firstTalk = i;
        break;
      }
    }
    int preambleEnd = firstTalk < 0 ? source.lineCount() + 1 : rest.get(firstTalk).line();
    if (!rest.isEmpty() && rest.get(0).line() < preambleEnd && (rest.get(0).level() < talkLevel || entryBody[0])) {
      preambleEnd = rest.get(0).line();
    }
    readIntroduction(source, preambleStart, preambleEnd, draft, sectionTalks ? null : lists, sink);

    // Talk sections are read on their own, so a large catalog reads them in parallel; talks
    // written as entries are read in order (their reader learns from earlier entries).
    List<Object> slots = new ArrayList<>();
    List<Runnable> sectionReads = new ArrayList<>();
    String section = null;
    boolean insideTalk = false;
    for (int i = 0; i < rest.size(); i++) {
      Heading h = rest.get(i);
      if (entryBody[i] && !(insideTalk && h.level() > talkLevel)) {
        // a heading over talks written as entries (a list, a table): it is their section
        String name = markdown.readInline(h.rawText(), h.line(), h.column()).text();
        int next = i + 1 < rest.size() ? rest.get(i + 1).line() : source.lineCount() + 1;
        slots.add(lists.read(source, h.lastLine() + 1, next, name, true, sink));
        if (h.level() < talkLevel) {
          section = name;
        }
        insideTalk = false;
        continue;
      }
      if (h.level() < talkLevel) {
        section = markdown.readInline(h.rawText(), h.line(), h.column()).text();
        insideTalk = false;
        continue;
      }
      if (h.level() > talkLevel) {
        continue; // part of the talk above it
      }
      insideTalk = true;
      int end = source.lineCount() + 1;
      for (int j = i + 1; j < rest.size(); j++) {
        if (rest.get(j).level() <= talkLevel) {
          end = rest.get(j).line();
          break;
        }
      }
      DraftTalk[] slot = new DraftTalk[1];
      String talkSection = section;
      int talkEnd = end;
      sectionReads.add(() -> {
        slot[0] = readTalk(source, h, talkEnd, sink);
        slot[0].section = talkSection;
      });
      slots.add(slot);
    }
    if (sectionReads.size() >= PARALLEL_THRESHOLD) {
      sectionReads.parallelStream().forEach(Runnable::run);
    } else {
      sectionReads.forEach(Runnable::run);
    }
    for (Object slot : slots) {
      if (slot instanceof DraftTalk[] one) {
        draft.talks.add(one[0]);
      } else {
        @SuppressWarnings("unchecked")
        List<DraftTalk> entries = (List<DraftTalk>) slot;
        draft.talks.addAll(entries);
      }
    }
    lists.finish(sink);
    return draft;
  }

  /**
   * The level most talk headings have: the most frequent heading level below the title, counting
   * only headings with content directly under them, so that grouping headings ({@code ## Day 1},
   * a year) with nothing but deeper headings under them are not taken for talks.
   */
  private static int talkLevel(List<Heading> headings, SourceText source, boolean[] entryBody) {
    int[] counts = new int[7];
    int[] withContent = new int[7];
    for (int i = 0; i < headings.size(); i++) {
      Heading h = headings.get(i);
      if (entryBody[i]) {
        continue; // a heading over list or table entries is a section, not a talk
      }
      counts[h.level()]++;
      int next = i + 1 < headings.size() ? headings.get(i + 1).line() : source.lineCount() + 1;
      for (int l = h.lastLine() + 1; l < next; l++) {
        if (!source.line(l).isBlank()) {
          withContent[h.level()]++;
          break;
        }
      }
    }
    int[] use = java.util.Arrays.stream(withContent).sum() > 0 ? withContent : counts;
    int best = 2;
    int bestCount = 0;
    for (int level = 1; level <= 6; level++) {
      if (use[level] > bestCount) {
        best = level;
        bestCount = use[level];
      }
    }
    return best;
  }

  private void readIntroduction(SourceText source, int from, int to, Draft draft, ListLayout lists,
      DiagnosticSink sink) {
    if (to <= from) {
      return;
    }
    List<Block> blocks = markdown.read(source.text(from, to), from);
    List<DraftTalk> entries = indexEntries(blocks);
    if (entries.isEmpty() && lists != null && lists.holdsTalks(source, from, to, false)) {
      // no talk headings: the talks are the entries of lists, tables or lines (layouts A6-A14)
      entries = lists.read(source, from, to, null, false, sink);
    }
    int firstEntryLine = entries.isEmpty() ? Integer.MAX_VALUE : entries.get(0).line;
    StringBuilder text = new StringBuilder();
    for (Block b : blocks) {
      if (b.line() >= firstEntryLine) {
        break;
      }
      Inline inline = null;
      if (b instanceof Block.Paragraph p) {
        inline = p.inline();
      } else if (b instanceof Block.ListItem li && !isContentsItem(li.inline(), source)) {
        inline = li.inline();
      }
      if (inline == null) {
        continue;
      }
      if (!inline.text().isEmpty()) {
        if (text.length() > 0) {
          text.append(' ');
        } else {
          draft.descriptionLine = inline.line();
        }
        text.append(inline.text());
      }
      for (InlineLink link : inline.links()) {
        if (draft.collection == null && !link.image() && VideoUrl.isPlaylist(link.url())) {
          Collection.Builder c = Collection.builder().url(link.url());
          if (!link.text().isEmpty() && !link.text().equals(link.url())) {
            c.label(link.text());
            leadingNumber(link.text()).ifPresent(c::size);
          }
          VideoUrl.playlistId(link.url()).ifPresent(c::playlistId);
          draft.collection = c.build();
        }
      }
    }
    if (text.length() > 0) {
      draft.description = text.toString();
      CountStatement.read(draft.description, draft.collection).ifPresent(count -> {
        draft.declaredCount = count.count();
        draft.countIsLowerBound = count.lowerBound();
      });
    }
    draft.talks.addAll(entries);
  }

  /**
   * Index entries (layout L3): a list item naming a talk, followed by (or holding) a
   * {@code Details:} field whose link leads to the talk's own page.
   */
  private List<DraftTalk> indexEntries(List<Block> blocks) {
    List<DraftTalk> entries = new ArrayList<>();
    Block.ListItem pending = null;
    for (Block b : blocks) {
      if (!(b instanceof Block.ListItem li)) {
        pending = null;
        continue;
      }
      InlineLink details = detailsLink(li.inline());
      if (details == null) {
        pending = li;
        continue;
      }
      if (pending == null) {
        continue;
      }
      DraftTalk talk = new DraftTalk();
      Inline entry = pending.inline();
      talk.line = entry.line();
      talk.column = entry.column();
      talk.heading = entry.text();
      readHeadingText(talk, entry.text(), true);
      if (pending.ordered()) {
        talk.index = pending.number();
      }
      talk.detailLink = details.url();
      talk.detailLine = details.line();
      talk.detailColumn = details.column();
      entries.add(talk);
      pending = null;
    }
    return entries;
  }

  private static InlineLink detailsLink(Inline item) {
    String text = item.text();
    int colon = text.indexOf(':');
    if (colon <= 0 || item.links().isEmpty()) {
      return null;
    }
    String label = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    if (!(label.equals("details") || label.equals("detail") || label.equals("page"))) {
      return null;
    }
    InlineLink link = item.links().get(0);
    return link.image() ? null : link;
  }

  /** A table-of-contents or checklist item: it names a talk that has its own section below. */
  private static boolean isContentsItem(Inline item, SourceText source) {
    String raw = item.line() >= 1 && item.line() <= source.lineCount() ? source.line(item.line()).strip() : "";
    int i = 0;
    while (i < raw.length() && (Character.isDigit(raw.charAt(i)) || "-*+.) \t".indexOf(raw.charAt(i)) >= 0)) {
      i++;
    }
    String rest = raw.substring(i);
    if (rest.startsWith("[ ]") || rest.startsWith("[x]") || rest.startsWith("[X]")) {
      return true;
    }
    return !item.links().isEmpty() && item.links().stream().allMatch(l -> l.url().startsWith("#"));
  }

  /**
   * Splits a heading's text into labels, title and speaker part. An index line may have lost its
   * title/speaker separator; then the speakers are found by the shape of a name.
   */
  private void readHeadingText(DraftTalk talk, String text, boolean separatorMayBeLost) {
    HeadingReader.Parts parts = headings.read(text);
    talk.labels = parts.labels();
    talk.title = parts.title();
    talk.speakerPart = parts.speakerPart().orElse(null);
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

  private static OptionalInt leadingNumber(String s) {
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

  private DraftTalk readTalk(SourceText source, Heading h, int end, DiagnosticSink sink) {
    DraftTalk talk = new DraftTalk();
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
    for (InlineLink link : heading.links()) {
      boolean wholeHeading = !link.image() && !link.bare() && link.text().equals(text);
      if (wholeHeading && talk.video == null && VideoUrl.youtube(link.url()).isEmpty()
          && !VideoUrl.isPlaylist(link.url()) && link.url().contains("://")) {
        talk.video = Video.other(link.url());
        continue;
      }
      offerLink(talk, link.image() || link.bare() ? "" : link.text(), link);
    }
    readBody(source, h.lastLine() + 1, end, talk);
    if (talk.video == null) {
      sink.report(Severity.WARNING, Rules.MISSING_VIDEO, h.line(), h.column(),
          "talk '" + talk.title + "' has no video link");
    }
    return talk;
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
   * @param source the page
   * @return the talk as the page gives it; {@code heading} is {@code ""} when the page has none
   */
  DraftTalk readPage(SourceText source) {
    List<Heading> found = SectionScanner.headings(source);
    DraftTalk talk = new DraftTalk();
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
    readBody(source, bodyStart, source.lineCount() + 1, talk);
    return talk;
  }

  private void readBody(SourceText source, int bodyStart, int end, DraftTalk talk) {
    if (bodyStart >= end) {
      return;
    }
    List<Block> blocks = markdown.read(source.text(bodyStart, end), bodyStart);
    StringBuilder summary = new StringBuilder();
    String rawSummary = null;
    for (Block b : blocks) {
      if (b instanceof Block.ListItem li) {
        if (!readSpeakerLine(talk, li.inline().text())) {
          readField(talk, li.inline());
        }
      } else if (b instanceof Block.Paragraph p) {
        Inline in = p.inline();
        if (readLinkParagraph(talk, in) || readSpeakerLine(talk, in.text())) {
          continue;
        }
        if (summary.length() > 0) {
          summary.append(' ');
        } else {
          rawSummary = rawParagraph(source, in.line(), end);
          talk.summaryLine = in.line();
        }
        summary.append(in.text());
      } else if (b instanceof Block.Html html) {
        for (String url : html.urls()) {
          offerLink(talk, "", new InlineLink("", url, false, true, false, html.line(), 1));
        }
      }
    }
    if (summary.length() > 0) {
      talk.summary = summary.toString();
      talk.summaryTruncated = SummaryReader.isTruncated(
          rawSummary == null ? talk.summary : rawSummary, settings.summaryCutLength());
    }
  }

  private static final List<String> SPEAKER_LABELS =
      List.of("speaker", "speakers", "presenter", "presenters", "presented by", "by", "with");

  /** A {@code Speaker: Name} line (or {@code with Name}) naming who gives the talk. */
  private static boolean readSpeakerLine(DraftTalk talk, String text) {
    int colon = text.indexOf(':');
    String label;
    String rest;
    if (colon > 0 && colon <= 14) {
      label = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      rest = text.substring(colon + 1).strip();
    } else if (text.startsWith("with ") || text.startsWith("by ")) {
      label = text.substring(0, text.indexOf(' '));
      rest = text.substring(label.length()).strip();
    } else {
      return false;
    }
    if (!SPEAKER_LABELS.contains(label) || rest.isEmpty() || rest.length() > 300) {
      return false;
    }
    if (talk.speakerPart == null) {
      talk.speakerPart = rest;
    }
    return true;
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

  private static final List<String> VIDEO_LABELS =
      List.of("link", "video", "youtube", "recording", "url", "watch", "watch here", "talk");

  /** A list item: a {@code Label: value} field, or a plain link. */
  private static void readField(DraftTalk talk, Inline item) {
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
    List<InlineLink> links = item.links();
    if (links.isEmpty()) {
      if (label != null && talk.video == null) {
        VideoUrl.fieldValue(label, text.substring(colon + 1)).ifPresent(ref -> talk.video = video(ref));
      }
      return;
    }
    for (InlineLink link : links) {
      String linkLabel;
      if (link.bare() || link.text().equals(link.url())) {
        linkLabel = label == null ? "" : label;
      } else {
        linkLabel = link.text();
      }
      boolean videoField = label != null && VIDEO_LABELS.contains(label.toLowerCase(Locale.ROOT));
      if (videoField && talk.video == null && !link.image()) {
        Optional<VideoUrl.YouTubeRef> ref = VideoUrl.youtube(link.url());
        if (ref.isPresent()) {
          talk.video = video(ref.get());
        } else if (!VideoUrl.isPlaylist(link.url())) {
          talk.video = Video.other(link.url());
        } else {
          talk.links.add(Link.of(linkLabel, link.url()));
        }
        continue;
      }
      offerLink(talk, linkLabel, link);
    }
  }

  /** A paragraph of only images and links (with at most a caption): true when consumed. */
  private static boolean readLinkParagraph(DraftTalk talk, Inline in) {
    if (in.links().isEmpty()) {
      return false;
    }
    String rest = in.text();
    for (InlineLink link : in.links()) {
      if (!link.image()) {
        rest = rest.replace(link.text(), "");
      }
    }
    rest = rest.strip();
    boolean caption = rest.isEmpty() || (rest.endsWith(":") && rest.length() <= 40)
        || isSeparatorsOnly(rest);
    if (!caption) {
      return false;
    }
    for (InlineLink link : in.links()) {
      String label = link.bare() || link.text().equals(link.url()) ? captionLabel(rest) : link.text();
      offerLink(talk, label, link);
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

  /** Sorts a link into the talk's video, image or other links. */
  private static void offerLink(DraftTalk talk, String label, InlineLink link) {
    String url = link.url();
    if (link.image()) {
      if (talk.image == null) {
        talk.image = Image.of(url, link.text());
        talk.imageLine = link.line();
        talk.imageColumn = link.column();
      }
      return;
    }
    Optional<VideoUrl.YouTubeRef> ref = VideoUrl.youtube(url);
    if (ref.isPresent() && talk.video == null) {
      talk.video = video(ref.get());
      return;
    }
    if (ref.isPresent() && talk.video != null && talk.video.id().orElse("").equals(ref.get().id())) {
      return; // the same video again (a thumbnail link, an embed)
    }
    talk.links.add(Link.of(label, url));
  }

  private static Video video(VideoUrl.YouTubeRef ref) {
    Video.Builder b = Video.builder().from(Video.youtube(ref.id()));
    ref.start().ifPresent(b::start);
    return b.build();
  }

  /** The catalog as read so far, before catalog-wide reconciliation. */
  public static final class Draft {
    /** The title, {@code ""} when none. */
    public String title = "";
    /** The introduction's plain text, or null. */
    public String description;
    /** The line where the introduction starts. */
    public int descriptionLine;
    /** The collection, or null. */
    public Collection collection;
    /** The declared count, or null. */
    public Integer declaredCount;
    /** Whether the count is stated as a lower bound ("at least", "non-exhaustive"). */
    public boolean countIsLowerBound;
    /** The talks in document order. */
    public final List<DraftTalk> talks = new ArrayList<>();
  }

  /** One talk as read from its section. */
  public static final class DraftTalk {
    /** 1-based heading line and column. */
    public int line;
    /** 1-based column. */
    public int column;
    /** Heading as plain text. */
    public String heading = "";
    /** Labels. */
    public List<String> labels = List.of();
    /** Title. */
    public String title = "";
    /** The heading's speaker part, or null. */
    public String speakerPart;
    /** Index, or null. */
    public Integer index;
    /** Section, or null. */
    public String section;
    /** Video, or null. */
    public Video video;
    /** Other links. */
    public final List<Link> links = new ArrayList<>();
    /** Image, or null. */
    public Image image;
    /** Summary, or null. */
    public String summary;
    /** Line of the summary. */
    public int summaryLine;
    /** Truncation flag. */
    public boolean summaryTruncated;
    /** For an index entry: the destination of its {@code Details:} link, else null. */
    public String detailLink;
    /** 1-based line of the details link. */
    public int detailLine;
    /** 1-based column of the details link. */
    public int detailColumn;
    /** 1-based line of the image reference. */
    public int imageLine;
    /** 1-based column of the image reference. */
    public int imageColumn;
    /** Whether the image was already checked on disk (it came from another file). */
    public boolean imageChecked;
    /** The recording's length in seconds, or null. */
    public Integer duration;
    /** The year the talk was given, or null. */
    public Integer year;
    /** Extra per-talk data for other readers. */
    public final Map<String, Object> extra = new HashMap<>();
  }
}
