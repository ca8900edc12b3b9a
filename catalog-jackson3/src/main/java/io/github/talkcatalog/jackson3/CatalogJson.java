package io.github.talkcatalog.jackson3;

import io.github.talkcatalog.internal.json.JsonPath;
import io.github.talkcatalog.internal.json.Values;
import io.github.talkcatalog.jackson3.internal.MappedDeserializer;
import io.github.talkcatalog.model.Catalog;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
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
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The short way to catalog JSON with Jackson 3: {@code docs/catalog-json.md}, version 1, read and
 * written through {@link CatalogModule}, byte for byte as the Jackson 2 module writes it.
 *
 * <pre>{@code
 * CatalogJson json = CatalogJson.standard();
 * json.write(catalog, Path.of("talks.json"));
 * Catalog back = json.read(Path.of("talks.json"));
 * }</pre>
 *
 * <p>Writing: {@link #write(Catalog)} gives the text indented by two spaces, lines ending in
 * {@code \n}; {@link #writeCompact(Catalog)} gives a single line. There is no line break at the
 * end. To a file, {@link Writer} or {@link OutputStream}, the indented text goes out (as UTF-8
 * bytes for a file or a byte stream); streams passed in are flushed and stay open.
 *
 * <p>Reading adds, to the module's own checks (fields unknown, missing, duplicated, {@code null} or
 * of the wrong type; the {@code format} version), the rejection of repeated keys, of anything after
 * the catalog object, and of input beyond these bounds:
 *
 * <ul>
 *   <li>{@value #MAX_NESTING_DEPTH} levels of nested objects and arrays (a catalog uses 6);
 *   <li>{@value #MAX_STRING_LENGTH} characters in any one string or field name;
 *   <li>{@value #MAX_DOCUMENT_LENGTH} bytes in the document (characters, when reading text).
 * </ul>
 *
 * <p>Input that is not a valid catalog document makes a reading method throw
 * {@link CatalogJsonException}, whose {@linkplain CatalogJsonException#path() path} is where the
 * parser stopped, bounds included; input that cannot be read at all gives
 * {@link UncheckedIOException}. Nothing else is thrown, whatever the input, except
 * {@link NullPointerException} for a {@code null} argument. Instances are immutable and may be
 * shared between threads.
 *
 * @since 0.1.0
 */
public final class CatalogJson {

  /** How deeply objects and arrays may nest in a document that is read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value or field name, in characters, that is read. */
  public static final int MAX_STRING_LENGTH = 10_000_000;

  /** The longest document that is read, in bytes (in characters for text). */
  public static final long MAX_DOCUMENT_LENGTH = 100_000_000L;

  private static final CatalogJson STANDARD = new CatalogJson(new CatalogModule());
  private static final CatalogJson LENIENT = new CatalogJson(new CatalogModule().withIgnoreUnknownFields(true));

  private final ObjectWriter compact;
  private final ObjectWriter indented;
  private final ObjectReader reader;
  private final CatalogModule module;

  private CatalogJson(CatalogModule withModule) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNameLength(MAX_STRING_LENGTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory).addModule(withModule).build();
    this.module = withModule;
    DefaultIndenter twoSpaces = new DefaultIndenter("  ", "\n");
    this.reader = mapper.readerFor(Catalog.class);
    this.compact = mapper.writer();
    this.indented = compact.with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(twoSpaces)
        .withArrayIndenter(twoSpaces));
  }

  /** {@return the shared instance that rejects unknown fields} */
  public static CatalogJson standard() {
    return STANDARD;
  }

  /** {@return true when unknown fields are skipped, false when they are rejected} */
  public boolean ignoresUnknownFields() {
    return module.ignoresUnknownFields();
  }

  /**
   * {@return the shared instance that skips unknown fields if {@code ignore} is true, or rejects
   * them if it is false}
   *
   * @param ignore true to skip unknown fields
   */
  public CatalogJson withIgnoreUnknownFields(boolean ignore) {
    return ignore ? LENIENT : STANDARD;
  }

  /**
   * {@return the catalog as JSON text indented by two spaces, with no line break at the end}
   *
   * @param catalog what to write
   */
  public String write(Catalog catalog) {
    return indented.writeValueAsString(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * {@return the catalog as JSON text on a single line, with no whitespace between tokens}
   *
   * @param catalog what to write
   */
  public String writeCompact(Catalog catalog) {
    return compact.writeValueAsString(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Writes {@link #write(Catalog)}'s text to a file as UTF-8; an existing file is replaced.
   *
   * @param catalog what to write
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Catalog catalog, Path file) {
    Objects.requireNonNull(catalog, "catalog");
    try (OutputStream out = Files.newOutputStream(Objects.requireNonNull(file, "file"))) {
      indented.writeValue(out, catalog);
    } catch (IOException | JacksonIOException e) {
      throw new UncheckedIOException(e instanceof IOException io ? io : (IOException) e.getCause());
    }
  }

  /**
   * Writes {@link #write(Catalog)}'s text to {@code out}, then flushes it; it is left open.
   *
   * @param catalog what to write
   * @param out the character stream
   * @throws UncheckedIOException if writing to {@code out} fails
   */
  public void write(Catalog catalog, Writer out) {
    writeTo(catalog, Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes {@link #write(Catalog)}'s text to {@code out} as UTF-8, then flushes it; it is left
   * open.
   *
   * @param catalog what to write
   * @param out the byte stream
   * @throws UncheckedIOException if writing to {@code out} fails
   */
  public void write(Catalog catalog, OutputStream out) {
    writeTo(catalog, Objects.requireNonNull(out, "out"));
  }

  private void writeTo(Catalog catalog, Object out) {
    Objects.requireNonNull(catalog, "catalog");
    try {
      if (out instanceof Writer w) {
        indented.writeValue(w, catalog);
      } else {
        indented.writeValue((OutputStream) out, catalog);
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException((IOException) e.getCause());
    }
  }

  /**
   * {@return the catalog that the JSON text holds}
   *
   * @param json JSON text
   * @throws CatalogJsonException if the text is not a valid catalog document
   */
  public Catalog read(String json) {
    Objects.requireNonNull(json, "json");
    return parse(r -> r.createParser(json));
  }

  /**
   * {@return the catalog that the JSON bytes hold; UTF-8, or UTF-16/32 as the first bytes show}
   *
   * @param json JSON bytes
   * @throws CatalogJsonException if the bytes are not a valid catalog document
   */
  public Catalog read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return parse(r -> r.createParser(json));
  }

  /**
   * {@return the catalog read from a character stream, which stays open}
   *
   * @param json JSON text
   * @throws CatalogJsonException if the text is not a valid catalog document
   * @throws UncheckedIOException if reading from the stream fails
   */
  public Catalog read(Reader json) {
    Objects.requireNonNull(json, "json");
    return parse(r -> r.createParser(json));
  }

  /**
   * {@return the catalog read from a byte stream (UTF-8, or UTF-16/32 as the first bytes show),
   * which stays open}
   *
   * @param json JSON bytes
   * @throws CatalogJsonException if the bytes are not a valid catalog document
   * @throws UncheckedIOException if reading from the stream fails
   */
  public Catalog read(InputStream json) {
    Objects.requireNonNull(json, "json");
    return parse(r -> r.createParser(json));
  }

  /**
   * {@return the catalog in a JSON file (UTF-8, or UTF-16/32 as the first bytes show)}
   *
   * @param file the file
   * @throws CatalogJsonException if the file is not a valid catalog document
   * @throws UncheckedIOException if the file cannot be read
   */
  public Catalog read(Path file) {
    try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads one catalog and nothing after it from the parser {@code open} makes, then closes it. */
  private Catalog parse(Function<ObjectReader, JsonParser> open) {
    JsonParser parser = null;
    try {
      parser = open.apply(reader);
      Catalog catalog = reader.readValue(parser);
      if (catalog != null && parser.nextToken() == null) {
        return catalog;
      }
      TokenStreamLocation at = parser.currentLocation();
      throw new CatalogJsonException(catalog == null ? "expected a catalog object at $, found null"
          : "content after the catalog object at $", JsonPath.ROOT, at.getLineNr(), at.getColumnNr(), null);
    } catch (JacksonException e) {
      throw failure(e, parser);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  private static RuntimeException failure(JacksonException e, JsonParser parser) {
    if (e instanceof JacksonIOException io) {
      return io.getCause() instanceof CharConversionException bad
          // Bytes that are not text in the encoding the first bytes announce: bad content, not I/O.
          ? new CatalogJsonException("input is not valid UTF-8, UTF-16 or UTF-32 text: "
              + bad.getMessage(), JsonPath.ROOT, 0, 0, e)
          : new UncheckedIOException(io.getCause());
    }
    String at = parser == null ? JsonPath.ROOT : MappedDeserializer.path(parser);
    String message = e instanceof UnrecognizedPropertyException u
        ? Values.unknownField(u.getPropertyName(), at, u.getReferringClass().getSimpleName(),
            List.copyOf(u.getKnownPropertyIds()))
        : e.getOriginalMessage().contains(" at $") ? e.getOriginalMessage()
        : e.getOriginalMessage() + " at " + at;
    TokenStreamLocation where = e.getLocation();
    int line = where == null ? 0 : Math.max(where.getLineNr(), 0);
    int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
    return new CatalogJsonException(Values.located(message, line, column), at, line, column, e);
  }
}
