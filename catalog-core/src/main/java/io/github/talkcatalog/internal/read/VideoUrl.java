package io.github.talkcatalog.internal.read;

import io.github.talkcatalog.model.Video;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads YouTube URLs: video ids, start offsets and playlist ids.
 *
 * <p>Accepted forms (see {@code docs/layouts.md}, "Video links"): {@code youtube.com/watch?v=ID},
 * {@code youtu.be/ID}, {@code youtube.com/embed/ID}, {@code /shorts/ID}, {@code /live/ID},
 * {@code /v/ID}, the {@code www.} and {@code m.} hosts, {@code music.youtube.com},
 * {@code youtube-nocookie.com}, and thumbnails {@code img.youtube.com/vi/ID/...} and
 * {@code i.ytimg.com/vi/ID/...}; extra parameters in any order. An id is exactly 11 characters of
 * {@code [A-Za-z0-9_-]}. Hosts are compared exactly, so a lookalike such as
 * {@code youtube.com.example.net} is not YouTube.
 */
public final class VideoUrl {

  private VideoUrl() {}

  /** A YouTube video reference: its id and optional start offset in seconds. */
  public record YouTubeRef(String id, OptionalInt start) {}

  /**
   * Reads a YouTube video URL.
   *
   * @param url any string
   * @return the video's id and start offset, or empty when {@code url} is not a YouTube video URL
   *     (a playlist URL, another host, not a URL)
   */
  public static Optional<YouTubeRef> youtube(String url) {
    URI uri = parse(url);
    if (uri == null || uri.getRawAuthority() == null) {
      return Optional.empty();
    }
    String host = host(uri);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String query = uri.getRawQuery();
    String id = null;
    if (host.equals("youtu.be")) {
      id = segment(path, 0);
    } else if (isYouTubeHost(host)) {
      String first = segment(path, 0);
      if (first == null) {
        return Optional.empty();
      }
      switch (first) {
        case "watch" -> id = param(query, "v");
        case "embed", "shorts", "live", "v", "e" -> id = segment(path, 1);
        default -> id = null;
      }
    } else if (host.equals("img.youtube.com") || host.equals("i.ytimg.com") || host.equals("i3.ytimg.com")) {
      if ("vi".equals(segment(path, 0)) || "vi_webp".equals(segment(path, 0))) {
        id = segment(path, 1);
      }
    }
    if (id == null || !Video.isYouTubeId(id) || id.equals("videoseries")) {
      return Optional.empty();
    }
    OptionalInt start = seconds(param(query, "t"));
    if (start.isEmpty()) {
      start = seconds(param(query, "start"));
    }
    if (start.isEmpty()) {
      start = seconds(param(query, "time_continue"));
    }
    if (start.isEmpty() && uri.getRawFragment() != null && uri.getRawFragment().startsWith("t=")) {
      start = seconds(uri.getRawFragment().substring(2));
    }
    return Optional.of(new YouTubeRef(id, start));
  }

  /**
   * Reads the playlist id of a YouTube playlist URL ({@code youtube.com/playlist?list=PL...}).
   *
   * @param url any string
   * @return the {@code list=} id, ASCII letters, digits, {@code _} and {@code -}; empty when
   *     {@code url} is not a YouTube playlist URL or the id holds other characters
   */
  public static Optional<String> playlistId(String url) {
    URI uri = parse(url);
    if (uri == null || uri.getRawAuthority() == null || !isYouTubeHost(host(uri))) {
      return Optional.empty();
    }
    String list = param(uri.getRawQuery(), "list");
    if (list == null || list.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      boolean ascii = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
      if (!(ascii || c == '_' || c == '-')) {
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

  private static boolean isYouTubeHost(String host) {
    return host.equals("youtube.com") || host.equals("www.youtube.com") || host.equals("m.youtube.com")
        || host.equals("music.youtube.com") || host.equals("youtube-nocookie.com")
        || host.equals("www.youtube-nocookie.com");
  }

  private static URI parse(String url) {
    String u = url.strip().replace("&amp;", "&");
    if (u.startsWith("//")) {
      u = "https:" + u;
    } else if (!u.contains("://")) {
      String lower = u.toLowerCase(Locale.ROOT);
      if (lower.startsWith("youtu") || lower.startsWith("www.youtu") || lower.startsWith("m.youtu")) {
        u = "https://" + u;
      } else {
        return null;
      }
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null;
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static String host(URI uri) {
    String host = uri.getHost();
    if (host == null) {
      return "";
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  private static String segment(String path, int index) {
    int i = 0;
    int start = 0;
    String p = path.startsWith("/") ? path.substring(1) : path;
    while (true) {
      int slash = p.indexOf('/', start);
      int end = slash < 0 ? p.length() : slash;
      if (i == index) {
        String s = p.substring(start, end);
        return s.isEmpty() ? null : s;
      }
      if (slash < 0) {
        return null;
      }
      start = slash + 1;
      i++;
    }
  }

  private static String param(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        return eq < 0 ? "" : pair.substring(eq + 1);
      }
    }
    return null;
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
