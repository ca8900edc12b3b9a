package io.github.talkcatalog.jackson3.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;

/**
 * Renders where a parser stands as a JSON path such as {@code $.talks[2].speakers[0].nickname}.
 *
 * <p>The root is {@code $}; an object member is {@code .name} (or {@code ['name']} when the name
 * is not a plain identifier); an array element is {@code [index]} with a 0-based index.
 */
public final class JsonPath {

  /** The path of the whole document. */
  public static final String ROOT = "$";

  private JsonPath() {}

  /**
   * The path of the value the parser is at: for a scalar the value itself, for a
   * {@code START_OBJECT} or {@code START_ARRAY} token the container just opened.
   *
   * @param parser any parser; never advanced
   * @return the path, {@value #ROOT} at the top level
   */
  public static String of(JsonParser parser) {
    return of(parser.streamReadContext());
  }

  /**
   * The path of a parsing context, including the member name or element index it is at.
   *
   * @param context a parsing context, or {@code null} for the root
   * @return the path, {@value #ROOT} at the top level
   */
  public static String of(TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null; c = c.getParent()) {
      if (c.inObject() && c.hasCurrentName()) {
        segments.push(member(c.currentName()));
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.push("[" + c.getCurrentIndex() + "]");
      }
    }
    StringBuilder b = new StringBuilder(ROOT);
    segments.forEach(b::append);
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
