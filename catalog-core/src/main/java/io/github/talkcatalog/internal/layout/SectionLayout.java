package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.Rules;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.Heading;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.markdown.Block;
import io.github.talkcatalog.internal.markdown.Inline;
import io.github.talkcatalog.internal.markdown.InlineLink;
import io.github.talkcatalog.internal.markdown.MarkdownReader;
import io.github.talkcatalog.internal.plan.EntryEvidence;
import io.github.talkcatalog.internal.plan.Evidence;
import io.github.talkcatalog.internal.plan.LayoutPlanner;
import io.github.talkcatalog.internal.plan.Plan;
import io.github.talkcatalog.internal.plan.Region;
import io.github.talkcatalog.internal.plan.Structure;
import io.github.talkcatalog.internal.read.EventShape;
import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.video.VideoUrl;
import io.github.talkcatalog.internal.read.Vocabulary;
import io.github.talkcatalog.internal.source.SourceText;
import io.github.talkcatalog.model.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a document in stages: the {@link LineMap} classifies its lines once, the
 * {@link LayoutPlanner} decides what each heading is ({@link Plan}), and one reader per region kind
 * reads the talks — {@link HeadingTalkReader} a talk under its own heading, {@link ListLayout} talks
 * written as entries (lists, tables, lines), and this class the introduction and an index of
 * detail pages. Each reader hands on immutable {@link TalkDraft}s.
 */
public final class SectionLayout {

  /** From this many talk sections on, sections are read in parallel on the common fork-join pool. */
  static final int PARALLEL_THRESHOLD = 1000;

  private final MarkdownReader markdown;
  private final HeadingReader headings;
  private final HeadingTalkReader talks;

  /**
   * Creates the layout reader.
   *
   * @param markdown the Markdown reader
   * @param settings the parser settings
   */
  public SectionLayout(MarkdownReader markdown, ParserSettings settings) {
    this.markdown = markdown;
    this.headings = new HeadingReader(settings.labels());
    this.talks = new HeadingTalkReader(markdown, headings, settings);
  }

  /** The introduction as read so far. */
  private static final class Intro {
    String description;
    int descriptionLine;
    Collection collection;
    Integer declaredCount;
    boolean countIsLowerBound;
    final List<TalkDraft.Builder> talks = new ArrayList<>();
  }

