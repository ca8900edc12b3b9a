package io.github.talkcatalog.internal.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name identity: the key that makes {@code "Jose  Nunez"} and {@code "José Núñez"} one speaker, and
 * the matching of names with initials ({@code "M. Ayoub"}, {@code "D Patel"}) to full names. Used
 * by the model's derived views, the query API and the parser alike.
 */
public final class Names {

  private Names() {}

  /**
   * A matching key: NFD without combining marks, lower case, without white space. Two names with
   * the same key differ only in case, accents or spacing.
   *
   * @param s any text
   * @return the key
   */
  public static String key(String s) {
    // fast path: ASCII needs no decomposition
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) {
          continue;
        }
        b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
      return b.toString();
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK || Character.isWhitespace(c)) {
        continue;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether a name holds an initial.
   *
   * @param name a personal name
   * @return true for {@code "M. Ayoub"}, false for {@code "Maroon Ayoub"}
   */
  public static boolean hasInitials(String name) {
    int start = 0;
    for (int space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', start)) {
      int len = space - start;
      if ((len == 1 || (len == 2 && name.charAt(start + 1) == '.'))
          && Character.isUpperCase(name.charAt(start))) {
        return true;
      }
      start = space + 1;
    }
    return false;
  }

  /**
   * The key of a name's last word (its surname), as {@link #key} makes it.
   *
   * @param name a personal name
   * @return the key of the text after the last space
   */
  public static String surnameKey(String name) {
    return key(name.substring(name.lastIndexOf(' ') + 1));
  }

  /**
   * Whether {@code abbreviated} ({@code "M. Ayoub"}) can stand for {@code full}
   * ({@code "Mark Ayoub"}): same surname (ignoring case and accents), and each initial matches the
   * first letter of the given name in its place.
   *
   * @param abbreviated a name with initials
   * @param full a full name
   * @return whether they match
   */
  public static boolean abbreviates(String abbreviated, String full) {
    String[] a = abbreviated.split(" ");
    String[] f = full.split(" ");
    if (a.length != f.length || a.length < 2) {
      return false;
    }
    if (!key(a[a.length - 1]).equals(key(f[f.length - 1]))) {
      return false;
    }
    for (int i = 0; i < a.length - 1; i++) {
      if (isInitial(a[i])) {
        if (key(f[i]).isEmpty() || key(a[i]).charAt(0) != key(f[i]).charAt(0)) {
          return false;
        }
      } else if (!key(a[i]).equals(key(f[i]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isInitial(String token) {
    if (token.isEmpty() || !Character.isUpperCase(token.codePointAt(0))) {
      return false;
    }
    int len = Character.charCount(token.codePointAt(0));
    return token.length() == len || (token.length() == len + 1 && token.charAt(len) == '.');
  }
}
