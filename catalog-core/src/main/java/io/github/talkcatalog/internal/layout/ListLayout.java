package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.Rules;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.layout.EntryScanner.Entry;
import io.github.talkcatalog.internal.layout.EntryScanner.Kind;
import io.github.talkcatalog.internal.layout.EntryScanner.Piece;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.markdown.Inline;
import io.github.talkcatalog.internal.markdown.InlineLink;
import io.github.talkcatalog.internal.markdown.MarkdownReader;
import io.github.talkcatalog.internal.read.DurationReader;
import io.github.talkcatalog.internal.read.EventShape;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.read.LinkPolicy;
import io.github.talkcatalog.internal.read.Vocabulary;
import io.github.talkcatalog.internal.read.SpeakerBoundary;
import io.github.talkcatalog.internal.read.SpeakerReader;
import io.github.talkcatalog.internal.read.NameShape;
import io.github.talkcatalog.internal.read.TalkHalves;
import io.github.talkcatalog.internal.video.VideoUrl;
import io.github.talkcatalog.internal.lines.Heading;
import io.github.talkcatalog.internal.names.Names;
import io.github.talkcatalog.internal.plan.EntryEvidence;
import io.github.talkcatalog.internal.read.YearReader;
import io.github.talkcatalog.internal.source.SourceText;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Video;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads talks written one per entry (layouts A6 to A14 of {@code docs/layouts.md}): list items,
 * numbered items, emoji-prefixed lines, {@code Title by Speaker} lines followed by a bare URL, HTML
 * {@code <li>} items and table rows ({@link TableLayout}).
 *
 * <p>One instance reads one document: it remembers the videos already listed (a video listed
 * twice is one talk) and the speakers read with confidence, which decide the entries whose title
 * and speaker halves could be either way round ({@link #finish(DiagnosticSink)}).
 */
public final class ListLayout {

  private final MarkdownReader markdown;
  private final LineMap map;
  private final HeadingReader headings;
  private final TalkHalves halves;
  private final SpeakerReader names = new SpeakerReader(List.of());
  private final Map<String, Integer> videoLines = new HashMap<>();
  private final Set<String> knownSpeakers = new HashSet<>();
  private final List<Candidate> unsure = new ArrayList<>();
  /**
   * The pieces of each range found to hold talks, and their entries' and tables' readings, kept from
   * {@link #holdsTalks} to {@link #read} so that each entry is read once.
   */
  private final Map<Long, List<Piece>> scans = new HashMap<>();
  private final Map<Entry, Optional<Candidate>> readings = new IdentityHashMap<>();
  private final Map<EntryScanner.Table, List<Candidate>> tableReadings = new IdentityHashMap<>();
  private int titleFirst;
  private int speakerFirst;

  /**
   * Creates a reader for one document.
   *
   * @param markdown the Markdown reader
   * @param map the document's line map
   * @param headings the label reader of the parser's settings
   */
  public ListLayout(MarkdownReader markdown, LineMap map, HeadingReader headings) {
    this.markdown = markdown;
    this.map = map;
    this.headings = headings;
    this.halves = new TalkHalves(headings);
  }

  /**
   * An entry read as a talk, before the document-wide checks.
   *
   * @param talk the talk
   * @param linked whether the entry has a link of its own (not an anchor)
   * @param unsure whether title and speaker half could be either way round
   * @param speakerFirst whether the speakers were written before the title
   */
  record Candidate(TalkDraft.Builder talk, boolean linked, boolean unsure, boolean speakerFirst) {}

  /**
   * Whether the lines {@code from}..{@code to} hold talks written as entries. Under a heading the
   * body must hold at least one entry with a link and nothing that belongs to a heading-per-talk
   * layout: no field bullets ({@code - Video: ...}), no paragraph, iframe or bare labelled link
   * ({@code - [YouTube](...)}) carrying a video.
   *
   * @param source the document
   * @param from first line, 1-based
   * @param to line after the last
   * @param underHeading whether the lines are the body of a heading (else: before the first heading)
   * @return true when {@link #read} should read the lines
   */
  public boolean holdsTalks(SourceText source, int from, int to, boolean underHeading) {
    if (underHeading && hasFieldBullet(from, to)) {
      return false; // the cheap answer for the common case: a heading with its fields
    }
    List<Piece> pieces = scan(from, to);
    boolean holds = holdsTalks(pieces, underHeading);
    if (!holds) {
      forget(from, to, pieces); // not read later: keep nothing
    }
    return holds;
  }

  private boolean holdsTalks(List<Piece> pieces, boolean underHeading) {
    int linked = 0;
    int recorded = 0;
    boolean proseVideo = false;
    for (Piece p : pieces) {
      if (p instanceof EntryScanner.Text text) {
        String lower = text.markdown().toLowerCase(Locale.ROOT);
        // a video in the prose is the heading's own, unless the entries carry videos of their own
        proseVideo |= underHeading && (lower.contains("<iframe") || lower.contains("<video") || carriesVideo(text));
      } else if (p instanceof Entry e) {
        // a plain field label reads the same with or without Markdown: try the raw text first
        if (underHeading && (e.kind() == Kind.BULLET || e.kind() == Kind.ORDERED)
            && (isField(e.markdown()) || isField(markdown.readInline(e.markdown(), e.line(), e.column()).text()))) {
          return false;
        }
        if (!allowed(e, underHeading)) {
          continue;
        }
        Candidate c = reading(e);
        if (c != null && c.linked()) {
          linked++;
          recorded += c.talk().video != null ? 1 : 0;
        } else if (c == null && underHeading && (e.kind() == Kind.BULLET || e.kind() == Kind.ORDERED)
            && carriesVideo(new EntryScanner.Text(e.line(), e.markdown()))) {
          return false; // "- [YouTube](...)": the heading's own video, so the heading is a talk
        }
      } else if (p instanceof EntryScanner.Table t) {
        if (TableLayout.isTalkTable(t, this)) {
          linked++;
          recorded += 2;
        }
      }
    }
    return linked > 0 && (!proseVideo || recorded >= 2);
  }

  /** The pieces of lines {@code from}..{@code to}, scanned once for the question and the reading. */
  private List<Piece> scan(int from, int to) {
    return scans.computeIfAbsent(((long) from << 32) | to, k -> EntryScanner.scan(map, from, to));
  }

  private void forget(int from, int to, List<Piece> pieces) {
    scans.remove(((long) from << 32) | to);
    for (Piece p : pieces) {
      if (p instanceof Entry e) {
        readings.remove(e);
      } else if (p instanceof EntryScanner.Table t) {
        tableReadings.remove(t);
      }
    }
  }

  /** An entry's one reading, kept for {@link #read} to take. */
  private Candidate reading(Entry e) {
    return readings.computeIfAbsent(e, k -> Optional.ofNullable(candidate(k))).orElse(null);
  }

  /** A table's rows read once, kept for {@link #read} to take. */
  private List<Candidate> tableReading(EntryScanner.Table t) {
    return tableReadings.computeIfAbsent(t, k -> TableLayout.read(k, this));
  }

  /**
   * Whether the body of heading {@code h} (up to line {@code to}) holds talks written as entries;
   * never when the heading itself carries a video link.
   *
   * @param source the document
   * @param h the heading
   * @param to the line of the next heading, or after the last line
   * @return true when the heading is a section over entries
   */
  public boolean holdsTalks(SourceText source, Heading h, int to) {
    for (InlineLink l : markdown.readInline(h.rawText(), h.line(), h.column()).links()) {
      if (LinkPolicy.isVideo(l.url())) {
        return false;
      }
    }
    return !blockTalks(h.lastLine() + 1, to, markdown.readInline(h.rawText(), h.line(), h.column()).text()).isEmpty()
        || holdsTalks(source, h.lastLine() + 1, to, true);
  }

  /**
   * The talks written as blocks under a heading ({@link TalkBlocks}): two or more blocks with a media
   * line whose title line is not a field label, under an event-shaped heading
   * ({@code ## RiverConf 2031}) or each titled by a line naming its speakers; or, under an
   * event-shaped heading, one block titled by a line naming its speakers. Empty otherwise.
   */
  private List<TalkBlocks.Block> blockTalks(int from, int to, String heading) {
    List<TalkBlocks.Block> blocks = TalkBlocks.find(map, from, to,
        line -> halves.split(markdown.readInline(line, 1, 1).text()).speakerPart().isPresent());
    int withMedia = 0;
    boolean allNamed = true;
    for (TalkBlocks.Block b : blocks) {
      String title = markdown.readInline(b.titleLine(), b.line(), b.column()).text();
      if (b.media() > 0 && !isField(title + ":") && !Vocabulary.isGenericLabel(title)) {
        withMedia++;
      }
      allNamed &= !b.bold();
    }
    boolean event = EventShape.isEvent(heading);
    boolean several = withMedia >= 2 && (allNamed || event);
    // one block under an event's heading, titled by a line naming its speakers: the talk given there
    boolean one = withMedia == 1 && blocks.size() == 1 && allNamed && event;
    return several || one ? blocks : List.of();
  }

  /** A block read as a talk: title and speakers from its title line, summary from its prose, video from its media line. */
  private Candidate blockTalk(TalkBlocks.Block b) {
    TalkDraft.Builder t = new TalkDraft.Builder();
    t.line = b.line();
    t.column = b.column();
    Inline title = markdown.readInline(b.titleLine(), b.line(), b.column());
    t.heading = title.text();
    if (b.bold()) {
      t.title = title.text();
    } else {
      TalkHalves.Split split = halves.split(title.text());
      t.labels = split.labels();
      t.title = split.title();
      t.speakerPart = split.speakerPart().orElse(null);
    }
    boolean linked = false;
    for (InlineLink l : title.links()) {
      linked |= sortLink(t, label(l), l, false);
    }
    StringBuilder summary = new StringBuilder();
    for (int n : b.prose()) {
      Inline in = markdown.readInline(map.source().line(n).strip(), n, 1);
      summary.append(summary.length() == 0 ? "" : " ").append(in.text());
      if (t.summaryLine == 0) {
        t.summaryLine = n;
      }
      for (InlineLink l : in.links()) {
        linked |= sortLink(t, label(l), l, false);
      }
    }
    if (summary.length() > 0) {
      t.summary = MarkdownReader.collapse(summary.toString());
    }
    if (b.media() > 0) {
      Inline media = markdown.readInline(map.source().line(b.media()).strip(), b.media(), 1);
      for (InlineLink l : media.links()) {
        linked |= sortLink(t, label(l), l, false);
      }
    }
    return new Candidate(t, linked, false, false);
  }

  private boolean carriesVideo(EntryScanner.Text text) {
    for (InlineLink l : markdown.readInline(text.markdown(), text.line(), 1).links()) {
      if (LinkPolicy.isVideo(l.url())) {
        return true;
      }
    }
    return false;
  }

  private static boolean allowed(Entry e, boolean underHeading) {
    return !underHeading || (e.kind() != Kind.LINK_LINE && e.kind() != Kind.TEXT_AND_URL);
  }

  /**
   * Reads the talks of lines {@code from}..{@code to}.
   *
   * @param source the document
   * @param from first line, 1-based
   * @param to line after the last
   * @param section the enclosing heading's text, or null
   * @param underHeading whether the lines are the body of a heading
   * @param sink where diagnostics go
   * @return the talks in document order
   */
  public List<TalkDraft.Builder> read(SourceText source, int from, int to, String section, boolean underHeading,
      DiagnosticSink sink) {
    List<Piece> pieces = scan(from, to);
    scans.remove(((long) from << 32) | to); // read now, once; each entry's kept reading is taken below
    boolean numbered = false;
    for (Piece p : pieces) {
      if (p instanceof Entry e && e.kind() == Kind.ORDERED && e.number() != 1) {
        numbered = true;
      }
    }
    List<TalkDraft.Builder> talks = new ArrayList<>();
    if (underHeading && section != null) {
      for (TalkBlocks.Block b : blockTalks(from, to, section)) {
        Candidate c = blockTalk(b);
        c.talk().event = section; // the heading over talk blocks names the occasion they were given at
        accept(c, section, talks, sink);
      }
    }
    List<Link> shared = new ArrayList<>();
    String current = section;
    for (Piece p : pieces) {
      if (p instanceof EntryScanner.HtmlHeading h) {
        Inline in = markdown.readInline(h.text(), h.line(), 1);
        current = in.text().isEmpty() ? current : in.text();
      } else if (p instanceof EntryScanner.Table t) {
        List<Candidate> kept = tableReadings.remove(t);
        for (Candidate c : kept != null ? kept : TableLayout.read(t, this)) {
          accept(c, current, talks, sink);
        }
      } else if (p instanceof Entry e && allowed(e, underHeading)) {
        if (e.kind() == Kind.EMOJI_LINE && sharedLine(e, talks, shared)) {
          continue;
        }
        Optional<Candidate> kept = readings.remove(e);
        Candidate c = kept != null ? kept.orElse(null) : candidate(e);
        if (c == null) {
          continue;
        }
        if (numbered && e.kind() == Kind.ORDERED) {
          c.talk().index = e.number();
        }
        accept(c, current, talks, sink);
      }
    }
    talks.sort(java.util.Comparator.comparingInt(t -> t.line)); // blocks and list entries in document order
    for (TalkDraft.Builder t : talks) {
      for (Link l : shared) {
        if (!t.links.contains(l)) {
          t.links.add(l);
        }
      }
    }
    for (TalkDraft.Builder t : talks) {
      if (t.video == null) {
        sink.report(Severity.WARNING, Rules.MISSING_VIDEO, t.line, t.column,
            "talk '" + t.title + "' has no video link");
      }
    }
    return talks;
  }

  private void accept(Candidate c, String section, List<TalkDraft.Builder> talks, DiagnosticSink sink) {
    TalkDraft.Builder t = c.talk();
    t.section = section;
    if (t.video != null) {
      // one livestream at two start offsets is two talks; the same video at the same offset is one
      Integer before = videoLines.putIfAbsent(t.video.url() + " " + t.video.start(), t.line);
      if (before != null) {
        sink.report(Severity.WARNING, Rules.DUPLICATE_VIDEO, t.line, t.column,
            "'" + t.title + "' has the same video as the entry on line " + before + " (" + t.video.url()
                + "); listed once");
        return;
      }
    }
    if (c.unsure()) {
      unsure.add(c);
    } else if (t.speakerPart != null) {
      if (c.speakerFirst()) {
        speakerFirst++;
      } else {
        titleFirst++;
      }
      for (Speaker s : names.readHeading(t.speakerPart)) {
        knownSpeakers.add(Names.key(s.name()));
      }
    }
    talks.add(t);
  }

  /**
   * Decides the entries whose halves could be either way round: the half naming a speaker read
   * with confidence elsewhere in the document is the speaker part; otherwise the order every
   * confidently read entry of the document follows. When the document follows no one order, the
   * title is taken to come first and a {@code speaker-order-guessed} diagnostic says so.
   *
   * @param sink where diagnostics go
   */
  public void finish(DiagnosticSink sink) {
    for (Candidate c : unsure) {
      TalkDraft.Builder t = c.talk();
      boolean leftKnown = known(t.title);
      boolean rightKnown = known(t.speakerPart);
      boolean swap = (leftKnown && !rightKnown)
          || (!leftKnown && !rightKnown && speakerFirst > 0 && titleFirst == 0);
      if (swap) {
        String title = t.speakerPart;
        t.speakerPart = t.title;
        t.title = title;
      } else if (!rightKnown && !(titleFirst > 0 && speakerFirst == 0)) {
        sink.report(Severity.INFO, Rules.SPEAKER_ORDER_GUESSED, t.line, t.column,
            "both '" + t.title + "' and '" + t.speakerPart + "' read as names; took '" + t.speakerPart
                + "' for the speakers");
      }
    }
    unsure.clear();
  }

  private boolean known(String half) {
    for (Speaker s : names.readHeading(half)) {
      if (knownSpeakers.contains(Names.key(s.name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What the entries of lines {@code from}..{@code to} (the body of heading {@code h}) carry, read as
   * {@link #read} reads them (the same readings, kept for it: each entry is read once) but without
   * remembering anything of the document (videos, speakers): how many read as talks, how many
   * carry a video link, how many name a speaker, and where the first is.
   *
   * @param h the heading
   * @param to the line of the next heading, or after the last line
   * @return the counts
   */
  public EntryEvidence entryEvidence(Heading h, int to) {
    List<Candidate> all = new ArrayList<>();
    for (Piece p : scan(h.lastLine() + 1, to)) {
      if (p instanceof EntryScanner.Table t) {
        all.addAll(tableReading(t));
      } else if (p instanceof Entry e && allowed(e, true)
          && !(e.kind() == Kind.EMOJI_LINE && sharedLinks(e) != null)) {
        Candidate c = reading(e);
        if (c != null) {
          all.add(c);
        }
      }
    }
    int recorded = 0;
    int speakers = 0;
    for (Candidate c : all) {
      recorded += c.talk().video != null ? 1 : 0;
      speakers += c.talk().speakerPart != null ? 1 : 0;
    }
    TalkDraft.Builder first = all.isEmpty() ? null : all.get(0).talk();
    return new EntryEvidence(all.size(), recorded, speakers, first == null ? 0 : first.line,
        first == null ? 0 : first.column);
  }

  /** The links of an emoji line with only labelled links ({@code 🎥 [YouTube Playlist](...)}), or null. */
  private List<InlineLink> sharedLinks(Entry e) {
    Inline in = markdown.readInline(e.markdown(), e.line(), e.column());
    String rest = in.text();
    List<InlineLink> links = new ArrayList<>();
    for (InlineLink l : in.links()) {
      if (l.image()) {
        continue;
      }
      if (!Vocabulary.isGenericLabel(l.text()) && !l.bare()) {
        return null;
      }
      links.add(l);
      rest = removeFirst(rest, l.bare() ? l.url() : l.text());
    }
    return links.isEmpty() || !clean(rest).isEmpty() ? null : links;
  }

  /** An emoji line with only labelled links ({@code 🎥 [YouTube Playlist](...)}): shared by the section. */
  private boolean sharedLine(Entry e, List<TalkDraft.Builder> talks, List<Link> shared) {
    List<InlineLink> links = sharedLinks(e);
    if (links == null) {
      return false;
    }
    for (InlineLink l : links) {
      Optional<VideoUrl.YouTubeRef> ref = VideoUrl.youtube(l.url());
      TalkDraft.Builder last = talks.isEmpty() ? null : talks.get(talks.size() - 1);
      if (ref.isPresent() && !LinkPolicy.isPlaylistLink(l.text(), l.url()) && last != null && last.video == null) {
        last.video = LinkPolicy.video(ref.get());
      } else {
        shared.add(Link.of(label(l), l.url()));
      }
    }
    return true;
  }

  /** Reads one entry; null when it is not a talk. */
  private Candidate candidate(Entry e) {
    Inline in = markdown.readInline(e.markdown(), e.line(), e.column());
    String text = in.text();
    if (text.isEmpty() || isField(text) || (text.endsWith(":") && in.links().isEmpty())) {
      return null;
    }
    TalkDraft.Builder t = new TalkDraft.Builder();
    t.line = e.line();
    t.column = e.column();
    String heading = text;
    for (InlineLink l : in.links()) {
      if (l.bare()) {
        heading = removeFirst(heading, l.url());
      }
    }
    t.heading = MarkdownReader.collapse(heading);
    String work = withoutCheckbox(text);
    String tag = leadingTag(e.markdown());
    if (tag != null && work.startsWith(tag)) {
      // "[BogConf 2022] Title - Speaker": an event tag, not part of the title
      work = work.substring(tag.length()).strip();
      String group = "(" + tag + ")";
      YearReader.find(group).ifPresent(y -> {
        t.year = y.year();
        t.event = YearReader.event(group, y).orElse(null);
      });
    }
    work = takeDurationAndYear(t, work);
    InlineLink titleLink = null;
    for (InlineLink l : in.links()) {
      if (!l.image() && !l.bare() && !Vocabulary.isGenericLabel(l.text()) && !l.url().startsWith("#") && hasLetters(l.text())) {
        titleLink = l;
        break;
      }
    }
    for (InlineLink l : in.links()) {
      // a link on a personal name ("by [Ann Lee](profile)") is the speaker's: the name stays
      if (l != titleLink && !l.image() && (l.bare() || !NameShape.isName(l.text()))) {
        work = removeFirst(work, l.bare() ? l.url() : l.text());
      }
    }
    work = clean(work);
    TalkHalves.Split split = null;
    boolean order = false;
    String anchor = null;
    if (titleLink != null) {
      anchor = cleanTitle(titleLink.text(), t);
    } else {
      anchor = boldTitle(e.markdown(), work);
    }
    if (anchor != null && !anchor.isEmpty() && work.contains(anchor)) {
      int at = work.indexOf(anchor);
      String pre = TalkHalves.trimSeparators(work.substring(0, at));
      String post = TalkHalves.trimSeparators(work.substring(at + anchor.length()));
      String lowerPost = post.toLowerCase(Locale.ROOT);
      String candidate = null;
      boolean hosts = lowerPost.startsWith("with ");
      boolean before = false;
      if (lowerPost.startsWith("by ")) {
        candidate = post.substring(3).strip();
      } else if (!hosts && TalkHalves.speakerScore(post) > 0) {
        candidate = post;
      } else if (!hosts && TalkHalves.speakerScore(pre) > 0) {
        candidate = pre;
        before = true;
      }
      if (candidate != null) {
        t.labels = headings.read(anchor).labels();
        String[] titleEvent = TalkHalves.withoutEvent(headings.withoutLabels(anchor));
        t.title = titleEvent[0];
        t.event = t.event == null ? titleEvent[1] : t.event;
        t.speakerPart = candidate;
        String[] event = TalkHalves.speakersAndEvent(candidate).orElse(null);
        if (event != null && event[1] != null && !event[1].isEmpty()) {
          // "Title - Ann Lee at BogConf 2014": the event after the speakers
          t.speakerPart = event[0];
          t.event = t.event == null ? event[1] : t.event;
        }
        order = before;
      } else if (hosts) {
        t.title = anchor;
      } else {
        split = halves.split(anchor);
      }
    } else {
      split = halves.split(anchor != null && !anchor.isEmpty() ? anchor : work);
    }
    if (split != null) {
      t.labels = split.labels();
      t.title = split.title();
      t.speakerPart = split.speakerPart().orElse(null);
      if (t.event == null) {
        t.event = split.event().orElse(null);
      }
      order = split.speakerFirst();
      if (t.speakerPart == null && titleLink == null && e.kind() == Kind.ORDERED) {
        // "7. Keynote: Rack-Scale Inference Olu Mensah & Zoe Park": an index line that lost its separator
        String title = t.title;
        SpeakerBoundary.find(title).ifPresent(at -> {
          t.speakerPart = title.substring(at).strip();
          t.title = title.substring(0, at).strip();
        });
      }
    }
    t.title = TalkHalves.trimSeparators(t.title);
    if (t.title.isEmpty()) {
      return null;
    }
    boolean linked = false;
    for (InlineLink l : in.links()) {
      linked |= sortLink(t, l == titleLink ? l.text() : label(l), l, false);
    }
    for (EntryScanner.Child child : e.children()) {
      Inline c = markdown.readInline(child.markdown(), child.line(), child.column());
      String field = fieldLabel(c.text());
      boolean videoField = Vocabulary.isVideoField(field);
      if (t.duration == null) {
        DurationReader.find(c.text()).ifPresent(d -> t.duration = d.seconds());
      }
      for (InlineLink l : c.links()) {
        String label = l.bare() || l.text().equals(l.url()) ? (field == null ? "" : field) : label(l);
        linked |= sortLink(t, label, l, videoField);
      }
      if (c.links().isEmpty() && field != null && t.video == null) {
        Optional<VideoUrl.YouTubeRef> ref = VideoUrl.fieldValue(field, c.text().substring(c.text().indexOf(':') + 1));
        if (ref.isPresent()) {
          t.video = LinkPolicy.video(ref.get());
          linked = true;
        }
      }
    }
    if (!linked && t.speakerPart == null) {
      return null;
    }
    return new Candidate(t, linked, split != null && split.unsure(), order);
  }

  Inline inline(String md, int line) {
    return markdown.readInline(md, line, 1);
  }

  List<String> labels(String text) {
    return headings.read(text).labels();
  }

  String withoutLabels(String text) {
    return headings.withoutLabels(text);
  }

  TalkHalves.Split split(String text) {
    return halves.split(text);
  }

  /** Takes a duration and a year out of {@code work} into the talk; returns the rest. */
  static String takeDurationAndYear(TalkDraft.Builder t, String work) {
    Optional<DurationReader.Found> d = DurationReader.find(work);
    if (d.isPresent()) {
      t.duration = d.get().seconds();
      work = work.substring(0, d.get().start()) + " " + work.substring(d.get().end());
    }
    Optional<YearReader.Found> y = YearReader.find(work);
    if (y.isPresent()) {
      t.year = y.get().year();
      t.event = YearReader.event(work, y.get()).orElse(t.event);
      t.yearText = work.substring(y.get().start(), y.get().end());
      work = work.substring(0, y.get().start()) + " " + work.substring(y.get().end());
    }
    return MarkdownReader.collapse(work);
  }

  /** A link's text as a title: quotes, a year group and a duration taken out. */
  private static String cleanTitle(String text, TalkDraft.Builder t) {
    String s = text;
    if (t.yearText != null) {
      s = s.replace(t.yearText, " ");
    }
    Optional<DurationReader.Found> d = DurationReader.find(s);
    if (d.isPresent()) {
      s = s.substring(0, d.get().start()) + " " + s.substring(d.get().end());
    }
    s = MarkdownReader.collapse(s);
    if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\u201C')
        && (s.endsWith("\"") || s.endsWith("\u201D"))) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return clean(s);
  }

  /** The first bold span of the entry's Markdown that is not a name or a statistic, as plain text. */
  private String boldTitle(String md, String work) {
    int from = 0;
    while (true) {
      int open = md.indexOf("**", from);
      if (open < 0) {
        return null;
      }
      int close = md.indexOf("**", open + 2);
      if (close < 0) {
        return null;
      }
      String inner = markdown.readInline(md.substring(open + 2, close), 1, 1).text();
      String lower = inner.toLowerCase(Locale.ROOT);
      if (!inner.isEmpty() && TalkHalves.speakerScore(inner) <= 0 && !lower.contains("view")
          && work.contains(inner)) {
        return inner;
      }
      from = close + 2;
    }
  }

  /**
   * Sorts a link into the talk by the one {@link LinkPolicy}; returns whether it was a link (not an
   * anchor or a wiki link).
   */
  static boolean sortLink(TalkDraft.Builder t, String label, InlineLink l, boolean videoField) {
    return LinkPolicy.offer(t, label, l.text(), l.url(), l.image(), videoField, l.line(), l.column());
  }

  /** A link's label without enclosing brackets ({@code [[Slides]]} is labelled {@code Slides}). */
  static String label(InlineLink l) {
    if (l.bare() || l.text().equals(l.url())) {
      return "";
    }
    String s = l.text().strip();
    while (s.length() >= 2 && s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s;
  }

  private static boolean hasLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line of the range is a top-level {@code - Label: ...} field bullet, outside code. */
  private boolean hasFieldBullet(int from, int to) {
    SourceText source = map.source();
    for (int l = from; l < to && l <= source.lineCount(); l++) {
      String line = source.line(l);
      if (map.kind(l) == LineMap.Kind.LIST_ITEM && line.length() > 2 && "-*+".indexOf(line.charAt(0)) >= 0 && line.charAt(1) == ' '
          && isField(line.substring(2).strip())) {
        return true;
      }
    }
    return false;
  }

  static boolean isField(String text) {
    String label = fieldLabel(text);
    return label != null && Vocabulary.isFieldLabel(label);
  }

  private static String fieldLabel(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon > 30) {
      return null;
    }
    String label = text.substring(0, colon).strip();
    return label.contains("//") ? null : label;
  }

  /** The text of a {@code [Tag]} at the start of an entry that is not a link, or null. */
  private String leadingTag(String md) {
    if (!md.startsWith("[") || md.startsWith("[[")) {
      return null;
    }
    int close = md.indexOf(']');
    if (close < 2 || close + 1 >= md.length() || md.charAt(close + 1) != ' ') {
      return null;
    }
    String inner = md.substring(1, close);
    if (inner.indexOf('[') >= 0 || inner.equals(" ") || inner.equalsIgnoreCase("x")) {
      return null;
    }
    return markdown.readInline(inner, 1, 1).text();
  }

  private static String withoutCheckbox(String text) {
    if (text.startsWith("[ ] ") || text.startsWith("[x] ") || text.startsWith("[X] ")) {
      return text.substring(4);
    }
    return text;
  }

  private static String removeFirst(String s, String part) {
    if (part.isEmpty()) {
      return s;
    }
    int at = s.indexOf(part);
    return at < 0 ? s : s.substring(0, at) + " " + s.substring(at + part.length());
  }

  /**
   * Removes what is not title or speaker: wiki links, star ratings, view counts, emoji and
   * shortcodes, empty brackets; trims separators at both ends.
   */
  static String clean(String text) {
    String s = withoutWikiLinks(text);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int type = Character.getType(cp);
      boolean drop = type == Character.OTHER_SYMBOL || cp == 0xFE0F || cp == 0x200D
          || cp == '\u2E31' || cp == '\u00B7' || cp == '\u2022';
      b.append(drop ? " " : new String(Character.toChars(cp)));
      i += Character.charCount(cp);
    }
    String collapsed = MarkdownReader.collapse(b.toString());
    for (String empty : List.of("( )", "()", "[ ]", "[]")) {
      collapsed = collapsed.replace(empty, " ");
    }
    String[] words = MarkdownReader.collapse(collapsed).split(" ");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT);
      if ((lower.equals("views") || lower.equals("view") || lower.equals("views,")) && !kept.isEmpty()
          && isCount(kept.get(kept.size() - 1))) {
        kept.remove(kept.size() - 1);
        if (!kept.isEmpty() && kept.get(kept.size() - 1).equalsIgnoreCase("with")) {
          kept.remove(kept.size() - 1);
        }
        continue;
      }
      if (w.length() > 2 && w.startsWith(":") && w.endsWith(":") && w.indexOf(' ') < 0) {
        continue;
      }
      kept.add(w);
    }
    return TalkHalves.trimSeparators(String.join(" ", kept));
  }

  private static boolean isCount(String w) {
    if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isDigit(c) || c == '.' || c == ',' || c == '+' || c == 'k' || c == 'K' || c == 'm' || c == 'M')) {
        return false;
      }
    }
    return true;
  }

  private static String withoutWikiLinks(String s) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int open = s.indexOf("[[", i);
      if (open < 0) {
        b.append(s, i, s.length());
        break;
      }
      int close = s.indexOf("]]", open + 2);
      if (close < 0) {
        b.append(s, i, s.length());
        break;
      }
      b.append(s, i, open).append(' ');
      i = close + 2;
    }
    return b.toString();
  }
}
