package io.github.talkcatalog.jackson3;

import io.github.talkcatalog.jackson3.internal.CatalogInputException;
import io.github.talkcatalog.jackson3.internal.JsonPath;
import io.github.talkcatalog.model.Catalog;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Catalog} as catalog JSON and reads it back: the format of
 * {@code docs/catalog-json.md}, version 1, through {@link CatalogModule}.
 *
 * <pre>{@code
 * String json = CatalogJson.standard().write(catalog);
 * Catalog back = CatalogJson.standard().read(json);
 * }</pre>
 *
 * <p>Output is UTF-8 text (as a {@code String}); {@link #write(Catalog)} indents by two spaces with
 * {@code \n} line breaks, {@link #writeCompact(Catalog)} writes one line. Neither ends with a line
 * break.
 *
 * <p>Reading is strict: besides the checks of {@link CatalogModule} (unknown, missing, null and
 * wrongly typed fields, the {@code format} version), it rejects duplicate keys anywhere, content
 * after the catalog object, and input over these limits:
 *
 * <ul>
 *   <li>nesting depth {@value #MAX_NESTING_DEPTH} (objects and arrays; a catalog needs 6);
 *   <li>a single string or name of {@value #MAX_STRING_LENGTH} characters;
 *   <li>a document of {@value #MAX_DOCUMENT_LENGTH} bytes (or characters, for text input).
 * </ul>
 *
 * <p>Every reading method throws {@link CatalogJsonException} for input that is not a valid
 * catalog document, and {@link UncheckedIOException} when the input itself cannot be read. No other
 * exception escapes for any input. Every method throws {@link NullPointerException} on a
 * {@code null} argument. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogJson {

  /** The maximum nesting depth of objects and arrays a reader accepts. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The maximum length, in characters, of one string value or field name a reader accepts. */
  public static final int MAX_STRING_LENGTH = 10_000_000;

  /** The maximum length of a document a reader accepts, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 100_000_000L;

  private static final CatalogJson STANDARD = new CatalogJson(new CatalogModule());
  private static final CatalogJson IGNORING_UNKNOWN_FIELDS =
      new CatalogJson(new CatalogModule().withIgnoreUnknownFields(true));

  private final CatalogModule module;
  private final ObjectReader reader;
  private final ObjectWriter prettyWriter;
  private final ObjectWriter compactWriter;

  private CatalogJson(CatalogModule module) {
    this.module = module;
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_STRING_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(limits)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    ObjectMapper mapper = JsonMapper.builder(factory)
        .addModule(module)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    this.reader = mapper.readerFor(Catalog.class);
    this.prettyWriter = mapper.writer().with(pretty);
    this.compactWriter = mapper.writer();
  }

  /**
   * {@return the shared reader and writer with the default settings: unknown fields are rejected}
   */
  public static CatalogJson standard() {
    return STANDARD;
  }

  /**
   * Returns a {@code CatalogJson} like this one that skips (when {@code true}) or rejects (when
   * {@code false}) fields the format does not define. This instance is not changed.
   *
   * @param ignore whether to skip unknown fields
   * @return an instance with the setting
   */
  public CatalogJson withIgnoreUnknownFields(boolean ignore) {
    return ignore ? IGNORING_UNKNOWN_FIELDS : STANDARD;
  }

  /** {@return whether this instance skips unknown fields instead of rejecting them} */
  public boolean ignoresUnknownFields() {
    return module.ignoresUnknownFields();
  }

  /**
   * Writes the catalog as JSON indented by two spaces.
   *
   * @param catalog the catalog
   * @return the JSON text, without a final line break
   */
  public String write(Catalog catalog) {
    return writeWith(prettyWriter, catalog);
  }

  /**
   * Writes the catalog as JSON on one line, without insignificant whitespace.
   *
   * @param catalog the catalog
   * @return the JSON text
   */
  public String writeCompact(Catalog catalog) {
    return writeWith(compactWriter, catalog);
  }

  private static String writeWith(ObjectWriter writer, Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    try {
      return writer.writeValueAsString(catalog);
    } catch (JacksonException e) {
      // Writing a valid model to a String cannot fail; this is a bug if it happens.
      throw new IllegalStateException("cannot write catalog JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads a catalog from JSON text.
   *
   * @param json the JSON text
   * @return the catalog
   * @throws CatalogJsonException when the text is not a valid catalog document
   */
  public Catalog read(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return check(reader.readValue(json));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a catalog from JSON bytes in UTF-8 (or UTF-16/32, detected from the first bytes).
   *
   * @param json the JSON bytes
   * @return the catalog
   * @throws CatalogJsonException when the bytes are not a valid catalog document
   */
  public Catalog read(byte[] json) {
    Objects.requireNonNull(json, "json");
    try {
      return check(reader.readValue(json));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a catalog from a character stream; the reader is not closed.
   *
   * @param json the JSON text
   * @return the catalog
   * @throws CatalogJsonException when the text is not a valid catalog document
   * @throws UncheckedIOException when reading fails
   */
  public Catalog read(Reader json) {
    Objects.requireNonNull(json, "json");
    try {
      return check(reader.readValue(json));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a catalog from a byte stream in UTF-8 (or UTF-16/32, detected from the first bytes); the
   * stream is not closed.
   *
   * @param json the JSON bytes
   * @return the catalog
   * @throws CatalogJsonException when the bytes are not a valid catalog document
   * @throws UncheckedIOException when reading fails
   */
  public Catalog read(InputStream json) {
    Objects.requireNonNull(json, "json");
    try {
      return check(reader.readValue(json));
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads a catalog from a JSON file in UTF-8 (or UTF-16/32, detected from the first bytes).
   *
   * @param file the file
   * @return the catalog
   * @throws CatalogJsonException when the file is not a valid catalog document
   * @throws UncheckedIOException when the file cannot be read
   */
  public Catalog read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return check(reader.readValue(in));
    } catch (JacksonException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Catalog check(Catalog catalog) {
    if (catalog == null) {
      // A mapper returns null for a document that is just `null`, without calling the module.
      throw new CatalogJsonException(
          "expected a catalog object at $, found null", JsonPath.ROOT, 1, 1, null);
    }
    return catalog;
  }

  private static RuntimeException translate(JacksonException e) {
    if (e instanceof JacksonIOException io) {
      if (io.getCause() instanceof CharConversionException) {
        // Bytes that are not text in the encoding detected from the first bytes: bad content, not I/O.
        return new CatalogJsonException("input is not valid UTF-8, UTF-16 or UTF-32 text: "
            + io.getCause().getMessage(), JsonPath.ROOT, 0, 0, e);
      }
      return new UncheckedIOException(io.getCause());
    }
    String message = e.getOriginalMessage();
    String path;
    if (e instanceof CatalogInputException c) {
      path = c.jsonPath();
    } else {
      path = e.processor() instanceof JsonParser p ? JsonPath.of(p) : JsonPath.ROOT;
      message = message + " at " + path;
    }
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    if (line > 0) {
      message = message + " (line " + line + ", column " + column + ")";
    }
    return new CatalogJsonException(message, path, line, column, e);
  }
}
