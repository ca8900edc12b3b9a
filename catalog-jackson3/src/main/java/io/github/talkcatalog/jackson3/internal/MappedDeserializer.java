package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.internal.json.JsonInput;
import io.github.talkcatalog.internal.json.JsonPath;
import io.github.talkcatalog.internal.json.Mapping;
import io.github.talkcatalog.internal.json.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.util.LinkedNode;

/**
 * Runs a {@link Mapping}'s reading over a Jackson 3 parser, reporting each problem through the
 * {@link DeserializationContext}. An unknown field goes to the mapper's problem handlers and, when
 * none takes it, fails with an {@link UnrecognizedPropertyException}: the module rejects unknown
 * fields whatever {@code FAIL_ON_UNKNOWN_PROPERTIES} says (off by default in Jackson 3), as the
 * Jackson 2 module does. A wrong token goes to {@code handleUnexpectedToken}, other problems to
 * {@code reportInputMismatch}.
 *
 * @param <T> the model type
 */
public final class MappedDeserializer<T> extends StdDeserializer<T> {

  private final boolean ignoreUnknownFields;
  private final Mapping<T> mapping;

  /**
   * A deserializer for the type of {@code mapping}; with {@code ignoreUnknownFields}, fields the
   * format does not define are skipped without a report.
   */
  public MappedDeserializer(Mapping<T> mapping, boolean ignoreUnknownFields) {
    super(mapping.type());
    this.ignoreUnknownFields = ignoreUnknownFields;
    this.mapping = mapping;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return run(p, ctxt);
  }

  /** A top-level {@code null} is reported like any other misplaced {@code null}. */
  @Override
  public T getNullValue(DeserializationContext ctxt) {
    return run(ctxt.getParser(), ctxt);
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return new ArrayList<>(mapping.fieldNames());
  }

  private T run(JsonParser p, DeserializationContext ctxt) {
    try {
      return mapping.read(new Input(p, ctxt));
    } catch (IOException e) {
      throw JacksonIOException.construct(e); // Jackson 3 throws no IOException
    }
  }

  /**
   * The JSON path of the parser's position, as {@link JsonPath} renders it.
   *
   * @param p the parser, left where it is
   * @return the path
   */
  public static String path(JsonParser p) {
    List<Object> segments = new ArrayList<>();
    addSegments(p.streamReadContext(), segments);
    return JsonPath.of(segments);
  }

  private static void addSegments(TokenStreamContext context, List<Object> out) {
    if (context != null) {
      addSegments(context.getParent(), out);
      if (context.inArray() && context.hasCurrentIndex()) {
        out.add(context.getCurrentIndex());
      } else if (context.inObject() && context.hasCurrentName()) {
        out.add(context.currentName());
      }
    }
  }

  private final class Input implements JsonInput {
    private final JsonParser p;
    private final DeserializationContext ctxt;

    Input(JsonParser p, DeserializationContext ctxt) {
      this.p = p;
      this.ctxt = ctxt;
    }

    @Override public Token token() { return Token.ofId(p.currentTokenId()); }
    @Override public String text() { return p.getString(); }
    @Override public int intValue() { return p.getIntValue(); }
    @Override public void skip() { p.skipChildren(); }
    @Override public String path() { return MappedDeserializer.path(p); }
    @Override public boolean ignoresUnknownFields() { return ignoreUnknownFields; }
    @Override public <E> E read(Class<E> type) { return ctxt.readValue(p, type); }

    @Override
    public Token next() {
      p.nextToken();
      return token();
    }

    @Override
    public String nextField() {
      String name = p.nextName();
      if (name != null) {
        p.nextToken();
      }
      return name;
    }

    @Override
    public boolean fitsInt() {
      return p.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public void unknownField(Class<?> type, String name, List<String> known) {
      for (LinkedNode<DeserializationProblemHandler> h = ctxt.getConfig().getProblemHandlers();
          h != null; h = h.next()) {
        if (h.value().handleUnknownProperty(ctxt, p, MappedDeserializer.this, type, name)) {
          return;
        }
      }
      throw UnrecognizedPropertyException.from(p, type, name, getKnownPropertyNames());
    }

    @Override
    public Object unexpectedToken(Class<?> type, String message) {
      return ctxt.handleUnexpectedToken(ctxt.constructType(type), p.currentToken(), p, message);
    }

    @Override
    public RuntimeException mismatch(Class<?> type, String message) {
      return ctxt.reportInputMismatch(MappedDeserializer.this, message);
    }
  }
}
