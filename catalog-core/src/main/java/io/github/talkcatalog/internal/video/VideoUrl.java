package io.github.talkcatalog.internal.video;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads YouTube URLs: video ids, start offsets and playlist ids. The one place that decides what a
 * YouTube single-video URL is; {@link io.github.talkcatalog.model.Video#fromUrl(String)} and the
 * parser both call it.
 *
 * <p>The forms read as one video are those yt-dlp's {@code YoutubeIE} reads as one video (see
 * {@code docs/layouts.md}, "Video links", and {@code VideoUrlTest}'s table): on the hosts
 * {@code youtube.com}, {@code youtubekids.com} and {@code youtube-nocookie.com}, each with at most
 * one sub-domain label ({@code www.}, {@code m.}, {@code music.}, {@code gaming.}, …), and
 * {@code youtube.googleapis.com}:
 * <ul>
 *   <li>{@code /watch?v=ID}, also {@code /watch/?v=}, {@code /?v=}, {@code /watch_popup?v=},
 *       {@code /watch.php?v=}, {@code /movie?v=}; the {@code v} parameter anywhere in the query,
 *       parameters separated by {@code &} or {@code ;} (so {@code &amp;}-escaped queries read);
 *       the first {@code v} wins;</li>
 *   <li>the same parameters in a fragment: {@code /#!v=ID}, {@code /watch#v=ID};</li>
 *   <li>{@code /v/ID}, {@code /e/ID}, {@code /embed/ID}, {@code /shorts/ID}, {@code /live/ID}
 *       (but not {@code embed/videoseries} or {@code embed/live_stream}, which name a playlist and
 *       a channel);</li>
 *   <li>a redirect fragment: anything, then {@code #/} and one of the forms above
 *       ({@code m.youtube.com/#/watch?v=ID}, {@code youtube.com/tv#/watch?v=ID});</li>
 *   <li>{@code /attribution_link?…&u=/watch%3Fv%3DID…}: the percent-decoded {@code u} parameter
 *       read as one of the forms above;</li>
 *   <li>{@code consent.youtube.com/m?continue=URL}: the percent-decoded URL read as one of these
 *       forms;</li>
 * </ul>
 * and {@code youtu.be/ID}. The scheme is {@code http}, {@code https}, {@code //} or, when the
 * text starts with one of these hosts, none. An id is 11 characters of {@code [A-Za-z0-9_-]}: the
 * longest run of those characters where the id stands must be exactly 11 long, so
 * {@code youtu.be/ID&t=5} reads and a 10- or 12-character value does not. A {@code list=}
 * parameter next to a video id does not make the URL a playlist. Hosts are compared exactly
 * (case-insensitively), so a lookalike such as {@code youtube.com.example.net} is not YouTube.
 * Mirror and front-end hosts (Invidious instances, {@code hooktube.com}, {@code vid.plus}, …) are
 * out of scope. Thumbnails {@code img.youtube.com/vi/ID/…} and {@code i.ytimg.com/vi/ID/…}
 * ({@code vi_webp/} too, and {@code i1.ytimg.com} to {@code i9.ytimg.com}) give their video id.
 *
 * <p>The reader is a single left-to-right scan per part; it uses no regular expression and never
 * throws on a non-null string.
 */
public final class VideoUrl {

  private VideoUrl() {}

  /** A YouTube video reference: its id and optional start offset in seconds. */
  public record YouTubeRef(String id, OptionalInt start) {}

  /** A URL split into its parts; {@code query} and {@code fragment} are null when absent. */
  private record Parts(String host, String path, String query, String fragment) {}

  /**
   * Reads a YouTube video URL.
   *
   * @param url any string
   * @return the video's id and start offset, or empty when {@code url} is not a YouTube
   *     single-video URL (a playlist, channel or search URL, another host, not a URL)
   */
  public static Optional<YouTubeRef> youtube(String url) {
    return youtube(url, true);
  }

  /** @param redirects whether a cookie-consent redirect may still be followed; one level only */
  private static Optional<YouTubeRef> youtube(String url, boolean redirects) {
    Parts p = split(url);
    if (p == null) {
      return Optional.empty();
    }
    if (p.host.equals("consent.youtube.com")) {
      String target = redirects && "m".equals(segment(p.path, 0)) && segment(p.path, 1) == null
          ? percentDecode(param(p.query, "continue"))
          : null;
      return target == null ? Optional.empty() : youtube(target, false);
    }
    if (p.host.equals("youtu.be")) {
      String id = idAt(segment(p.path, 0));
      return id == null ? Optional.empty() : Optional.of(new YouTubeRef(id, start(p.query, p.fragment)));
    }
    if (isThumbnailHost(p.host)) {
      String first = segment(p.path, 0);
      boolean vi = "vi".equals(first) || "vi_webp".equals(first);
      String id = vi ? idAt(segment(p.path, 1)) : null;
      return id == null ? Optional.empty() : Optional.of(new YouTubeRef(id, OptionalInt.empty()));
    }
    if (!isYouTubeHost(p.host)) {
      return Optional.empty();
    }
    return onYouTubeHost(p.path, p.query, p.fragment, true);
  }

  /**
   * Reads a YouTube video URL, or a bare id: what a {@code Video:} field may hold.
   *
   * @param text any string; surrounding white space is ignored
   * @return the id and start offset of the URL, or the id itself with no start when {@code text}
   *     is exactly one id; empty otherwise
   */
  public static Optional<YouTubeRef> youtubeOrId(String text) {
    String s = text.strip();
    if (isYouTubeId(s)) {
      return Optional.of(new YouTubeRef(s, OptionalInt.empty()));
    }
    return youtube(s);
  }

  /** Labels of a {@code Label: value} field whose value may be a bare video id. */
  private static final Set<String> ID_FIELD_LABELS = Set.of("video", "videos", "youtube", "yt", "recording");

  /**
   * Reads the text of a {@code Label: value} field that holds no link: in a {@code Video:},
   * {@code YouTube:} or {@code Recording:} field, a bare id ({@code - Video: ID}) or a URL the
   * Markdown reader did not link ({@code youtu.be/ID}) is the talk's video.
   *
   * @param label the field's label as written, or null
   * @param value the text after the colon
   * @return the id and start offset; empty for another label or another value
   */
  public static Optional<YouTubeRef> fieldValue(String label, String value) {
    if (label == null || !ID_FIELD_LABELS.contains(label.strip().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    return youtubeOrId(value);
  }

  /**
   * Reads the playlist id of a YouTube playlist URL ({@code youtube.com/playlist?list=PL...}).
   *
   * @param url any string
   * @return the {@code list=} id, ASCII letters, digits, {@code _} and {@code -}; empty when
   *     {@code url} is not a YouTube playlist URL or the id holds other characters
   */
  public static Optional<String> playlistId(String url) {
    Parts p = split(url);
    if (p == null || !isYouTubeHost(p.host)) {
      return Optional.empty();
    }
    String list = param(p.query, "list");
    if (list == null || list.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < list.length(); i++) {
      if (!isIdChar(list.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(list);
  }

  /**
   * Whether {@code url} is a YouTube playlist page: a {@code list=} id and no video of its own.
   *
   * @param url any string
   * @return true for a playlist URL
   */
  public static boolean isPlaylist(String url) {
    return playlistId(url).isPresent() && youtube(url).isEmpty();
  }

  /**
   * The single-video forms on a YouTube host.
   *
   * @param nested whether a redirect ({@code #/}, {@code attribution_link}) may still be followed;
   *     one level only
   */
  private static Optional<YouTubeRef> onYouTubeHost(String path, String query, String fragment, boolean nested) {
    if (nested && fragment != null && fragment.startsWith("/")) {
      int q = fragment.indexOf('?');
      String innerPath = q < 0 ? fragment : fragment.substring(0, q);
      String innerQuery = q < 0 ? null : fragment.substring(q + 1);
      Optional<YouTubeRef> inner = onYouTubeHost(innerPath, innerQuery, null, false);
      if (inner.isPresent()) {
        return inner;
      }
    }
    String first = segment(path, 0);
    String id = null;
    if (first == null || isWatchPage(first) && segment(path, 1) == null) {
      id = param(query, "v");
      if (id == null && fragment != null) {
        id = param(fragment.startsWith("!") ? fragment.substring(1) : fragment, "v");
      }
    } else if (first.equals("v") || first.equals("e") || first.equals("embed") || first.equals("shorts")
        || first.equals("live")) {
      String second = segment(path, 1);
      if (second != null && !second.startsWith("videoseries") && !second.startsWith("live_stream")) {
        id = second;
      }
    } else if (nested && first.equals("attribution_link") && segment(path, 1) == null) {
      String target = percentDecode(param(query, "u"));
      if (target != null && target.startsWith("/")) {
        int q = target.indexOf('?');
        String innerPath = q < 0 ? target : target.substring(0, q);
        String innerQuery = q < 0 ? null : target.substring(q + 1);
        return onYouTubeHost(innerPath, innerQuery, null, false);
      }
    }
    id = idAt(id);
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(new YouTubeRef(id, start(query, fragment)));
  }

  /** {@code watch}, {@code movie}, each optionally with {@code _popup} and then {@code .php}. */
  private static boolean isWatchPage(String segment) {
    String s = segment.endsWith(".php") ? segment.substring(0, segment.length() - 4) : segment;
    s = s.endsWith("_popup") ? s.substring(0, s.length() - 6) : s;
    return s.equals("watch") || s.equals("movie");
  }

  /**
   * The id at the start of {@code value}: its leading run of id characters when that run is
   * exactly 11 long; null otherwise.
   */
  private static String idAt(String value) {
    if (value == null) {
      return null;
    }
    int n = 0;
    while (n < value.length() && n <= 11 && isIdChar(value.charAt(n))) {
      n++;
    }
    return n == 11 ? value.substring(0, 11) : null;
  }

  /**
   * Whether {@code s} is exactly 11 characters of {@code [A-Za-z0-9_-]}, the shape of a YouTube
   * video id.
   */
  public static boolean isYouTubeId(String s) {
    if (s.length() != 11) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isIdChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIdChar(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
  }

  private static OptionalInt start(String query, String fragment) {
    OptionalInt start = seconds(param(query, "t"));
    if (start.isEmpty()) {
      start = seconds(param(query, "start"));
    }
    if (start.isEmpty()) {
      start = seconds(param(query, "time_continue"));
    }
    if (start.isEmpty() && fragment != null && fragment.startsWith("t=")) {
      start = seconds(fragment.substring(2));
    }
    return start;
  }

  /** YouTube's own hosts: see the class comment. */
  private static boolean isYouTubeHost(String host) {
    if (host.equals("youtube.googleapis.com")) {
      return true;
    }
    for (String domain : new String[] {"youtube.com", "youtubekids.com", "youtube-nocookie.com"}) {
      if (host.equals(domain)) {
        return true;
      }
      if (host.endsWith("." + domain)) {
        String label = host.substring(0, host.length() - domain.length() - 1);
        return isLabel(label);
      }
    }
    return false;
  }

  /** One DNS label of letters, digits and {@code _}, as yt-dlp's {@code \w+\.} takes. */
  private static boolean isLabel(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isThumbnailHost(String host) {
    return host.equals("img.youtube.com") || host.equals("i.ytimg.com")
        || host.length() == 12 && host.startsWith("i") && host.endsWith(".ytimg.com")
            && host.charAt(1) >= '1' && host.charAt(1) <= '9';
  }

  /**
   * Splits an http(s) URL into lower-cased host (no user info, port or trailing dot), path, query
   * and fragment; a URL without a scheme is taken when it starts with a YouTube host. Null when
   * {@code url} is not such a URL.
   */
  private static Parts split(String url) {
    String u = url.strip();
    int rest;
    int colon = u.indexOf("://");
    if (u.startsWith("//")) {
      rest = 2;
    } else if (colon > 0 && isScheme(u.substring(0, colon))) {
      String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return null;
      }
      rest = colon + 3;
    } else {
      rest = 0;
    }
    int end = rest;
    while (end < u.length() && "/?#".indexOf(u.charAt(end)) < 0) {
      end++;
    }
    String authority = u.substring(rest, end);
    String host = authority.substring(authority.lastIndexOf('@') + 1);
    int port = host.indexOf(':');
    if (port >= 0) {
      host = host.substring(0, port);
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.isEmpty()) {
      return null;
    }
    if (rest == 0 && (authority.indexOf('@') >= 0
        || !(host.equals("youtu.be") || isYouTubeHost(host) || isThumbnailHost(host)))) {
      return null;
    }
    String tail = u.substring(end);
    int hash = tail.indexOf('#');
    String fragment = hash < 0 ? null : tail.substring(hash + 1);
    String beforeHash = hash < 0 ? tail : tail.substring(0, hash);
    int question = beforeHash.indexOf('?');
    String path = question < 0 ? beforeHash : beforeHash.substring(0, question);
    String query = question < 0 ? null : beforeHash.substring(question + 1);
    return new Parts(host, path, query, fragment);
  }

  /** Letters, then letters, digits, {@code +}, {@code -} or {@code .}: a URI scheme (RFC 3986). */
  private static boolean isScheme(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      boolean letter = c >= 'a' && c <= 'z';
      if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
        return false;
      }
    }
    return true;
  }

  /** The {@code index}-th path segment (0-based); null past the end or when that segment is empty. */
  private static String segment(String path, int index) {
    int i = 0;
    int start = path.startsWith("/") ? 1 : 0;
    while (true) {
      int slash = path.indexOf('/', start);
      int end = slash < 0 ? path.length() : slash;
      if (i == index) {
        return end > start ? path.substring(start, end) : null;
      }
      if (slash < 0) {
        return null;
      }
      start = slash + 1;
      i++;
    }
  }

  /**
   * The value of the first parameter called {@code name}; parameters are separated by {@code &}
   * or {@code ;}. Empty for a name without {@code =}; null when absent or {@code query} is null.
   */
  private static String param(String query, String name) {
    if (query == null) {
      return null;
    }
    int start = 0;
    while (start <= query.length()) {
      int end = start;
      while (end < query.length() && query.charAt(end) != '&' && query.charAt(end) != ';') {
        end++;
      }
      if (query.startsWith(name, start)) {
        int after = start + name.length();
        if (after == end) {
          return "";
        }
        if (query.charAt(after) == '=') {
          return query.substring(after + 1, end);
        }
      }
      start = end + 1;
    }
    return null;
  }

  /**
   * Decodes {@code %XX} escapes of ASCII characters; other escapes and malformed ones are kept as
   * written. Null for null.
   */
  private static String percentDecode(String s) {
    if (s == null || s.indexOf('%') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length()) {
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi >= 0 && lo >= 0 && hi < 8) {
          b.append((char) (hi * 16 + lo));
          i += 2;
          continue;
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Reads a start offset: {@code 90}, {@code 90s}, {@code 1m30s}, {@code 1h2m3s}.
   *
   * @param value the parameter value, or null
   * @return seconds, or empty when absent or malformed
   */
  static OptionalInt seconds(String value) {
    if (value == null || value.isEmpty() || value.length() > 20) {
      return OptionalInt.empty();
    }
    long total = 0;
    long number = -1;
    boolean unitSeen = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        number = (number < 0 ? 0 : number) * 10 + (c - '0');
      } else if (number >= 0 && (c == 'h' || c == 'm' || c == 's')) {
        total += number * (c == 'h' ? 3600 : c == 'm' ? 60 : 1);
        number = -1;
        unitSeen = true;
      } else {
        return OptionalInt.empty();
      }
    }
    if (number >= 0) {
      if (unitSeen) {
        return OptionalInt.empty();
      }
      total += number;
    }
    return total > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) total);
  }
}
