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
  ParserOptions options = new ParserOptions(); // set also when the input is made in code (diff)

  @Option(names = "--verbose", description = "Print the stack trace when the input cannot be read.")
  boolean verbose;

  /** The input formats of {@code --from}. */
  enum Format { markdown, json }

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "markdown or json: read PATH as this format. Default: catalog JSON when the file starts "
          + "with a JSON object (in UTF-8 or UTF-16), Markdown otherwise.")
  Format from;

  /** How many leading bytes are looked at to tell text from binary or JSON input. */
  private static final int SNIFF_BYTES = 8192;

  /**
   * Parses the input. A file is looked at first: catalog JSON (see {@link #readsJson()}) is read as
   * it is, without diagnostics; an empty or blank file and a binary file (a NUL byte in its first
   * {@value #SNIFF_BYTES} bytes, without a UTF-16 byte-order mark) cannot be read.
   *
   * @return the catalog and its diagnostics
   * @throws CatalogParseException when the input cannot be read
   */
  ParseResult parse() {
    CatalogParser parser = options.parser();
    if (path == null) {
      return parser.parse(bundledText(), BUNDLED_SOURCE);
    }
    if (readsJson()) {
      return readJson(path);
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
    }
    if (Files.isDirectory(path) && !CatalogFolder.hasIndex(path)) {
      return CatalogFolder.read(parser, path);
    }
    return parser.parse(path);
  }

  /**
   * Whether the input is read as catalog JSON: as {@code --from} says, else when PATH is a file
   * whose first character other than white space opens a JSON object: <code>{</code> followed by
   * {@code "} or <code>}</code>, in UTF-8 or UTF-16 (with or without a byte-order mark). A
   * Markdown file may start with <code>{</code> (Liquid, Hugo) or {@code [} (a badge, {@code [TOC]}).
   *
   * @return whether to read the input as catalog JSON
   */
  boolean readsJson() {
    if (from != null || path == null) {
      return from == Format.json && path != null;
    }
    return Files.isRegularFile(path) && startsJsonObject(head(path));
  }

  /** Whether the bytes start, after white space, with <code>{</code> and then {@code "} or <code>}</code>. */
  static boolean startsJsonObject(byte[] head) {
    String text;
    int n = head.length;
    if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF || n >= 2 && head[0] == 0 && head[1] != 0) {
      text = new String(head, 0, n - n % 2, StandardCharsets.UTF_16BE);
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE || n >= 2 && head[0] != 0 && head[1] == 0) {
      text = new String(head, 0, n - n % 2, StandardCharsets.UTF_16LE);
    } else {
      text = new String(head, StandardCharsets.UTF_8);
    }
    String start = text.replace("\uFEFF", "").stripLeading();
    if (!start.startsWith("{")) {
      return false;
    }
    String next = start.substring(1).stripLeading();
    return next.startsWith("\"") || next.startsWith("}");
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
