package io.github.talkcatalog.internal.json;

/**
 * The kind of token a {@link JsonInput} stands at. The ordinals are Jackson's token ids
 * ({@code JsonTokenId}, the same in Jackson 2 and 3), so an adapter converts with {@link #ofId}.
 */
public enum Token {
  /** No token: the end of the input. */
  NONE("the end of the input"),
  /** {@code {}. */
  START_OBJECT("an object"),
  /** {@code }}. */
  END_OBJECT("the end of an object"),
  /** {@code [}. */
  START_ARRAY("an array"),
  /** {@code ]}. */
  END_ARRAY("the end of an array"),
  /** A field name. */
  NAME("a field name"),
  /** A string value. */
  STRING("a string"),
  /** An integer. */
  INT("an integer"),
  /** A number with a fraction or exponent. */
  FLOAT("a decimal number"),
  /** {@code true}. */
  TRUE("a boolean"),
  /** {@code false}. */
  FALSE("a boolean"),
  /** {@code null}. */
  NULL("null"),
  /** Anything else a parser may report. */
  OTHER("an embedded value");

  private final String description;

  Token(String description) {
    this.description = description;
  }

  /** {@return the token as error messages name it, e.g. "a string"} */
  public String description() {
    return description;
  }

  /**
   * The token for a Jackson token id.
   *
   * @param id {@code JsonParser.currentTokenId()}; 0 or less for no token
   * @return the token
   */
  public static Token ofId(int id) {
    Token[] all = values();
    return id <= 0 ? NONE : id < OTHER.ordinal() ? all[id] : OTHER;
  }
}
