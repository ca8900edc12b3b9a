package io.github.talkcatalog.internal.read;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Every word list the region readers share, in one place: field labels, the labels and hosts that
 * mark a video link, link labels that name what a link is rather than a talk, speaker-line labels,
 * table header words. A new word goes here, with a test row in {@code VocabularyTest}; no reader
 * keeps a list of its own. (Job-title words, organization suffixes and event words live in
 * {@link Words}, the speaker readers' vocabulary.)
 */
public final class Vocabulary {

  private Vocabulary() {}

  /** Labels of {@code Label: value} lines that are fields of a talk, never talks of their own. */
  static final Set<String> FIELD_LABELS = Set.of(
      "link", "links", "video", "videos", "youtube", "slides", "details", "detail", "page", "url", "watch",
      "watch here", "recording", "recordings", "speaker", "speakers", "presenter", "presenters", "index",
      "event", "date", "time", "location", "where", "when", "venue", "room", "track", "tags", "tag", "code",
      "demo", "paper", "transcript", "notes", "note", "abstract", "description", "summary", "mirror",
      "audio", "blog", "source", "website", "level", "duration", "length", "language", "topics",
      "topic", "category", "todo", "images", "image", "photo", "photos", "resources", "by", "with");

  /** Field labels whose link is the talk's video ({@code - Video: URL}, {@code URL: URL}). */
  static final Set<String> VIDEO_FIELDS = Set.of(
      "link", "video", "videos", "youtube", "yt", "recording", "recordings", "url", "watch", "watch here",
      "talk", "cinema", "movie_camera", "tv", "vimeo", "watch video", "watch on youtube");

  /** Link texts that say the link is a recording ({@code [Video]}, {@code [:cinema:]}, {@code [Watch]}). */
  static final Set<String> VIDEO_LINK_LABELS = Set.of(
      "video", "videos", "youtube", "yt", "watch", "watch here", "recording", "cinema", "movie_camera",
      "tv", "vimeo", "watch video", "watch on youtube");

  /** Link texts that say what the link is rather than name the talk. */
  static final Set<String> GENERIC_LABELS = Set.of(
      "video", "videos", "slides", "slide", "slide deck", "deck", "youtube", "yt", "watch", "watch here",
      "recording", "mirror", "pdf", "code", "repo", "github", "notes", "event", "transcript", "blog",
      "link", "here", "playlist", "youtube playlist", "audio", "podcast", "cinema", "scroll",
      "movie_camera", "tv", "page", "details", "abstract", "paper", "demo", "website", "site", "source",
      "vimeo", "presentation", "talk", "watch video", "watch on youtube", "speakerdeck", "post",
      "article", "info", "more", "sched", "schedule");

  /** Hosts of video sites other than YouTube. */
  static final Set<String> VIDEO_HOSTS = Set.of(
      "vimeo.com", "player.vimeo.com", "www.vimeo.com", "dailymotion.com", "www.dailymotion.com",
      "bilibili.com", "www.bilibili.com", "twitch.tv", "www.twitch.tv", "confreaks.tv",
      "www.confreaks.tv", "media.ccc.de", "peertube.tv");

  /**
   * File name endings of a recording linked as a file ({@code talk.webm}). Not {@code .mov}: it is
   * also a top-level domain, and a profile path may end in a domain name ({@code /profile/ann.mov}).
   */
  static final Set<String> VIDEO_FILE_ENDINGS = Set.of(".webm", ".mp4", ".m4v", ".mkv", ".ogv", ".avi");

  /** Words of a section heading naming things that are not talks ({@code ## Blog posts}). */
  static final Set<String> NOT_TALK_SECTION_WORDS = Set.of(
      "blog", "blogs", "article", "articles", "post", "posts", "podcast", "podcasts", "book", "books",
      "course", "courses", "paper", "papers", "newsletter", "newsletters", "reading", "статьи", "статті",
      "книги", "подкасты", "文章", "博客");

  /** Words of a section heading naming talks, which outweigh {@link #NOT_TALK_SECTION_WORDS}. */
  static final Set<String> TALK_SECTION_WORDS = Set.of(
      "talk", "talks", "video", "videos", "presentation", "presentations", "recording", "recordings",
      "keynote", "keynotes", "session", "sessions", "webinar", "webinars", "доклады", "выступления",
      "видео", "演讲");

  /** Labels of a line naming who gives the talk ({@code Speaker: Name}, {@code with Name}). */
  static final Set<String> SPEAKER_LABELS =
      Set.of("speaker", "speakers", "presenter", "presenters", "presented by", "by", "with", "authors",
          "author", "hosts", "host", "panelists", "panellists", "спикер", "спикеры", "докладчик", "автор",
          "讲者", "演讲者");

  /** Labels of an index entry's link to the talk's own page. */
  static final Set<String> DETAIL_LABELS = Set.of("details", "detail", "page");

  /** Table header words of the column naming the talk. */
  static final Set<String> TITLE_HEADERS = Set.of("title", "topic", "talk", "talks", "session",
      "presentation", "subject", "talk title", "session title");
  /** Table header words of the speaker column. */
  static final Set<String> SPEAKER_HEADERS = Set.of("speaker", "speakers", "presenter", "presenters",
      "author", "authors", "by", "who", "speaker(s)");
  /** Table header words of the video column. */
  static final Set<String> VIDEO_HEADERS = Set.of("video", "videos", "watch", "watch here", "recording",
      "youtube", "link", "links", "watch video");
  /** Table header words of the slides column. */
  static final Set<String> SLIDES_HEADERS = Set.of("slides", "slide deck", "deck", "slide");

  /**
   * Whether {@code label} (any case, surrounding white space ignored) labels a field of a talk.
   *
   * @param label the text before a field's colon
   * @return true for a field label
   */
  public static boolean isFieldLabel(String label) {
    return FIELD_LABELS.contains(label.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a field with this label holds the talk's video.
   *
   * @param label the text before a field's colon, or null
   * @return true for {@code Video}, {@code Link}, {@code URL}, {@code Recording}, …
   */
  public static boolean isVideoField(String label) {
    return label != null && VIDEO_FIELDS.contains(label.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a link's text says the link is a recording.
   *
   * @param text the link text
   * @return true for {@code Video}, {@code [Watch]}, {@code :cinema:}, …
   */
  public static boolean isVideoLinkLabel(String text) {
    return VIDEO_LINK_LABELS.contains(normalizedLabel(text));
  }

  /**
   * Whether a link's text says what the link is rather than name a talk: a generic word, two
   * characters or fewer, or no letter at all.
   *
   * @param text the link text
   * @return true for {@code Video}, {@code [[Slides]]}, {@code :cinema:}, {@code 🎥}
   */
  public static boolean isGenericLabel(String text) {
    String n = normalizedLabel(text);
    return n.isEmpty() || n.length() <= 2 || GENERIC_LABELS.contains(n) || !hasLetters(text);
  }

  /**
   * Whether {@code label} introduces the speakers of a talk.
   *
   * @param label a lower-case label
   * @return true for {@code speaker}, {@code presented by}, {@code with}, …
   */
  public static boolean isSpeakerLabel(String label) {
    return SPEAKER_LABELS.contains(label);
  }

  /**
   * Whether {@code label} introduces an index entry's link to the talk's own page.
   *
   * @param label the label, any case
   * @return true for {@code Details}, {@code Detail}, {@code Page}
   */
  public static boolean isDetailLabel(String label) {
    return DETAIL_LABELS.contains(label.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code url}'s host is a video site other than YouTube.
   *
   * @param url a URL
   * @return true for Vimeo, Dailymotion, Bilibili, Twitch, Confreaks, media.ccc.de, PeerTube
   */
  public static boolean isVideoHost(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host != null && VIDEO_HOSTS.contains(host.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Whether {@code url} links a recording as a file: its path ends in a video file ending
   * ({@code .webm}, {@code .mp4}, {@code .m4v}, {@code .mkv}, {@code .ogv}, {@code .avi}; any
   * case).
   *
   * @param url a URL
   * @return true for {@code https://example.org/2031/room/queues.webm}
   */
  public static boolean isVideoFile(String url) {
    try {
      String path = URI.create(url.strip()).getPath();
      if (path == null) {
        return false;
      }
      String lower = path.toLowerCase(Locale.ROOT);
      int dot = lower.lastIndexOf('.');
      return dot > lower.lastIndexOf('/') && VIDEO_FILE_ENDINGS.contains(lower.substring(dot));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Whether a section heading's text names things that are not talks ({@code Blog posts},
   * {@code Articles}, {@code Podcasts}, {@code Books}) and no talks ({@code Talks and articles}
   * names talks). Words are split at every character that is not a letter; any case.
   *
   * @param heading a heading's plain text
   * @return true for {@code "Blogs"}, false for {@code "Talks & Blogs"} and {@code "KubeCon 2031"}
   */
  public static boolean namesNotTalks(String heading) {
    boolean notTalks = false;
    for (String word : heading.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (TALK_SECTION_WORDS.contains(word)) {
        return false;
      }
      notTalks |= NOT_TALK_SECTION_WORDS.contains(word);
    }
    return notTalks;
  }

  /** A table column's role, by its header words. */
  public enum Column { TITLE, SPEAKER, VIDEO, SLIDES, OTHER }

  /**
   * The role of a table column by its header text ({@code *} marks ignored, any case).
   *
   * @param header the header cell's text
   * @return the role, {@link Column#OTHER} when the header names none
   */
  public static Column column(String header) {
    String h = header.replace("*", "").strip().toLowerCase(Locale.ROOT);
    if (TITLE_HEADERS.contains(h)) {
      return Column.TITLE;
    }
    if (SPEAKER_HEADERS.contains(h)) {
      return Column.SPEAKER;
    }
    if (VIDEO_HEADERS.contains(h)) {
      return Column.VIDEO;
    }
    if (SLIDES_HEADERS.contains(h)) {
      return Column.SLIDES;
    }
    // a role word among other words or punctuation: "Watch (video)", "Talk link", "Recording [YT]";
    // a video word wins over a title word ("Talk link" holds the link)
    Column found = Column.OTHER;
    for (String word : words(h)) {
      if (VIDEO_HEADERS.contains(word) || word.equals("yt")) {
        return Column.VIDEO;
      }
      if (found == Column.OTHER && SPEAKER_HEADERS.contains(word)) {
        found = Column.SPEAKER;
      } else if (found == Column.OTHER && SLIDES_HEADERS.contains(word)) {
        found = Column.SLIDES;
      } else if (found == Column.OTHER && TITLE_HEADERS.contains(word)) {
        found = Column.TITLE;
      }
    }
    return found;
  }

  /** The words of a header: runs of letters and digits. */
  private static java.util.List<String> words(String h) {
    java.util.List<String> words = new java.util.ArrayList<>();
    int start = -1;
    for (int i = 0; i <= h.length(); i++) {
      boolean letter = i < h.length() && Character.isLetterOrDigit(h.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(h.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  /**
   * A link text reduced to compare with the lists: lower case, enclosing brackets, a trailing
   * {@code (…)}, shortcode colons and punctuation removed.
   *
   * @param text a link text
   * @return the normalized label, possibly empty
   */
  public static String normalizedLabel(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    while (s.length() >= 2 && s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    int paren = s.indexOf(" (");
    if (paren > 0) {
      s = s.substring(0, paren);
    }
    if (s.length() > 2 && s.startsWith(":") && s.endsWith(":")) {
      s = s.substring(1, s.length() - 1);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || c == ' ' || c == '_') {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  private static boolean hasLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
