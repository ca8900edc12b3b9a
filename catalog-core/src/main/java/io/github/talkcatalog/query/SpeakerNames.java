package io.github.talkcatalog.query;

import io.github.talkcatalog.internal.names.Names;

/** Matches a name a user types against a speaker's name in the catalog. */
final class SpeakerNames {

  private SpeakerNames() {}

  /**
   * Whether {@code query} names the person written {@code name}: the same name ignoring case,
   * accents and spacing, or one of the two abbreviates the other ({@code "m. ayoub"} and
   * {@code "Maroon Ayoub"}; initials may be lower case in the query).
   */
  static boolean matches(String query, String name) {
    String q = normalize(query, true);
    String n = normalize(name, false);
    if (Names.key(q).equals(Names.key(n))) {
      return true;
    }
    return Names.abbreviates(q, n) || (Names.hasInitials(n) && Names.abbreviates(n, q));
  }

  /**
   * Collapses white space; with {@code upperInitials}, also writes one-letter tokens (initials) in
   * upper case, as {@link Names} expects initials in upper case.
   */
  static String normalize(String name, boolean upperInitials) {
    StringBuilder b = new StringBuilder(name.length());
    for (String token : name.strip().split("\\s+")) {
      if (token.isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      int cp = token.codePointAt(0);
      int len = Character.charCount(cp);
      boolean initial = upperInitials && Character.isLetter(cp)
          && (token.length() == len || (token.length() == len + 1 && token.charAt(len) == '.'));
      b.append(initial ? Character.toString(Character.toUpperCase(cp)) + token.substring(len) : token);
    }
    return b.toString();
  }
}
