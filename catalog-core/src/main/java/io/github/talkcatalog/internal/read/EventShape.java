package io.github.talkcatalog.internal.read;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a segment of a talk's text names the event it was given at: a short run of capitalized
 * words with a year ({@code RegionalPy 2015}, {@code BogConf EU 2022}) or an event word
 * ({@code Con}, {@code Conf}, {@code Summit}, {@code Days}, {@code Meetup}, or a word ending in
 * {@code Conf}/{@code Con} such as {@code BogConf}). A segment with lower-case words other than
 * connectors ({@code Cost Models in 2030}) is a title, not an event; so is one that starts with an
 * indefinite article or, without a year, reads as a phrase ({@code A Tiny Lisp in a Weekend},
 * {@code Caching in the Weekend}): only {@code of}, {@code and} and their kin join an event's
 * name. Pure, linear, no regular expressions.
 */
public final class EventShape {

  private EventShape() {}

  /** Words that make a capitalized run an event name. */
  private static final Set<String> EVENT_WORDS = Set.of(
      "con", "conf", "conference", "summit", "days", "day", "meetup", "meet-up", "meetups", "fest",
      "festival", "camp", "symposium", "forum", "expo", "devday", "devdays", "hackathon", "workshop",
      "world", "week", "weekend", "live", "europe", "eu", "na", "asia", "online", "edition");

  /** Words that start a phrase, never an event's name. */
  private static final Set<String> ARTICLES = Set.of("a", "an");

  /** Connectors an event's name may hold ({@code Festival of Code}); others make a phrase. */
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "and", "&", "+", "de", "del", "du", "la", "le", "y");

  /** Event words that alone, with a year, are not enough ({@code World 2020} is a title too). */
  private static final Set<String> WEAK_WORDS = Set.of("world", "week", "live", "europe", "eu", "na",
      "asia", "online", "edition", "day", "workshop");

  /**
   * Whether {@code segment} is shaped like an event name.
   *
   * @param segment a piece of a talk's text, without surrounding separators
   * @return true for {@code "BogConf 2022"}, {@code "Rivertown Cloud Summit"}
   */
  public static boolean isEvent(String segment) {
    String s = unwrap(segment.strip());
    if (s.isEmpty() || s.length() > 80) {
      return false;
    }
    String[] words = s.split(" ");
    if (words.length > 8) {
      return false;
    }
    boolean year = false;
    boolean strong = false;
    boolean weak = false;
    boolean connector = false;
    boolean phrase = false;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        return false;
      }
      String bare = Words.bare(w);
      String lower = bare.toLowerCase(Locale.ROOT);
      if (i == 0 && ARTICLES.contains(lower)) {
        return false; // "A Tiny Lisp in a Weekend": an event is not named with an indefinite article
      }
      if (isYear(bare) || isShortYear(bare) || endsWithYear(bare)) {
        year = true;
        continue;
      }
      if (i > 0 && (Words.CONNECTORS.contains(lower) || lower.equals("+"))) {
        connector |= !lower.equals("+") && !lower.equals("&");
        phrase |= !NAME_CONNECTORS.contains(lower);
        continue;
      }
      if (!Words.isCapitalized(bare)) {
        return false;
      }
      if (EVENT_WORDS.contains(lower)) {
        if (WEAK_WORDS.contains(lower)) {
          weak = true;
        } else {
          strong = true;
        }
      } else if (isCompoundEventWord(bare)) {
        strong = true;
      }
    }
    if (strong) {
      // "Summit of Makers" names an event; "Caching in the Weekend" is a phrase, a title
      return !phrase || year;
    }
    return year && !connector && (weak || words.length <= 4) && hasLetterWord(words);
  }

  /** Whether a word is a year, 1900 to 2099. */
  static boolean isYear(String w) {
    return w.length() == 4 && w.chars().allMatch(Character::isDigit)
        && (w.startsWith("19") || w.startsWith("20"));
  }

  /** {@code '14}: an abbreviated year. */
  private static boolean isShortYear(String w) {
    return w.length() == 3 && (w.charAt(0) == '\'' || w.charAt(0) == '’')
        && Character.isDigit(w.charAt(1)) && Character.isDigit(w.charAt(2));
  }

  /** {@code BogConf2019}, {@code PyCon16}: letters followed by two or four digits. */
  private static boolean endsWithYear(String w) {
    int digits = 0;
    int i = w.length() - 1;
    while (i >= 0 && Character.isDigit(w.charAt(i))) {
      digits++;
      i--;
    }
    if (i < 1 || !(digits == 2 || digits == 4)) {
      return false;
    }
    String letters = w.substring(0, i + 1);
    return isCompoundEventWord(letters) || letters.chars().allMatch(Character::isUpperCase);
  }

  /** {@code BogConf}, {@code GopherCon}, {@code JSConf}: a word ending in a capitalized event word. */
  private static boolean isCompoundEventWord(String w) {
    for (String end : new String[] {"Conf", "Con", "Camp", "Fest", "Summit", "Days", "Day"}) {
      if (w.length() > end.length() + 1 && w.endsWith(end)) {
        return true;
      }
      String upper = end.toUpperCase(Locale.ROOT);
      if (w.length() > end.length() + 1 && w.endsWith(upper) && w.chars().allMatch(Character::isUpperCase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLetterWord(String[] words) {
    for (String w : words) {
      if (!isYear(Words.bare(w)) && !w.isEmpty() && Character.isLetter(w.codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  private static String unwrap(String s) {
    if (s.length() >= 2 && (s.charAt(0) == '(' && s.endsWith(")") || s.charAt(0) == '[' && s.endsWith("]"))) {
      return s.substring(1, s.length() - 1).strip();
    }
    return s;
  }
}
