package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.internal.layout.EntryScanner.Row;
import io.github.talkcatalog.internal.layout.EntryScanner.Table;
import io.github.talkcatalog.internal.layout.ListLayout.Candidate;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.markdown.Inline;
import io.github.talkcatalog.internal.markdown.InlineLink;
import io.github.talkcatalog.internal.read.LinkPolicy;
import io.github.talkcatalog.internal.read.SpeakerReader;
import io.github.talkcatalog.internal.read.TalkHalves;
import io.github.talkcatalog.internal.read.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads talks from a pipe table (layout A11). Columns are found by their header names: a title
 * column ({@code Title}, {@code Topic}, {@code Talk}, {@code Session}), a speaker column
 * ({@code Speaker}, {@code Presenter}, {@code Author}), a video column ({@code Video},
 * {@code Watch Here}, {@code Recording}, {@code YouTube}) and a slides column ({@code Slides},
 * {@code Slide Deck}), which names the talk when there is no title column. Links in any other
 * column go to the talk's links; their text is ignored.
 */
final class TableLayout {

  private TableLayout() {}

  private record Columns(int title, int speaker, int video, int slides) {
    int name() {
      return title >= 0 ? title : slides;
    }
  }

  private static Columns columns(List<String> header) {
    int title = -1;
    int speaker = -1;
    int video = -1;
    int slides = -1;
    for (int i = 0; i < header.size(); i++) {
      Vocabulary.Column role = Vocabulary.column(header.get(i));
      if (title < 0 && role == Vocabulary.Column.TITLE) {
        title = i;
      } else if (speaker < 0 && role == Vocabulary.Column.SPEAKER) {
        speaker = i;
      } else if (video < 0 && role == Vocabulary.Column.VIDEO) {
        video = i;
      } else if (slides < 0 && role == Vocabulary.Column.SLIDES) {
        slides = i;
      }
    }
    return new Columns(title, speaker, video, slides);
  }

  /**
   * The columns by header words, then by content where the headers leave a role open: the column
   * where at least half the filled cells hold a video link is the video column; in a table without
   * header text, the column where at least half the filled cells read as personal names is the
   * speaker column, and the column with the longest text the title column.
   */
  private static Columns columns(Table table, ListLayout lists) {
    Columns byHeader = columns(table.header());
    if (table.rows().isEmpty() || byHeader.video() >= 0 && byHeader.name() >= 0) {
      return byHeader;
    }
    int width = 0;
    for (Row r : table.rows()) {
      width = Math.max(width, r.cells().size());
    }
    int[] filled = new int[width];
    int[] videos = new int[width];
    int[] names = new int[width];
    long[] length = new long[width];
    for (Row r : table.rows()) {
      for (int i = 0; i < r.cells().size(); i++) {
        Inline cell = lists.inline(r.cells().get(i), r.line());
        if (cell.text().isEmpty() && cell.links().isEmpty()) {
          continue;
        }
        filled[i]++;
        length[i] += cell.text().length();
        if (cell.links().stream().anyMatch(l -> !l.image() && LinkPolicy.isVideo(l.url()))) {
          videos[i]++;
        }
        if (SpeakerReader.asPersonName(cell.text()).isPresent()) {
          names[i]++;
        }
      }
    }
    int video = byHeader.video();
    for (int i = 0; i < width && video < 0; i++) {
      if (filled[i] > 0 && videos[i] * 2 >= filled[i]) {
        video = i;
      }
    }
    boolean headerless = table.header().stream().allMatch(h -> h.replace("*", "").isBlank());
    int speaker = byHeader.speaker();
    int title = byHeader.title();
    if (headerless) {
      for (int i = 0; i < width && speaker < 0; i++) {
        if (filled[i] > 0 && names[i] * 2 >= filled[i] && names[i] > videos[i]) {
          speaker = i;
        }
      }
      long best = 0;
      for (int i = 0; i < width; i++) {
        if (i != speaker && filled[i] > 0 && length[i] / filled[i] > best) {
          best = length[i] / filled[i];
          title = i;
        }
      }
    }
    return new Columns(title, speaker, video, byHeader.slides());
  }

  /** Whether the table has a column naming talks and one with their speakers or videos. */
  static boolean isTalkTable(Table table, ListLayout lists) {
    return isTalkTable(table, columns(table, lists));
  }

  private static boolean isTalkTable(Table table, Columns c) {
    return c.name() >= 0 && (c.speaker() >= 0 || c.video() >= 0) && !table.rows().isEmpty();
  }

  static List<Candidate> read(Table table, ListLayout lists) {
    List<Candidate> out = new ArrayList<>();
    Columns c = columns(table, lists);
    if (!isTalkTable(table, c)) {
      return out;
    }
    for (Row row : table.rows()) {
      Candidate candidate = row(table, row, c, lists);
      if (candidate != null) {
        out.add(candidate);
      }
    }
    return out;
  }

  private static Candidate row(Table table, Row row, Columns c, ListLayout lists) {
    List<String> cells = row.cells();
    if (c.name() >= cells.size()) {
      return null;
    }
    Inline name = lists.inline(cells.get(c.name()), row.line());
    if (name.text().isEmpty() || name.text().equals("-")) {
      return null;
    }
    TalkDraft.Builder t = new TalkDraft.Builder();
    t.line = row.line();
    t.column = 1;
    t.heading = name.text();
    String work = ListLayout.clean(ListLayout.takeDurationAndYear(t, name.text()));
    TalkHalves.Split split = null;
    if (c.speaker() >= 0 && c.speaker() < cells.size()) {
      Inline speaker = lists.inline(cells.get(c.speaker()), row.line());
      t.labels = lists.labels(work);
      t.title = lists.withoutLabels(work);
      t.speakerPart = speaker.text().isEmpty() || speaker.text().equals("-") ? null : speaker.text();
      for (InlineLink l : speaker.links()) {
        ListLayout.sortLink(t, ListLayout.label(l), l, false);
      }
    } else {
      split = lists.split(work);
      t.labels = split.labels();
      t.title = split.title();
      t.speakerPart = split.speakerPart().orElse(null);
      t.event = split.event().orElse(null);
    }
    if (t.title.isEmpty()) {
      return null;
    }
    boolean linked = false;
    for (int i = 0; i < cells.size(); i++) {
      if (i == c.speaker()) {
        continue;
      }
      Inline cell = i == c.name() ? name : lists.inline(cells.get(i), row.line());
      String header = i < table.header().size() ? table.header().get(i).strip() : "";
      for (InlineLink l : cell.links()) {
        String label = ListLayout.label(l);
        linked |= ListLayout.sortLink(t, label.isEmpty() ? header : label, l, i == c.video());
      }
    }
    return new Candidate(t, linked, split != null && split.unsure(), split != null && split.speakerFirst());
  }
}
