package io.github.talkcatalog.examples.cli;

import io.github.talkcatalog.CatalogParseException;
import io.github.talkcatalog.CatalogWriter;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.WriteResult;
import io.github.talkcatalog.jackson.CatalogJson;
import io.github.talkcatalog.jackson.CatalogJsonException;
import io.github.talkcatalog.model.Catalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catalog convert [PATH] --to json|markdown|csv [--strict]}: reads a catalog, as catalog JSON
 * or as Markdown, and prints it in another format. JSON and Markdown carry the same fields (the
 * Markdown writer names each field it cannot carry; {@code --strict} makes that exit 1); CSV is an
 * export that is not read back.
 *
 * <p>The input format is detected from the content: a file whose first character other than white
 * space (after an optional UTF-8 byte order mark, within the first 4096 bytes) is <code>{</code> is
 * read as catalog JSON, strictly
 * ({@link CatalogJson}); anything else, a folder, or no PATH (the bundled catalog) is parsed as
 * Markdown, with its diagnostics on standard error.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    versionProvider = CatalogCommand.Version.class,
    description = {
        "Prints a talk catalog in the format given by --to.",
        "The input is Markdown, or catalog JSON (content starting with '{').",
        "Markdown diagnostics go to standard error."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the catalog was printed",
        "1:the input cannot be read, or is not a valid catalog JSON document; with --strict, the",
        "  Markdown does not carry every field of the catalog (each loss is named)",
        "2:usage error"})
final class ConvertCommand implements Callable<Integer> {

  /** The output formats of {@code --to}. */
  enum Target { json, markdown, csv }

  @Mixin
  CatalogInput input;

  @Option(names = "--to", required = true, paramLabel = "FORMAT",
      description = "json (catalog JSON), markdown (the canonical layout of the bundled catalog, "
          + "which this tool reads back unchanged) or csv (one row per talk, with a header row).")
  Target target;

  @Option(names = "--compact", description = "With --to json: print the JSON on one line.")
  boolean compact;

  @Option(names = "--strict", description = "With --to markdown: exit 1 when the Markdown does not "
      + "read back as the same catalog (every field but the talks' headings); the losses are named "
      + "on standard error either way.")
  boolean strict;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Catalog catalog;
    if (input.readsJson()) {
      try {
        catalog = CatalogJson.standard().read(input.path);
      } catch (CatalogJsonException e) {
        throw new CatalogParseException(
            "cannot read " + input.path + " as catalog JSON: " + e.getMessage(), List.of(), e);
      }
    } else {
      ParseResult result = input.parse();
      CatalogInput.print(result.diagnostics(), spec.commandLine().getErr());
      catalog = result.catalog();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (target == Target.markdown) {
      WriteResult written = CatalogWriter.builder().build().write(catalog);
      out.print(written.markdown());
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      String severity = strict ? "error" : "warning";
      for (WriteResult.Loss loss : written.losses()) {
        err.println("catalog: " + severity + ": not representable in Markdown: " + loss);
      }
      err.flush();
      return strict && !written.lossless() ? 1 : 0;
    }
    out.print(TalkOutput.render(catalog, target.name(), compact));
    out.flush();
    return 0;
  }
}
