package io.github.talkcatalog.examples.cli;

import io.github.talkcatalog.CatalogParseException;
import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.jackson.CatalogJson;
import io.github.talkcatalog.jackson.CatalogJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input shared by the subcommands: an optional catalog PATH (the bundled catalog when absent),
 * the parser's options ({@link ParserOptions}) and {@code --verbose}.
 */
final class CatalogInput {

  /** The source name diagnostics give for the bundled catalog. */
  static final String BUNDLED_SOURCE = "<bundled>";

  /** The bundled catalog, a classpath resource next to this class. */
  static final String BUNDLED_RESOURCE = "vllm-pytorch-conference-2025.md";

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
      description = "The catalog to read: a Markdown file, a folder with an index, a folder of catalogs (*.md, "
          + "read as one catalog when the folder has no index file), or a catalog JSON file. Default: the bundled catalog "
          + "(53 talks of PyTorch Conference 2025 that mention vLLM).")
  Path path;

  @Mixin
  ParserOptions options;

  @Option(names = "--verbose", description = "Print the stack trace when the input cannot be read.")
  boolean verbose;

  /** How many leading bytes are looked at to tell text from binary or JSON input. */
  private static final int SNIFF_BYTES = 8192;

  /**
   * Parses the input. A file is looked at first: an empty or blank file, a binary file (a NUL byte
   * in its first {@value #SNIFF_BYTES} bytes, without a UTF-16 byte-order mark) and a JSON file
   * (starting with <code>{</code> or {@code [}) that is not catalog JSON cannot be read; catalog
   * JSON is read as it is, without diagnostics.
   *
   * @return the catalog and its diagnostics
   * @throws CatalogParseException when the input cannot be read
   */
  ParseResult parse() {
    CatalogParser parser = options.parser();
    if (path == null) {
      return parser.parse(bundledText(), BUNDLED_SOURCE);
    }
    if (Files.isRegularFile(path)) {
      byte[] head = head(path);
      String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
      boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
          || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF);
      if (text.isBlank() && sizeOf(path) <= SNIFF_BYTES) {
        throw new CatalogParseException("cannot read " + path + ": the file is empty", List.of(), null);
      }
      if (!utf16 && text.indexOf('\0') >= 0) {
        throw new CatalogParseException(
            "cannot read " + path + ": a binary file, not Markdown text", List.of(), null);
      }
      String start = text.stripLeading();
      if (!utf16 && (start.startsWith("{") || start.startsWith("["))) {
        return readJson(path);
      }
    }
    if (Files.isDirectory(path) && !CatalogFolder.hasIndex(path)) {
      return CatalogFolder.read(parser, path);
    }
    return parser.parse(path);
  }

  private static ParseResult readJson(Path file) {
    try {
      return new ParseResult(CatalogJson.standard().read(file), List.of());
    } catch (CatalogJsonException e) {
      throw new CatalogParseException("cannot read " + file + ": JSON that is not catalog JSON ("
          + e.getMessage() + ")", List.of(), e);
    }
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(SNIFF_BYTES);
    } catch (IOException | SecurityException e) {
      throw new CatalogParseException("cannot read " + file + ": " + e, List.of(), e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return Long.MAX_VALUE;
    }
  }

  static void print(List<Diagnostic> diagnostics, PrintWriter err) {
    for (Diagnostic d : diagnostics) {
      err.println(d);
    }
    err.flush();
  }

  private static String bundledText() {
    try (InputStream in = CatalogInput.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new CatalogParseException(
            "cannot read the bundled catalog: resource " + BUNDLED_RESOURCE + " is missing", List.of(), null);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CatalogParseException("cannot read the bundled catalog: " + e, List.of(), e);
    }
  }
}
