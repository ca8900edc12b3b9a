package io.github.talkcatalog.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a talk's text (a heading, a list entry, a table cell) into title, speaker part and event
 * when the order is not fixed: authors write {@code Title - Speaker} and {@code Speaker - Title} in
 * one file, with {@code " - "}, {@code " — "}, {@code " – "}, {@code ": "}, {@code " | "} or
 * {@code " / "} between the halves, or {@code Title by Speaker}, {@code Title with Speaker}, or
 * {@code Speaker: "Title"} (a quoted title after the names).
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Fullwidth punctuation becomes ASCII; heading ids, level and language tags go; of a
 *       bilingual text the Latin-script part is read; unspaced or doubled separators
 *       ({@code Talk—A. Lee}, {@code Title -Ann Lee}, {@code Title -- Event}) are spaced.
 *   <li>An event-shaped segment ({@link EventShape}) at the end (after a separator, a comma or
 *       {@code at}) or at the start is the event; a leading segment naming a kind of session
 *       ({@code Partner Talk - ...}) is a category label.
 *   <li>{@code by} and each separator are tried at their first and last place, both orders: the
 *       split where exactly one half passes the name-shape test ({@link NameShape#isSpeakerPart})
 *       is taken. When both halves pass, the split is marked unsure and the title taken to come
 *       first, but before a colon (the caller may decide it from the rest of the document); when
 *       neither does, the whole text is the title.
 * </ol>
 * Linear in the text's length for each separator; no regular expressions.
 */
public final class TalkHalves {

  private static final List<String> SEPARATORS = List.of(" | ", " \u2014 ", " \u2013 ", " - ", ": ", " / ");
  private static final List<String> TRAILING = List.of(" | ", " \u2014 ", " \u2013 ", " - ", ", ", " / ", " at ");

  private final HeadingReader headings;

  /**
   * Creates a splitter.
   *
   * @param headings the label reader of the parser's settings
   */
  public TalkHalves(HeadingReader headings) {
    this.headings = headings;
  }

  /**
   * The parts of an entry.
   *
   * @param labels session-type labels and category labels at the start, as written
   * @param title the title, the whole text (without labels and event) when there is no speaker part
   * @param speakerPart the speaker half, if any
   * @param unsure whether both halves read as names, so that the order was guessed
   * @param speakerFirst whether the speaker half was written before the title
   * @param event the event named at the start or end, if any
   */
  public record Split(List<String> labels, String title, Optional<String> speakerPart, boolean unsure,
      boolean speakerFirst, Optional<String> event) {}

  /**
   * The reading of a text without labels.
   *
   * @param title the title
   * @param speakerPart the speaker half, if any
   * @param event the event, if any
   * @param categories category labels found before the rest
   * @param speakerFirst whether the speakers came first
   * @param unsure whether both halves read as names
   */
  public record Reading(String title, Optional<String> speakerPart, Optional<String> event,
      List<String> categories, boolean speakerFirst, boolean unsure) {}

  /**
   * Splits {@code text}.
   *
   * @param text plain text, markup resolved, noise (durations, years, view counts) removed
   * @return labels, title, speaker part and event
   */
  public Split split(String text) {
    String clean = normalized(text);
    List<String> labels = new ArrayList<>(headings.labels(clean));
    String rest = headings.withoutLabels(clean);
    Reading r = read(rest);
    labels.addAll(r.categories());
    return new Split(List.copyOf(labels), r.title(), r.speakerPart(), r.unsure(), r.speakerFirst(), r.event());
  }

  /**
   * Reads a text without labels ({@link TalkHalves rules}).
   *
   * @param text plain text
   * @return title, speaker part, event, categories
   */
  public static Reading read(String text) {
    String s = normalized(text);
    List<String> categories = new ArrayList<>();
    String event = null;
    // 1. a trailing event: "(BogConf 2022)", "- BogConf 2022", ", BogConf 2022", "| BogConf"
    for (int round = 0; round < 2; round++) {
      String[] cut = trailingEvent(s);
      if (cut == null) {
        break;
      }
      event = event == null ? cut[1] : cut[1] + " " + event;
      s = cut[0];
    }
    // 2. a leading event or category: "BogConf 2022 - ...", "Partner Talk - ..."
    String beforeCategories = s;
    for (int round = 0; round < 2; round++) {
      String[] cut = leadingSegment(s);
      if (cut == null) {
        break;
      }
      String head = cut[1];
      // an event leaves a title behind: "Ann Lee" alone after it means the head was the title
      if (EventShape.isEvent(head) && !NameShape.isName(head) && !NameShape.isSpeakerPart(cut[0])) {
        event = event == null ? head : head + " " + event;
      } else if (isCategory(head) && !NameShape.isSpeakerPart(head)) {
        categories.add(head);
      } else {
        break;
      }
      s = cut[0];
    }
    Reading r = halves(s);
    if (!categories.isEmpty() && r.speakerPart().isEmpty()) {
      // a category is told from a title by the speakers after it: "Lightning Talks - May 18"
      categories.clear();
      r = halves(beforeCategories);
    }
    Optional<String> ev = r.event().isPresent() ? r.event() : Optional.ofNullable(event);
    if (r.event().isPresent() && event != null) {
      ev = Optional.of(event + " " + r.event().get());
    }
    List<String> cats = new ArrayList<>(categories);
    cats.addAll(r.categories());
    return new Reading(TitleText.unquoted(r.title()), r.speakerPart(), ev, List.copyOf(cats), r.speakerFirst(),
        r.unsure());
  }

  /**
   * A text ready to split: ASCII punctuation, no tags or heading ids, the Latin part of a
   * bilingual text, unspaced separators spaced ({@link TalkHalves rule 1}).
   *
   * @param text plain text
   * @return the normalized text
   */
  public static String normalized(String text) {
    return spaced(TitleText.latinPart(TitleText.withoutTags(TitleText.asciiPunctuation(text))));
  }

  /** Title and speaker part of a text whose event and categories are gone. */
  private static Reading halves(String s) {
    // "Title by Speaker"
    int by = s.lastIndexOf(" by ");
    if (by > 0) {
      String[] speaker = speakerHalf(s.substring(by + 4));
      if (speaker != null) {
        return reading(s.substring(0, by), speaker, false, false);
      }
    }
    // "X 的演讲": X's talk
    int possessive = s.indexOf("的演讲");
    if (possessive > 0) {
      String name = s.substring(0, possessive).strip();
      String title = s.substring(possessive + 3).strip();
      if (!name.isEmpty() && name.length() <= 40) {
        return new Reading(title.isEmpty() ? s : trimSeparators(title), Optional.of(name), Optional.empty(), List.of(),
            true, false);
      }
    }
    // 'Ann Lee: "Title" - a comment', 'Ann Lee on "Title"': the quoted part is the title
    Reading quoted = quotedTitle(s);
    if (quoted != null) {
      return quoted;
    }
    Reading unsure = null;
    for (String sep : SEPARATORS) {
      int last = s.lastIndexOf(sep);
      int first = s.indexOf(sep);
      if (first <= 0) {
        continue;
      }
      // "Category - Speaker A, B: Title"
      if (!sep.equals(": ")) {
        String left = s.substring(0, first).strip();
        String right = s.substring(first + sep.length()).strip();
        int colon = right.indexOf(": ");
        if (colon > 0 && NameShape.isSpeakerPart(right.substring(0, colon)) && !NameShape.isSpeakerPart(left)) {
          return new Reading(right.substring(colon + 2).strip(), Optional.of(right.substring(0, colon).strip()),
              Optional.empty(), List.of(left), true, false);
        }
      }
      // title first: the speakers after the last separator
      String[] right = speakerHalf(s.substring(last + sep.length()));
      boolean leftOfLast = NameShape.isSpeakerPart(s.substring(0, last));
      if (right != null && !leftOfLast) {
        return reading(s.substring(0, last), right, false, false);
      }
      // speaker first: the speakers before the first separator; one-word names alone ("Backend,
      // Frontend - ...") start a title, not a list of speakers
      String[] left = speakerHalf(s.substring(0, first));
      boolean rightOfFirst = NameShape.isSpeakerPart(s.substring(first + sep.length()));
      if (left != null && !rightOfFirst && hasFullName(left[0])) {
        return reading(s.substring(first + sep.length()), left, true, false);
      }
      if (right != null && unsure == null) {
        // both halves pass: a half with gerunds ("Streaming Joins") is the title
        String title = s.substring(0, last);
        int titleGerunds = NameShape.gerunds(title);
        int speakerGerunds = NameShape.gerunds(right[0]);
        if (titleGerunds > 0 && speakerGerunds == 0) {
          return reading(title, right, false, false);
        }
        if (left != null && speakerGerunds > 0 && NameShape.gerunds(left[0]) == 0 && first == last) {
          return reading(s.substring(first + sep.length()), left, true, false);
        }
        if (left != null && sep.equals(": ") && first == last && fullNames(left[0])) {
          // "Ann Lee: Monads and Lists": before a colon a name is the speaker, after it a title's words
          return reading(s.substring(first + sep.length()), left, true, true);
        }
        unsure = reading(title, right, false, true);
      }
    }
    if (unsure != null) {
      return unsure;
    }
    // "Title with Ann Lee and Bo Tran": a list of several names only, "with Apache Mesos" is a title
    int with = s.lastIndexOf(" with ");
    if (with > 0 && NameShape.pieces(s.substring(with + 6)).size() > 1 && NameShape.isNameList(s.substring(with + 6))) {
      // "Fireside Chat with Ann Lee and Bo Tran": a kind of session alone is no title; the whole is
      String title = isCategory(s.substring(0, with)) ? s : s.substring(0, with);
      return reading(title, new String[] {s.substring(with + 6).strip(), null}, false, false);
    }
    return new Reading(trimSeparators(s), Optional.empty(), Optional.empty(), List.of(), false, false);
  }

  /** Whether a piece of a speaker half has two words or more: {@code Bo, Ann Lee}. */
  private static boolean hasFullName(String speakers) {
    for (String p : NameShape.pieces(speakers)) {
      if (p.strip().indexOf(' ') > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether every piece of a speaker half has a given name and a surname: {@code Ann Lee, Bo Tran}. */
  private static boolean fullNames(String speakers) {
    for (String p : NameShape.pieces(speakers)) {
      if (p.strip().indexOf(' ') < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A title without the event-shaped segment it ends with ({@code Queues at BogConf 2016},
   * {@code Queues (BogConf 2016)}, {@code Queues - BogConf 2016}).
   *
   * @param title a title
   * @return {title, event}, or {title, null} when it ends with no event
   */
  public static String[] withoutEvent(String title) {
    String[] cut = trailingEvent(title);
    return cut == null || cut[0].isEmpty() ? new String[] {title, null} : cut;
  }

  /** {@code Ann Lee: "Title" ...}, {@code Ann Lee on "Title"}, {@code Ann Lee "Title"}: the quoted title; else null. */
  private static Reading quotedTitle(String s) {
    int open = s.indexOf('"');
    char closing = '"';
    int curly = s.indexOf('\u201C');
    if (curly >= 0 && (open < 0 || curly < open)) {
      open = curly;
      closing = '\u201D';
    }
    if (open <= 0) {
      return null;
    }
    int close = s.indexOf(closing, open + 1);
    if (close < open + 2) {
      return null;
    }
    String after = s.substring(close + 1).strip();
    if (!after.isEmpty() && Character.isLetterOrDigit(after.charAt(0))) {
      return null; // '"OMG!" Paying Down Debt': the quote is part of the title
    }
    String before = trimSeparators(s.substring(0, open).strip());
    if (before.endsWith(" on")) {
      before = before.substring(0, before.length() - 3).strip();
    }
    if (before.isEmpty() || !NameShape.isSpeakerPart(before) || !NameShape.isName(NameShape.pieces(before).get(0))) {
      return null;
    }
    return new Reading(s.substring(open + 1, close).strip(), Optional.of(before), Optional.empty(), List.of(), true,
        false);
  }

  private static Reading reading(String title, String[] speaker, boolean speakerFirst, boolean unsure) {
    String t = trimSeparators(title);
    return new Reading(t.isEmpty() ? title.strip() : t, Optional.of(speaker[0]), Optional.ofNullable(speaker[1]), List.of(),
        speakerFirst, unsure);
  }

  /**
   * A half that reads as speakers, possibly followed by {@code at Event}: {speakers, event or null};
   * null when it does not read as speakers.
   */
  static String[] speakerHalf(String half) {
    String h = trimSeparators(half.strip());
    if (h.isEmpty()) {
      return null;
    }
    // "Ann Lee - BogConf 2024 (Lightning Talk)": the event and a session note after the speakers
    String event = null;
    for (int round = 0; round < 3 && !NameShape.isSpeakerPart(h); round++) {
      String[] cut = trailingEvent(h);
      if (cut == null) {
        cut = trailingSessionNote(h);
      }
      if (cut == null) {
        cut = trailingPipe(h);
      }
      if (cut == null || cut[0].isEmpty()) {
        break;
      }
      event = cut[1].isEmpty() ? event : event == null ? cut[1] : cut[1] + " " + event;
      h = cut[0];
    }
    String[] plain = speakerAtEvent(h);
    if (plain != null && plain[1] == null && event != null) {
      return new String[] {plain[0], event};
    }
    return plain;
  }

  /**
   * {names, segment} for {@code Ann Lee | Harbor Gophers}: after the speakers, a pipe starts what the
   * talk was given at (an event, a venue, a series); null when the text before it is no speakers.
   */
  private static String[] trailingPipe(String s) {
    int at = s.lastIndexOf(" | ");
    if (at <= 0) {
      return null;
    }
    String before = s.substring(0, at).strip();
    String after = trimSeparators(s.substring(at + 3));
    if (after.isEmpty() || !Character.isUpperCase(after.charAt(0)) || !NameShape.isSpeakerPart(before)) {
      return null;
    }
    return new String[] {before, after};
  }

  /**
   * The speakers and event of a text that is the speaker half of an entry ({@code Ann Lee at
   * BogConf}, {@code Ann Lee | Harbor Gophers}, {@code Ann Lee - BogConf 2024}).
   *
   * @param half the text after (or before) the title
   * @return {speakers, event or null}, or empty when the text does not read as speakers
   */
  public static Optional<String[]> speakersAndEvent(String half) {
    String t = half.strip();
    if (t.isEmpty() || t.length() > 300) {
      return Optional.empty();
    }
    return Optional.ofNullable(speakerHalf(t));
  }

  /** {rest, ""} for a trailing {@code (Lightning Talk)}: a session note; null otherwise. */
  private static String[] trailingSessionNote(String s) {
    if (!s.endsWith(")")) {
      return null;
    }
    int open = s.lastIndexOf('(');
    if (open <= 0) {
      return null;
    }
    for (String w : s.substring(open + 1, s.length() - 1).split(" ")) {
      if (NameShape.isSessionWord(w)) {
        return new String[] {s.substring(0, open).strip(), ""};
      }
    }
    return null;
  }

  /** {speakers, event or null} for {@code "Ann Lee"} or {@code "Ann Lee at BogConf"}; else null. */
  private static String[] speakerAtEvent(String h) {
    int at = h.lastIndexOf(" at ");
    if (at > 0) {
      String before = h.substring(0, at);
      String after = h.substring(at + 4).strip();
      // "Ann Lee at BogConf 2014": after a name (not a role), "at" names the event
      List<String> pieces = NameShape.pieces(before);
      String lastPiece = pieces.isEmpty() ? "" : pieces.get(pieces.size() - 1);
      if (NameShape.isSpeakerPart(before) && NameShape.isName(lastPiece) && !after.isEmpty()) {
        return new String[] {before.strip(), after};
      }
    }
    return NameShape.isSpeakerPart(h) ? new String[] {h, null} : null;
  }

  /** {head-stripped rest, trailing event} or null. */
  private static String[] trailingEvent(String s) {
    if (s.endsWith(")")) {
      int open = s.lastIndexOf('(');
      if (open > 0 && EventShape.isEvent(s.substring(open))) {
        return new String[] {s.substring(0, open).strip(), s.substring(open + 1, s.length() - 1).strip()};
      }
    }
    int best = -1;
    String bestSep = null;
    for (String sep : TRAILING) {
      int at = s.lastIndexOf(sep);
      if (at > best) {
        best = at;
        bestSep = sep;
      }
    }
    if (best <= 0) {
      return null;
    }
    String tail = s.substring(best + bestSep.length()).strip();
    if (EventShape.isEvent(tail) && !NameShape.isSpeakerPart(tail)) {
      return new String[] {s.substring(0, best).strip(), tail};
    }
    return null;
  }

  /** {rest, leading segment} at the first separator, or null. */
  private static String[] leadingSegment(String s) {
    int best = Integer.MAX_VALUE;
    String bestSep = null;
    for (String sep : SEPARATORS) {
      int at = s.indexOf(sep);
      if (at > 0 && at < best) {
        best = at;
        bestSep = sep;
      }
    }
    if (bestSep == null) {
      return null;
    }
    String rest = s.substring(best + bestSep.length()).strip();
    return rest.isEmpty() ? null : new String[] {rest, s.substring(0, best).strip()};
  }

  /** A short segment naming a kind of session: {@code Partner Talk}, {@code Workshops}. */
  private static boolean isCategory(String head) {
    String[] words = head.split(" ");
    if (words.length > 3) {
      return false;
    }
    for (String w : words) {
      if (NameShape.isSessionWord(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Spaces unspaced separators: {@code "Talk—Ann"} and {@code "Title -Ann"} and {@code "Title- Ann"}
   * read as {@code " — "} and {@code " - "}; {@code " -- "} as {@code " - "}.
   */
  static String spaced(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char before = i > 0 ? s.charAt(i - 1) : ' ';
      char after = i + 1 < n ? s.charAt(i + 1) : ' ';
      if ((c == '\u2014' || c == '\u2013') && (before != ' ' || after != ' ') && i > 0 && i + 1 < n
          && !(Character.isDigit(before) && Character.isDigit(after))) {
        trimTrailingSpace(b);
        b.append(' ').append(c).append(' ');
        while (i + 1 < n && s.charAt(i + 1) == ' ') {
          i++;
        }
        continue;
      }
      if (c == '-' && after == '-' && before == ' ' && i + 2 < n && s.charAt(i + 2) == ' ') {
        b.append('-');
        i++; // " -- " reads as " - "
        continue;
      }
      if (c == '-' && before == ' ' && Character.isUpperCase(after)) {
        b.append("- ");
        continue;
      }
      if (c == '-' && after == ' ' && Character.isLetterOrDigit(before) && i > 1 && s.charAt(i - 1) != '-') {
        b.append(" -");
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static void trimTrailingSpace(StringBuilder b) {
    while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
      b.setLength(b.length() - 1);
    }
  }

  /** Trims white space and separators ({@code - – — | : , ; /}) at both ends. */
  public static String trimSeparators(String s) {
    int start = 0;
    int end = s.length();
    String seps = " -\u2013\u2014|:,;/\t";
    while (start < end && seps.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && seps.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * How much {@code half} reads as a speaker part: 1 when it passes the name-shape test
   * ({@link NameShape#isSpeakerPart}, a trailing {@code at Event} allowed), 0 otherwise.
   *
   * @param half a piece of text
   * @return 1 or 0
   */
  public static int speakerScore(String half) {
    String t = half.strip();
    if (t.isEmpty() || t.length() > 300) {
      return 0;
    }
    return speakerHalf(t) != null ? 1 : 0;
  }
}