  /**
   * Reads the document into a draft catalog.
   *
   * @param map the document's line map, as the source stage built it
   * @param sink where diagnostics go
   * @return the draft, speakers read from each talk on its own
   */
  public CatalogDraft read(LineMap map, DiagnosticSink sink) {
    SourceText source = map.source();
    for (Heading h : map.headings()) {
      if (h.withoutSpace()) {
        sink.report(Severity.INFO, Rules.HEADING_WITHOUT_SPACE, h.line(), h.column(),
            "heading written without a space after its '#' marks; read as a heading");
      }
    }
    ListLayout lists = new ListLayout(markdown, map, headings);
    Map<Heading, String> names = new HashMap<>();
    Plan plan = LayoutPlanner.plan(map, new LayoutPlanner.BodyEvidence() {
      @Override
      public boolean holdsEntries(Heading h, int end) {
        return lists.holdsTalks(source, h, end);
      }

      @Override
      public Evidence evidence(Heading h, int end) {
        Evidence e = BodyScan.evidence(map, h, end);
        if (e == Evidence.NONE && BodyScan.onlyLinks(map, h, end) && EventShape.isEvent(text(h, names))) {
          return Evidence.EVENT_LINKS;
        }
        if (e == Evidence.NONE && BodyScan.noText(map, h, end)) {
          return Evidence.EMPTY;
        }
        if (e == Evidence.PLAYLIST_ONLY && headings.read(text(h, names)).speakerPart().isPresent()) {
          return Evidence.TALK; // "Title - Speaker": the heading names who gives it
        }
        return e;
      }

      @Override
      public boolean introHoldsEntries(int from, int to) {
        return lists.holdsTalks(source, from, to, false);
      }

      @Override
      public EntryEvidence entryEvidence(Heading h, int end) {
        return lists.entryEvidence(h, end);
      }

      @Override
      public boolean namesNotTalks(Heading h) {
        return Vocabulary.namesNotTalks(text(h, names));
      }
    });
    String title = "";
    if (plan.title() != null) {
      Heading t = plan.title();
      title = markdown.readInline(t.rawText(), t.line(), t.column()).text();
    } else if (!source.isBlank()) {
      sink.report(Severity.WARNING, Rules.MISSING_TITLE, 1, 1,
          "the document does not start with a level-1 heading; the catalog title is empty");
    }
    Intro intro = new Intro();
    readIntroduction(source, plan.introFrom(), plan.introTo(), intro, plan.introEntries() ? lists : null, sink);

    // Talk sections are read on their own, so a large catalog reads them in parallel (a stream
    // over the heading-talk regions); talks written as entries are read in order (their reader
    // learns from earlier entries). Each slot is a region's entries or its heading talk.
    List<Object> slots = new ArrayList<>();
    List<HeadingTalkRead> sectionReads = new ArrayList<>();
    for (Region region : plan.regions()) {
      if (region instanceof Region.Entries e) {
        slots.add(lists.read(source, e.from(), e.to(), text(e.heading(), names), true, sink));
      } else if (region instanceof Region.NotTalks n) {
        EntryEvidence c = n.evidence();
        sink.report(Severity.INFO, Rules.NOT_A_TALK, c.line(), c.column(),
            c.entries() + (c.entries() == 1 ? " entry" : " entries") + " under '" + text(n.heading(), names)
                + "' not read as talks: " + (n.named() ? "the heading names things that are not talks"
                    : c.recorded() + " of them carry a video link and " + c.withSpeaker()
                        + " name a speaker, while the document's talks carry videos"));
      } else if (region instanceof Region.Ignored i && i.evidence() != null) {
        Heading h = i.heading();
        sink.report(Severity.INFO, Rules.HEADING_NOT_A_TALK, h.line(), h.column(),
            "heading '" + text(h, names) + "' is not read as a talk: " + switch (i.evidence()) {
              case PLAYLIST_ONLY -> "it only links a playlist";
              case EVENT_LINKS -> "it names an event and its body holds only links";
              case EMPTY -> "its body holds no text (nothing, links only or an empty table), and the document's "
                  + "talks are in sections of entries";
              default -> "it carries no video, field or speaker line, and the document's talks are elsewhere";
            });
      } else if (region instanceof Region.HeadingTalk h) {
        HeadingTalkRead read = new HeadingTalkRead(h, h.section() == null ? null : text(h.section(), names));
        sectionReads.add(read);
        slots.add(read);
      }
    }
    Stream<HeadingTalkRead> reads = sectionReads.size() >= PARALLEL_THRESHOLD
        ? sectionReads.parallelStream() : sectionReads.stream();
    Iterator<TalkDraft> headingTalks = reads
        .map(r -> talks.read(source, r.region().heading(), r.region().end(), r.section(), sink))
        .toList().iterator();
    lists.finish(sink);
    List<TalkDraft> all = new ArrayList<>();
    intro.talks.forEach(b -> all.add(b.build()));
    for (Object slot : slots) {
      if (slot instanceof HeadingTalkRead) {
        all.add(headingTalks.next());
      } else {
        @SuppressWarnings("unchecked")
        List<TalkDraft.Builder> entries = (List<TalkDraft.Builder>) slot;
        entries.forEach(b -> all.add(b.build()));
      }
    }
    BodyScan.reportUnread(map, all, sink);
    return new CatalogDraft(title, intro.description, intro.descriptionLine, intro.collection,
        intro.declaredCount, intro.countIsLowerBound, all, Structure.of(plan));
  }

  /** A heading-talk region to read, with its section's text. */
  private record HeadingTalkRead(Region.HeadingTalk region, String section) {}

  /** A heading's plain text, read once per heading. */
  private String text(Heading h, Map<Heading, String> names) {
    return names.computeIfAbsent(h, k -> markdown.readInline(k.rawText(), k.line(), k.column()).text());
  }

  /**
   * Reads a detail page (layout L3): its first heading is the talk's heading, the rest its fields,
   * image and summary (under {@code ## Description}).
   *
   * @param page the page's line map, as the source stage built it
   * @return the talk as the page gives it; {@code heading} is {@code ""} when the page has none
   */
  public TalkDraft readPage(LineMap page) {
    return talks.readPage(page);
  }

  private void readIntroduction(SourceText source, int from, int to, Intro draft, ListLayout lists,
      DiagnosticSink sink) {
    if (to <= from) {
      return;
    }
    List<Block> blocks = markdown.read(source.text(from, to), from);
    List<TalkDraft.Builder> entries = indexEntries(blocks);
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
            HeadingTalkReader.leadingNumber(link.text()).ifPresent(c::size);
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
  private List<TalkDraft.Builder> indexEntries(List<Block> blocks) {
    List<TalkDraft.Builder> entries = new ArrayList<>();
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
      TalkDraft.Builder talk = new TalkDraft.Builder();
      Inline entry = pending.inline();
      talk.line = entry.line();
      talk.column = entry.column();
      talk.heading = entry.text();
      talks.readHeadingText(talk, entry.text(), true);
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
    if (!Vocabulary.isDetailLabel(label)) {
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
}
