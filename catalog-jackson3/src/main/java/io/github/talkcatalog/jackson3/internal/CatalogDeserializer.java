package io.github.talkcatalog.jackson3.internal;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Collection;
import io.github.talkcatalog.model.Talk;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;

/**
 * Reads a {@link Catalog}. The {@code format} field is required; a format other than
 * {@code talk-catalog/1} (or {@code talk-catalog/1.x}) is rejected, naming the format found.
 */
public final class CatalogDeserializer extends ObjectDeserializer<Catalog, Catalog.Builder> {

  private static final long serialVersionUID = 1L;

  private static final String FORMAT_PREFIX = "talk-catalog/";

  /**
   * Creates the deserializer.
   *
   * @param ignoreUnknownFields whether to skip fields this version does not know
   */
  public CatalogDeserializer(boolean ignoreUnknownFields) {
    super(Catalog.class, ignoreUnknownFields,
        List.of("format", "title", "description", "collection", "declaredCount", "talks"),
        List.of("format", "title", "talks"));
  }

  @Override
  protected Catalog.Builder newBuilder() {
    return Catalog.builder();
  }

  @Override
  protected boolean readField(String name, Catalog.Builder b, JsonParser p, DeserializationContext ctxt)
      {
    switch (name) {
      case "format" -> checkFormat(p, string(p));
      case "title" -> b.title(string(p));
      case "description" -> b.description(string(p));
      case "collection" -> b.collection(value(p, ctxt, Collection.class));
      case "declaredCount" -> b.declaredCount(integer(p));
      case "talks" -> b.talks(values(p, ctxt, Talk.class));
      default -> {
        return false;
      }
    }
    return true;
  }

  @Override
  protected Catalog build(Catalog.Builder b) {
    return b.build();
  }

  private void checkFormat(JsonParser p, String format) throws CatalogInputException {
    if (!format.startsWith(FORMAT_PREFIX)) {
      throw CatalogInputException.invalidValue(p, Catalog.class, JsonPath.of(p),
          "format \"" + format + "\" is not a talk catalog format; expected \"" + Catalog.FORMAT + "\"");
    }
    String version = format.substring(FORMAT_PREFIX.length());
    int dot = version.indexOf('.');
    String major = dot < 0 ? version : version.substring(0, dot);
    if (!major.equals("1")) {
      throw CatalogInputException.invalidValue(p, Catalog.class, JsonPath.of(p),
          "unsupported format version \"" + format + "\"; this reader reads major version 1 (\""
              + Catalog.FORMAT + "\")");
    }
  }
}
