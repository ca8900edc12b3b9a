package io.github.talkcatalog.internal.reconcile;

import io.github.talkcatalog.internal.read.Words;

/** Personal names with initials: {@code "M. Ayoub"}, {@code "D Patel"}. */
public final class Names {

  private Names() {}

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
   * The key of a name's last word (its surname), as {@link Words#key} makes it.
   *
   * @param name a personal name
   * @return the key of the text after the last space
   */
  public static String surnameKey(String name) {
    return Words.key(name.substring(name.lastIndexOf(' ') + 1));
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
    if (!Words.key(a[a.length - 1]).equals(Words.key(f[f.length - 1]))) {
      return false;
    }
    for (int i = 0; i < a.length - 1; i++) {
      if (isInitial(a[i])) {
        if (Words.key(f[i]).isEmpty() || Words.key(a[i]).charAt(0) != Words.key(f[i]).charAt(0)) {
          return false;
        }
      } else if (!Words.key(a[i]).equals(Words.key(f[i]))) {
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
