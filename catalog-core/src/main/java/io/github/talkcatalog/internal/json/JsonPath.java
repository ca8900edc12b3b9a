package io.github.talkcatalog.internal.json;

import java.util.List;

/**
 * JSON paths as error messages write them: {@code $.talks[2].speakers[0].nickname}. The root is
 * {@code $}; an object member is {@code .name} (or {@code ['name']} when the name is not a plain
 * identifier); an array element is {@code [index]} with a 0-based index.
 */
public final class JsonPath {

  /** The path of the whole document. */
  public static final String ROOT = "$";

  private JsonPath() {}

  /**
   * Renders a path from its segments, outermost first.
   *
   * @param segments member names ({@code String}) and element indexes ({@code Integer})
   * @return the path
   */
  public static String of(List<Object> segments) {
    StringBuilder b = new StringBuilder(ROOT);
    for (Object s : segments) {
      if (s instanceof Integer i) {
        b.append('[').append(i).append(']');
      } else {
        b.append(member(String.valueOf(s)));
      }
    }
    return b.toString();
  }

  /**
   * The path of a member of the object at {@code objectPath}.
   *
   * @param objectPath the path of the object
   * @param name the member name
   * @return e.g. {@code $.talks[2].title}
   */
  public static String member(String objectPath, String name) {
    return objectPath + member(name);
  }

  private static String member(String name) {
    if (isIdentifier(name)) {
      return "." + name;
    }
    StringBuilder b = new StringBuilder("['");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\'' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append("']").toString();
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }
}
