package io.github.talkcatalog.examples.cli;

import io.github.talkcatalog.CatalogParseException;
import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The input shared by the subcommands: an optional catalog PATH (the bundled catalog when absent)
 * and {@code --verbose}.
 */
final class CatalogInput {

  /** The source name diagnostics give for the bundled catalog. */
  static final String BUNDLED_SOURCE = "<bundled>";

  /** The bundled catalog, a classpath resource next to this class. */
  static final String BUNDLED_RESOURCE = "vllm-pytorch-conference-2025.md";

  @Parameters(index = "0", arity = "0..1", paramLabel = "PATH",
      description = "The Markdown catalog to read. Default: the bundled catalog "
          + "(53 talks of PyTorch Conference 2025 that mention vLLM).")
  Path path;

  @Option(names = "--verbose", description = "Print the stack trace when the input cannot be read.")
  boolean verbose;

  /**
   * Parses the input.
   *
   * @return the catalog and its diagnostics
   * @throws CatalogParseException when the input cannot be read
   */
  ParseResult parse() {
    CatalogParser parser = CatalogParser.builder().build();
    if (path == null) {
      return parser.parse(bundledText(), BUNDLED_SOURCE);
    }
    return parser.parse(path);
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
