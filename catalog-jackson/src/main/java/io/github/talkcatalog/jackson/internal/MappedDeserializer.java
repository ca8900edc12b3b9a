package io.github.talkcatalog.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.talkcatalog.internal.json.JsonInput;
import io.github.talkcatalog.internal.json.JsonPath;
import io.github.talkcatalog.internal.json.Mapping;
import io.github.talkcatalog.internal.json.Token;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;

/**
 * Reads a model value as its {@link Mapping} says, from a Jackson 2 parser. Every problem goes
 * through the {@link DeserializationContext}: an unknown field through
 * {@link DeserializationContext#handleUnknownProperty} (problem handlers, then
 * {@code FAIL_ON_UNKNOWN_PROPERTIES}), a wrong token through
 * {@link DeserializationContext#handleUnexpectedToken}, anything else through
 * {@link DeserializationContext#reportInputMismatch}; the exceptions are Jackson's own.
 *
 * @param <T> the model type
 */
public final class MappedDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Mapping<T> mapping;
  private final boolean ignoreUnknownFields;

  /**
   * Creates the deserializer.
   *
   * @param mapping the mapping of the type
   * @param ignoreUnknownFields whether to skip fields the format does not define, without a report
   */
  public MappedDeserializer(Mapping<T> mapping, boolean ignoreUnknownFields) {
    super(mapping.type());
    this.mapping = mapping;
    this.ignoreUnknownFields = ignoreUnknownFields;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return mapping.read(new Input(p, ctxt));
  }

  /** Rejects a top-level {@code null} where this value is expected. */
  @Override
  public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
    try {
      return mapping.read(new Input(ctxt.getParser(), ctxt));
    } catch (JsonMappingException e) {
      throw e;
    } catch (IOException e) {
      throw JsonMappingException.fromUnexpectedIOE(e);
    }
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return new ArrayList<>(mapping.fieldNames());
  }

  /**
   * The JSON path of where a parser stands ({@link JsonPath}).
   *
   * @param p a parser; not advanced
   * @return the path
   */
  public static String path(JsonParser p) {
    Deque<Object> segments = new ArrayDeque<>();
    for (JsonStreamContext c = p.getParsingContext(); c != null; c = c.getParent()) {
      if (c.inObject() && c.hasCurrentName()) {
        segments.push(c.getCurrentName());
      } else if (c.inArray() && c.hasCurrentIndex()) {
        segments.push(c.getCurrentIndex());
      }
    }
    return JsonPath.of(List.copyOf(segments));
  }

  private final class Input implements JsonInput {
    private final JsonParser p;
    private final DeserializationContext ctxt;

    Input(JsonParser p, DeserializationContext ctxt) {
      this.p = p;
      this.ctxt = ctxt;
    }

    @Override
    public Token token() {
      return Token.ofId(p.currentTokenId());
    }

    @Override
    public Token next() throws IOException {
      p.nextToken();
      return token();
    }

    @Override
    public String nextField() throws IOException {
      String name = p.nextFieldName();
      if (name != null) {
        p.nextToken();
      }
      return name;
    }

    @Override
    public String text() throws IOException {
      return p.getText();
    }

    @Override
    public boolean fitsInt() throws IOException {
      return p.getNumberType() == JsonParser.NumberType.INT;
    }

    @Override
    public int intValue() throws IOException {
      return p.getIntValue();
    }

    @Override
    public void skip() throws IOException {
      p.skipChildren();
    }

    @Override
    public String path() {
      return MappedDeserializer.path(p);
    }

    @Override
    public boolean ignoresUnknownFields() {
      return ignoreUnknownFields;
    }

    @Override
    public <E> E read(Class<E> type) throws IOException {
      return ctxt.readValue(p, type);
    }

    @Override
    public void unknownField(Class<?> type, String name, List<String> known) throws IOException {
      ctxt.handleUnknownProperty(p, MappedDeserializer.this, type, name);
    }

    @Override
    public Object unexpectedToken(Class<?> type, String message) throws IOException {
      return ctxt.handleUnexpectedToken(type, p.currentToken(), p, message);
    }

    @Override
    public RuntimeException mismatch(Class<?> type, String message) throws IOException {
      return ctxt.reportInputMismatch(MappedDeserializer.this, message);
    }
  }
}
