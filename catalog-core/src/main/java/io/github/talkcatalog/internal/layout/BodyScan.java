package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.Rules;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.Heading;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.plan.Evidence;
import io.github.talkcatalog.internal.read.LinkPolicy;
import io.github.talkcatalog.internal.read.Vocabulary;
import io.github.talkcatalog.internal.video.VideoUrl;
import io.github.talkcatalog.model.Link;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Line-level looks at a document's bodies, without a Markdown parser: the talk evidence a heading's
 * own body carries (for the planner), and the video links that produced no talk (for the
 * {@code talks-not-read} diagnostic). Linear in the text.
 */
final class BodyScan {

  private BodyScan() {}

  /** A URL written on a line, at a 1-based column. */
  record Url(int line, int column, String url) {}

  /** The {@code http(s)://} URLs of one line, and the video URLs that embeds stand for. */
  static List<Url> urls(int number, String line) {
    List<Url> out = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = line.indexOf("http", from);
      if (at < 0) {
        break;
      }
      int end = at;
      while (end < line.length() && " \t)\"'<>]|".indexOf(line.charAt(end)) < 0) {
        end++;
      }
      String url = line.substring(at, end);
      if (url.startsWith("http://") || url.startsWith("https://")) {
        out.add(new Url(number, at + 1, url));
      }
      from = Math.max(end, at + 4);
    }
    return out;
  }

  /** A line holding a site-generator embed ({@code {{< youtube … >}}}, {@code <YouTube id=…/>}). */
  private static boolean embed(String lower) {
    return (lower.contains("{{<") || lower.contains("{{%")) && (lower.contains("youtube") || lower.contains("vimeo"))
        || lower.contains("<youtube");
  }

  /**
   * What heading {@code h} and its own body show: a video link (not a playlist), an embed, a field
   * bullet or a speaker line make it a talk; only playlist links make it an event.
   */
  static Evidence evidence(LineMap map, Heading h, int end) {
    boolean playlist = false;
    for (int n = h.line(); n < end && n <= map.source().lineCount(); n++) {
      if (map.hidden(n)) {
        continue;
      }
      String line = map.source().line(n);
      String lower = line.toLowerCase(Locale.ROOT);
      List<Url> urls = urls(n, line);
      if (n > h.lastLine() && embed(lower)) {
        if (!urls.isEmpty() && urls.stream().allMatch(u -> isPlaylist(u.url(), lower))) {
          playlist = true; // <YouTubeIframe src=".../embed/playlist?list=..."/>: an event's playlist
          continue;
        }
        return Evidence.TALK;
      }
      for (Url u : urls) {
        if (isPlaylist(u.url(), lower)) {
          playlist = true;
        } else if (LinkPolicy.isVideo(u.url())) {
          return Evidence.TALK;
        }
      }
      if (n > h.lastLine() && (fieldOrSpeakerLine(map, n, line))) {
        return Evidence.TALK;
      }
    }
    return playlist ? Evidence.PLAYLIST_ONLY : Evidence.NONE;
  }

  /**
   * Whether every line of heading {@code h}'s own body (up to line {@code end}) that is not blank
   * or hidden is made of links and the separators between them ({@code [Slides](…) + [Event](…)}):
   * no sentence, no speaker line. An empty body is not.
   */
  static boolean onlyLinks(LineMap map, Heading h, int end) {
    boolean any = false;
    for (int n = h.lastLine() + 1; n < end && n <= map.source().lineCount(); n++) {
      String line = map.source().line(n).strip();
      if (map.hidden(n) || line.isEmpty()) {
        continue;
      }
      any = true;
      if (!TalkBlocks.onlyLinks(line)) {
        return false;
      }
    }
    return any;
  }

  /**
   * Whether heading {@code h}'s own body (up to line {@code end}) holds no text: every line that is
   * not blank or hidden is a thematic break, a table row ({@code | … |}) or links only. An empty
   * body holds none.
   */
  static boolean noText(LineMap map, Heading h, int end) {
    for (int n = h.lastLine() + 1; n < end && n <= map.source().lineCount(); n++) {
      String line = map.source().line(n).strip();
      if (map.hidden(n) || line.isEmpty() || map.kind(n) == LineMap.Kind.THEMATIC_BREAK) {
        continue;
      }
      if (!(line.startsWith("|") && line.endsWith("|") && noLetters(line)) && !TalkBlocks.onlyLinks(line)) {
        return false;
      }
    }
    return true;
  }

  private static boolean noLetters(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLetterOrDigit(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A playlist URL, or a video URL of a playlist on a line whose text (URLs aside) names it a playlist. */
  private static boolean isPlaylist(String url, String lowerLine) {
    if (VideoUrl.isPlaylist(url)) {
      return true;
    }
    if (VideoUrl.playlistId(url).isEmpty()) {
      return false;
    }
    String rest = lowerLine;
    int at;
    while ((at = rest.indexOf("http")) >= 0) {
      int end = at;
      while (end < rest.length() && " \t)\"'<>]|".indexOf(rest.charAt(end)) < 0) {
        end++;
      }
      rest = rest.substring(0, at) + " " + rest.substring(Math.max(end, at + 4));
    }
    return rest.contains("playlist");
  }

  private static boolean fieldOrSpeakerLine(LineMap map, int n, String line) {
    String t = line.strip();
    if (map.kind(n) == LineMap.Kind.LIST_ITEM) {
      t = t.substring(Math.min(t.length(), 2)).strip();
    }
    t = t.replace("*", "").replace("_", "").strip();
    int colon = t.indexOf(':');
    if (colon <= 0 || colon > 30 || t.substring(0, colon).contains("//")) {
      return false;
    }
    String label = t.substring(0, colon).strip().toLowerCase(Locale.ROOT);
    return map.kind(n) == LineMap.Kind.LIST_ITEM && Vocabulary.isFieldLabel(label)
        || Vocabulary.isSpeakerLabel(label) || Vocabulary.isVideoField(label);
  }

  /**
   * Reports, per part of the document between two headings, the YouTube video links that no talk
   * holds (as its video or one of its links): {@code talks-not-read}, at the first such link.
   * Playlist links are not counted.
   */
  static void reportUnread(LineMap map, List<TalkDraft> talks, DiagnosticSink sink) {
    Set<String> read = new HashSet<>();
    for (TalkDraft t : talks) {
      if (t.video() != null) {
        t.video().id().ifPresent(read::add);
      }
      for (Link l : t.links()) {
        VideoUrl.youtube(l.url()).ifPresent(r -> read.add(r.id()));
      }
    }
    int count = 0;
    Url first = null;
    Set<String> seen = new HashSet<>();
    int lines = map.source().lineCount();
    for (int n = 1; n <= lines + 1; n++) {
      boolean boundary = n > lines || map.kind(n) == LineMap.Kind.ATX_HEADING
          || map.kind(n) == LineMap.Kind.SETEXT_HEADING;
      if (boundary && count > 0) {
        sink.report(Severity.WARNING, Rules.TALKS_NOT_READ, first.line(), first.column(),
            count + (count == 1 ? " video link here produced" : " video links here produced")
                + " no talk; the first: " + first.url());
        count = 0;
        first = null;
      }
      if (n > lines || map.hidden(n)) {
        continue;
      }
      String line = map.source().line(n);
      String lower = line.toLowerCase(Locale.ROOT);
      for (Url u : urls(n, line)) {
        if (isPlaylist(u.url(), lower)) {
          continue;
        }
        String id = VideoUrl.youtube(u.url()).map(VideoUrl.YouTubeRef::id).orElse(null);
        if (id != null && !read.contains(id) && seen.add(id)) {
          count++;
          if (first == null) {
            first = u;
          }
        }
      }
    }
  }
}
