package io.github.talkcatalog.internal.read;

import io.github.talkcatalog.internal.names.Names;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Cleans a talk's text before and after it is split: fullwidth punctuation made ASCII, tags and
 * heading ids removed, wrapping quotes dropped, a bilingual prefix left out. Pure, linear, no
 * regular expressions.
 */
public final class TitleText {

  private TitleText() {}

  /** Level tags ({@code [I]}, {@code [A]}) and language tags ({@code [en]}) written after a title. */
  private static final Set<String> TAGS = Set.of(
      "b", "i", "a", "e", "beginner", "intermediate", "advanced", "expert", "all levels", "en", "de",
      "fr", "es", "it", "ru", "uk", "ua", "zh", "ja", "ko", "pt", "nl", "pl", "english", "german",
      "french", "spanish", "russian", "chinese");

  /**
   * Fullwidth punctuation ({@code （）：，｜}) as its ASCII form, a space after a colon or comma
   * that had none in the fullwidth form; other characters unchanged.
   *
   * @param s any text
   * @return the text with ASCII punctuation
   */
  public static String asciiPunctuation(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E' && !Character.isLetterOrDigit(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 8);
          b.append(s, 0, i);
        }
        String ascii = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        b.append(ascii);
        if ((ascii.equals(":") || ascii.equals(",") || ascii.equals("|")) && i + 1 < s.length()
            && s.charAt(i + 1) != ' ') {
          b.append(' ');
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * Removes heading ids ({@code {#id}}, {@code {/*id*}{@code /}}, {@code {/id/}}) and level or
   * language tags ({@code [I]}, {@code [en]}) wherever they stand.
   *
   * @param s plain text
   * @return the text without them, white space collapsed
   */
  public static String withoutTags(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '{' && i + 1 < s.length() && (s.charAt(i + 1) == '#' || s.charAt(i + 1) == '/')) {
        int close = s.indexOf('}', i);
        if (close > 0 && close - i < 200) {
          i = close + 1;
          continue;
        }
      }
      if (c == '[' && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))) {
        // a tag is a bracketed word of its own: "a[i]" is code, not a level tag
        int close = s.indexOf(']', i);
        boolean alone = close > 0 && (close + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(close + 1)));
        if (alone && close - i <= 16 && TAGS.contains(s.substring(i + 1, close).strip().toLowerCase(Locale.ROOT))) {
          i = close + 1;
          continue;
        }
      }
      b.append(c);
      i++;
    }
    return Names.collapseWhitespace(b.toString());
  }

  /**
   * Drops quotes that wrap the whole title ({@code "Title"}, {@code 'Title'}, {@code “Title”},
   * {@code «Title»}).
   *
   * @param s a title
   * @return the title inside the quotes, or {@code s}
   */
  public static String unquoted(String s) {
    String t = s.strip();
    if (t.length() < 3) {
      return t;
    }
    char first = t.charAt(0);
    char last = t.charAt(t.length() - 1);
    boolean wraps = (first == '"' && last == '"') || (first == '\'' && last == '\'')
        || (first == '\u201C' && last == '\u201D') || (first == '\u00AB' && last == '\u00BB')
        || (first == '\u2018' && last == '\u2019');
    if (!wraps) {
      return t;
    }
    String inner = t.substring(1, t.length() - 1);
    // "A" and "B": two quoted parts, not one wrapped title
    if (inner.indexOf(first) >= 0 || inner.indexOf(last) >= 0) {
      return t;
    }
    return inner.strip();
  }

  /**
   * For a bilingual text that starts in a script without case (a translation) and then repeats in
   * a Latin script ({@code "演讲：更新 Keynote: Update - Ann Lee"}), the Latin part; else the text.
   *
   * @param s plain text
   * @return the original-language part
   */
  public static String latinPart(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int lastCaseless = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isCaselessLetter(c) || (c >= '\u3000' && c <= '\u303F')) {
        lastCaseless = i;
      }
    }
    // the Latin part starts at the first capitalized word after the last caseless character; a
    // Latin word glued to that character belongs to the translation ("加强Helm Boosting Helm")
    int i = lastCaseless + 1;
    boolean glued = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
    if (glued) {
      i = s.indexOf(' ', i);
      if (i < 0) {
        return s;
      }
    }
    int gap = i;
    while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    if (i >= s.length() || i == gap) {
      return s;
    }
    String latin = s.substring(i).strip();
    int k = gap;
    while (k < i && ":-|,\u2013\u2014".indexOf(s.charAt(k)) < 0) {
      k++;
    }
    if (latin.indexOf(' ') < 0 || k < i) {
      // "队列: Ann Lee": a separator before the Latin part makes it the other half, not a translation
      return s;
    }
    // a translation first, or the same words before the translation ("rkt介绍 ... rkt")
    String firstWord = latin.substring(0, latin.indexOf(' '));
    String before = s.substring(0, lastCaseless + 1).toLowerCase(Locale.ROOT);
    boolean repeated = before.contains(firstWord.toLowerCase(Locale.ROOT))
        || before.contains(lastWord(latin).toLowerCase(Locale.ROOT)) || sharesAWord(before, latin);
    return startsCaseless(s) || repeated ? latin : s;
  }

  /**
   * Whether a word of four or more letters of {@code latin}, not a function word, occurs in
   * {@code before} (lower case): the Latin part repeats a word the translation kept
   * ({@code containerd介绍 Introduction to containerd}).
   */
  private static boolean sharesAWord(String before, String latin) {
    int n = latin.length();
    int start = -1;
    for (int j = 0; j <= n; j++) {
      boolean letter = j < n && Character.isLetter(latin.charAt(j));
      if (letter && start < 0) {
        start = j;
      } else if (!letter && start >= 0) {
        if (j - start >= 4) {
          String w = latin.substring(start, j).toLowerCase(Locale.ROOT);
          if (!Words.CONNECTORS.contains(w) && before.contains(w)) {
            return true;
          }
        }
        start = -1;
      }
    }
    return false;
  }

  private static String lastWord(String s) {
    return s.substring(s.lastIndexOf(' ') + 1);
  }

  private static boolean startsCaseless(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return isCaselessLetter(c);
      }
    }
    return false;
  }

  private static boolean isCaselessLetter(char c) {
    return Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c);
  }
}
