package io.github.talkcatalog.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.talkcatalog.internal.json.JsonPath;
import io.github.talkcatalog.internal.json.Values;
import io.github.talkcatalog.jackson.internal.MappedDeserializer;
import io.github.talkcatalog.model.Catalog;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * Writes a {@link Catalog} as catalog JSON and reads it back: the format of
 * {@code docs/catalog-json.md}, version 1, through {@link CatalogModule}.
 *
 * <pre>{@code
 * String json = CatalogJson.standard().write(catalog);
 * Catalog back = CatalogJson.standard().read(json);
 * }</pre>
 *
 * <p>Output is JSON text: {@link #write(Catalog)} indents by two spaces with {@code \n} line
 * breaks, {@link #writeCompact(Catalog)} writes one line; neither ends with a line break. The
 * {@code write} methods to a file, a {@link Writer} or an {@link OutputStream} write the indented
 * form, in UTF-8 where they write bytes, and leave a stream they are given open.
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
 * catalog document (its {@linkplain CatalogJsonException#path() path} is where the parser stood, also
 * for a limit that was exceeded), and {@link UncheckedIOException} when the input itself cannot be read. No other
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
    ObjectMapper mapper = JsonMapper.builder(factory).addModule(module).build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    this.reader = mapper.readerFor(Catalog.class);
    this.prettyWriter = mapper.writer(pretty);
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
    Objects.requireNonNull(catalog, "catalog");
    try {
      return prettyWriter.writeValueAsString(catalog);
    } catch (JsonProcessingException e) {
      // Writing a valid model to a String cannot fail; this is a bug if it happens.
      throw new IllegalStateException("cannot write catalog JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes the catalog as JSON on one line, without insignificant whitespace.
   *
   * @param catalog the catalog
   * @return the JSON text
   */
  public String writeCompact(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    try {
      return compactWriter.writeValueAsString(catalog);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write catalog JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes the catalog as indented JSON to a file in UTF-8, replacing the file if it exists; the
   * same text as {@link #write(Catalog)}.
   *
   * @param catalog the catalog
   * @param file the file
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Catalog catalog, Path file) {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(catalog, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the catalog as indented JSON to a character stream, which is flushed, not closed.
   *
   * @param catalog the catalog
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   */
  public void write(Catalog catalog, Writer out) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(out, "out");
    try {
      prettyWriter.writeValue(out, catalog);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the catalog as indented JSON in UTF-8 to a byte stream, which is flushed, not closed.
   *
   * @param catalog the catalog
   * @param out where to write
   * @throws UncheckedIOException when writing fails
   */
  public void write(Catalog catalog, OutputStream out) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(out, "out");
    try {
      prettyWriter.writeValue(out, catalog);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    return read(() -> reader.createParser(json));
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
    return read(() -> reader.createParser(json));
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
    return read(() -> reader.createParser(json));
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
    return read(() -> reader.createParser(json));
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
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  private Catalog read(ParserSource source) {
    JsonParser parser = null;
    try {
      parser = source.open();
      Catalog catalog = reader.readValue(parser);
      if (catalog == null || parser.nextToken() != null) {
        throw new CatalogJsonException(catalog == null ? "expected a catalog object at $, found null"
            : "content after the catalog object at $", JsonPath.ROOT,
            parser.currentLocation().getLineNr(), parser.currentLocation().getColumnNr(), null);
      }
      return catalog;
    } catch (IOException e) {
      throw translate(e, parser);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // the input stays open (AUTO_CLOSE_SOURCE is off); nothing else can fail here
        }
      }
    }
  }

  private static RuntimeException translate(IOException e, JsonParser parser) {
    if (e instanceof CharConversionException) {
      // Bytes that are not text in the encoding detected from the first bytes: bad content, not I/O.
      return new CatalogJsonException("input is not valid UTF-8, UTF-16 or UTF-32 text: "
          + e.getMessage(), JsonPath.ROOT, 0, 0, e);
    }
    if (!(e instanceof JsonProcessingException j)) {
      return new UncheckedIOException(e);
    }
    String path = parser == null ? JsonPath.ROOT : MappedDeserializer.path(parser);
    String message = j.getOriginalMessage();
    if (j instanceof UnrecognizedPropertyException u) {
      message = Values.unknownField(u.getPropertyName(), path, u.getReferringClass().getSimpleName(),
          List.copyOf(u.getKnownPropertyIds()));
    } else if (!message.contains(" at $")) {
      message = message + " at " + path;
    }
    int line = j.getLocation() == null ? 0 : Math.max(j.getLocation().getLineNr(), 0);
    int column = j.getLocation() == null ? 0 : Math.max(j.getLocation().getColumnNr(), 0);
    return new CatalogJsonException(Values.located(message, line, column), path, line, column, e);
  }
}
