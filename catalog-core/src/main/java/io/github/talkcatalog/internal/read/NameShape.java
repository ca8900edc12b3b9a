package io.github.talkcatalog.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a piece of text has the shape of one or more personal names, as a reader would judge it
 * without knowing the people.
 *
 * <p>A personal name is one to five capitalized words of a cased script (Latin, Greek, Cyrillic,
 * ...): initials ({@code J.}, {@code C.S.}), name particles inside ({@code van der}), hyphens and
 * apostrophes ({@code Jean-Luc}, {@code O'Neill}) and the suffixes {@code Jr.}, {@code Sr.},
 * {@code II}, {@code III}, {@code IV} (part of the name) are allowed. It has no digit, no lower-case
 * function word ({@code of}, {@code the}), no long gerund ({@code Planning}), no question word or word that starts titles
 * ({@code What's}, {@code How}), no word naming a kind of session or an event ({@code Talk},
 * {@code Track}, {@code Summit}), no role or organization word ({@code CTO}, {@code Labs}), no
 * all-capitals acronym (except a two-letter given name before a surname, {@code CJ Lee}). An
 * honorific ({@code Dr.}, {@code Prof.}) may precede it and is not part of the name. A single
 * word is a name only in a list of several ({@code Lee, Park, Tran}). A run of characters of a
 * script without case (Han, Hangul, Kana) is not judged a personal name: it could as well be a
 * title word.
 *
 * <p>Pure functions, linear in the text's length; no regular expressions.
 */
public final class NameShape {

  private NameShape() {}

  /** Honorifics: allowed before a name, not part of it. */
  private static final Set<String> HONORIFICS = Set.of(
      "dr.", "dr", "prof.", "prof", "mr.", "mrs.", "ms.", "mx.", "sir", "dame");

  /** Suffixes that are part of a name. */
  private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "ii", "iii", "iv");

  /**
   * Capitalized words that start or fill titles and are never a given name or surname: question
   * words, articles, pronouns, prepositions, common title verbs.
   */
  private static final Set<String> TITLE_WORDS = Set.of(
      "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "from", "with", "without",
      "into", "over", "under", "vs", "vs.", "via", "is", "are", "was", "be", "not", "no", "yes",
      "all", "my", "your", "our", "we", "you", "i", "it", "its", "this", "that", "these", "those",
      "why", "how", "what", "what's", "when", "where", "who", "which", "whose", "new", "next",
      "intro", "introduction", "introducing", "beyond", "towards", "toward", "about", "part",
      "building", "scaling", "testing", "using", "making", "writing", "running", "getting",
      "debugging", "deploying", "designing", "learning", "understanding", "rethinking", "taming",
      "lessons", "tips", "tricks", "guide", "deep", "dive", "update", "overview", "state", "future",
      "hello", "world", "let's", "let’s", "don't", "don’t", "can", "do", "does", "should", "will",
      "more", "less", "best", "better", "fast", "faster", "simple", "modern", "practical", "live",
      "project", "projects");

  /** Words naming a kind of session, a track or an event. */
  private static final Set<String> SESSION_WORDS = Set.of(
      "talk", "talks", "session", "sessions", "keynote", "keynotes", "panel", "panels", "chat", "workshop",
      "workshops", "lightning", "meetup", "meetups", "track", "opening", "closing", "remarks",
      "welcome", "recap", "highlights", "q&a", "ama", "demo", "demos", "tutorial", "tutorials",
      "webinar", "livestream", "stream", "interview", "podcast", "episode", "day", "days", "con",
      "conf", "conference", "summit", "forum", "symposium", "camp", "fest", "festival", "week",
      "hackathon", "expo", "edition", "online", "virtual");

  /**
   * Whether a word names a kind of session, a track or an event ({@code Talk}, {@code Workshops}).
   *
   * @param word a word
   * @return true when it does, in any case
   */
  public static boolean isSessionWord(String word) {
    return SESSION_WORDS.contains(Words.bare(word).toLowerCase(Locale.ROOT));
  }

  /**
   * The personal name of a segment that is one name: without an honorific, a trailing
   * {@code (@handle)} or parenthesized organization.
   *
   * @param segment any text
   * @return the name as written, or empty when the segment is not one personal name
   */
  public static Optional<String> name(String segment) {
    String t = withoutParenthesis(segment.strip());
    t = withoutHonorific(t);
    return isBareName(t, false) ? Optional.of(t) : Optional.empty();
  }

  /**
   * Whether a segment is one personal name ({@link #name}).
   *
   * @param segment any text
   * @return true for {@code "Ada Brun"}, {@code "Prof. Ada Brun"}, {@code "Ann Lee (@ann)"}
   */
  public static boolean isName(String segment) {
    return name(segment).isPresent();
  }

  /**
   * Whether a segment is a list of one or more personal names joined by {@code ,}, {@code ;},
   * {@code &} or {@code and} ({@code "Ann Lee & Bo Tran"}); single-word names only in a list of
   * several.
   *
   * @param segment any text
   * @return true when every piece is a name
   */
  public static boolean isNameList(String segment) {
    List<String> pieces = pieces(segment);
    if (pieces.isEmpty()) {
      return false;
    }
    boolean several = pieces.size() > 1;
    for (String p : pieces) {
      String t = withoutHonorific(withoutParenthesis(p));
      if (!isBareName(t, several)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a segment reads as a speaker part: a name first, then more names or details (roles,
   * organizations) made of capitalized words and connectors ({@code "Ann Lee, Staff Engineer at
   * Acme"}, {@code "Ann Lee (Acme) & Bo Tran"}).
   *
   * @param segment any text
   * @return true when it reads as speakers
   */
  public static boolean isSpeakerPart(String segment) {
    String s = segment.strip();
    if (s.isEmpty() || s.length() > 300 || hasTitlePunctuation(s)) {
      return false;
    }
    List<String> pieces = pieces(s);
    if (pieces.isEmpty()) {
      return false;
    }
    boolean several = pieces.size() > 1 && allSingleWords(pieces);
    if (!isBareName(withoutHonorific(withoutParenthesis(pieces.get(0))), several)) {
      return false;
    }
    for (int i = 1; i < pieces.size(); i++) {
      String p = withoutParenthesis(pieces.get(i));
      if (!isBareName(withoutHonorific(p), several) && !isDetail(p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * How many words of {@code s} look like gerunds ({@code Streaming}, {@code Warming}): a hint that
   * a text which passes the name-shape test is a title after all, used to decide between two
   * halves that both pass.
   *
   * @param s any text
   * @return the number of such words
   */
  public static int gerunds(String s) {
    int count = 0;
    for (String w : s.split(" ")) {
      String b = Words.bare(w);
      if (b.length() >= 6 && b.endsWith("ing") && Character.isLowerCase(b.charAt(b.length() - 4))) {
        count++;
      }
    }
    return count;
  }

  /** Connectors that make a phrase of a piece, never a role or an organization. */
  private static final Set<String> PHRASE_CONNECTORS = Set.of("in", "to", "a", "an", "on");

  /** Role or organization words and connectors, capitalized: {@code "VP of AI at Acme"}. */
  static boolean isDetail(String piece) {
    String[] words = piece.strip().split(" ");
    if (words.length == 0 || words.length > 8 || words[0].isEmpty()) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        return false;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (i > 0 && Words.CONNECTORS.contains(lower)) {
        if (PHRASE_CONNECTORS.contains(lower)) {
          return false; // "Anti-patterns in Queues": a title's phrase, not a role or organization
        }
        continue;
      }
      if (SESSION_WORDS.contains(lower) || w.indexOf('?') >= 0 || w.indexOf('!') >= 0) {
        return false;
      }
      if (!Words.isCapitalized(w) && !Words.isRoleWord(w) && !Words.isOrganizationWord(w)) {
        return false;
      }
    }
    return true;
  }

  /** The pieces of a list, split at {@code ,}, {@code ;}, {@code &}, {@code and}, outside parentheses. */
  static List<String> pieces(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      if (depth > 0) {
        continue;
      }
      int skip = 0;
      if (c == ',' || c == ';' || c == '、') {
        skip = 1;
      } else if (c == '&' && i > 0 && s.charAt(i - 1) == ' ') {
        skip = 1;
      } else if (c == ' ' && s.startsWith(" and ", i)) {
        skip = 5;
      }
      if (skip > 0) {
        String p = s.substring(start, i).strip();
        if (!p.isEmpty()) {
          out.add(p);
        }
        start = i + skip;
        i = start - 1;
      }
    }
    String p = s.substring(Math.min(start, n)).strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
    // "Jr." after a comma belongs to the name before it
    List<String> merged = new ArrayList<>();
    for (String piece : out) {
      if (!merged.isEmpty() && SUFFIXES.contains(piece.toLowerCase(Locale.ROOT))) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + ", " + piece);
      } else {
        merged.add(piece);
      }
    }
    return merged;
  }

  private static boolean allSingleWords(List<String> pieces) {
    for (String p : pieces) {
      if (withoutParenthesis(p).indexOf(' ') >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Drops a trailing parenthesis ({@code "Ann Lee (@ann)"}, {@code "Ann Lee (Acme)"}). */
  static String withoutParenthesis(String s) {
    String t = s.strip();
    int open = t.indexOf(" (");
    if (open > 0 && t.endsWith(")") && t.indexOf(')') == t.length() - 1) {
      return t.substring(0, open).strip();
    }
    return t;
  }

  /** Drops a leading honorific ({@code "Dr. "}, {@code "Prof. "}). */
  static String withoutHonorific(String s) {
    String t = s.strip();
    int space = t.indexOf(' ');
    while (space > 0 && HONORIFICS.contains(t.substring(0, space).toLowerCase(Locale.ROOT))) {
      t = t.substring(space + 1).strip();
      space = t.indexOf(' ');
    }
    return t;
  }

  private static boolean hasTitlePunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '?' || c == '!' || c == ':' || c == '"' || c == '\u201C' || c == '\u201D' || c == '='
          || c == '+' || c == '#' || c == '*' || c == '[' || c == ']' || c == '{' || c == '}') {
        return true;
      }
    }
    return false;
  }

  /**
   * One name without honorific or parenthesis.
   *
   * @param single whether a single word may be a name (in a list of single words)
   */
  static boolean isBareName(String t, boolean single) {
    if (t.isEmpty() || t.length() > 80) {
      return false;
    }
    String[] tokens = t.split(" ");
    int n = tokens.length;
    // "Name, Jr." and "Name III"
    if (n >= 2 && SUFFIXES.contains(tokens[n - 1].toLowerCase(Locale.ROOT))) {
      n--;
      if (tokens[n - 1].endsWith(",")) {
        tokens[n - 1] = tokens[n - 1].substring(0, tokens[n - 1].length() - 1);
      }
    }
    if (n > 5 || (n == 1 && !single)) {
      return false;
    }
    boolean word = false;
    for (int i = 0; i < n; i++) {
      String w = tokens[i];
      if (w.isEmpty()) {
        return false;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (Words.NAME_PARTICLES.contains(w) && i > 0 && i < n - 1) {
        continue;
      }
      if (TITLE_WORDS.contains(lower) || SESSION_WORDS.contains(lower) || Words.isRoleWord(w)
          || Words.isOrganizationWord(w) || lower.endsWith("'s") || lower.endsWith("’s")
          || isLongGerund(w)) {
        return false;
      }
      if (Words.isInitial(w) || isInitials(w)) {
        if (i == n - 1 && n > 1 && !isInitials(w)) {
          return false;
        }
        continue;
      }
      if (i == 0 && n >= 2 && isTwoCapitals(w)) {
        continue; // "CJ Lee"
      }
      if (!isNameWord(w)) {
        return false;
      }
      word = true;
    }
    return word || n > 1 && isInitials(tokens[n - 1]);
  }

  /**
   * {@code Planning}, {@code Streaming}: a word of eight or more letters ending in {@code ing}
   * reads as a gerund of a title; shorter ones ({@code Fleming}) may be surnames.
   */
  private static boolean isLongGerund(String w) {
    return w.length() >= 8 && w.endsWith("ing");
  }

  /** "D.E.", "C.S." or "J.-L.": a run of initials. */
  static boolean isInitials(String w) {
    if (w.length() < 3 || w.charAt(w.length() - 1) != '.') {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (!(Character.isUpperCase(c) || c == '.' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTwoCapitals(String w) {
    return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1));
  }

  /**
   * A capitalized word of a cased script: no digits, no {@code @ / :}, a period only at the end or
   * before a capital ({@code C.Zona}), inner capitals only after a name prefix ({@code McDonald}).
   */
  static boolean isNameWord(String w) {
    int first = w.codePointAt(0);
    if (!(Character.isUpperCase(first) || Character.isTitleCase(first))) {
      return false;
    }
    boolean lower = false;
    boolean previousLower = false;
    int upperAfterLower = 0;
    for (int i = 0; i < w.length(); ) {
      int cp = w.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isDigit(cp) || cp == '@' || cp == '/' || cp == ':' || cp == '_' || cp == '('
          || cp == ')' || cp == '<' || cp == '>' || cp == '=') {
        return false;
      }
      if (cp == '.' && i + len < w.length() && !Character.isUpperCase(w.codePointAt(i + len))) {
        return false; // "Solo.io", "Node.js"
      }
      if (Character.isLowerCase(cp)) {
        lower = true;
        previousLower = true;
      } else if (Character.isUpperCase(cp)) {
        if (previousLower) {
          upperAfterLower++;
        }
        previousLower = false;
      } else {
        previousLower = false;
      }
      i += len;
    }
    if (!lower) {
      return false; // an acronym (AMD, IBM)
    }
    if (upperAfterLower > 0) {
      return upperAfterLower == 1 && hasNamePrefix(w);
    }
    return true;
  }

  private static boolean hasNamePrefix(String w) {
    for (String p : List.of("Mc", "Mac", "De", "Di", "Le", "La", "Du", "Van", "Von", "O'", "O’", "D'",
        "D’")) {
      if (w.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a run is written in a script without case only (Han, Kana, Hangul): never judged a
   * personal name by shape.
   *
   * @param w a word
   * @return true for {@code "王芳"}
   */
  static boolean isCaseless(String w) {
    if (w.isEmpty()) {
      return false;
    }
    return w.codePoints().allMatch(cp -> Character.isLetter(cp) && !Character.isUpperCase(cp)
        && !Character.isLowerCase(cp) || cp == '·' || cp == '・');
  }
}
