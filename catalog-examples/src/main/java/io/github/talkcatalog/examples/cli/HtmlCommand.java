package io.github.talkcatalog.examples.cli;

import io.github.talkcatalog.CatalogHtml;
import io.github.talkcatalog.ParseResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code catalog html [PATH] [-o FILE] [--no-thumbnails]}: writes the catalog as one self-contained
 * HTML page ({@link CatalogHtml}). Images are read from the folder of a Markdown file, or from the
 * catalog folder.
 */
@Command(name = "html", mixinStandardHelpOptions = true,
    versionProvider = CatalogCommand.Version.class,
    description = {
        "Writes a talk catalog as one self-contained HTML page to browse and search.",
        "The input is Markdown, or catalog JSON (content starting with '{').",
        "Images of the catalog's folder are inlined; otherwise YouTube thumbnails are shown.",
        "Markdown diagnostics go to standard error."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the page was written",
        "1:the input cannot be read, or the output file cannot be written",
        "2:usage error"})
final class HtmlCommand implements Callable<Integer> {

  @Mixin
  CatalogInput input;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the page to FILE instead of standard output.")
  Path output;

  @Option(names = "--no-thumbnails",
      description = "Show no YouTube thumbnails: the page then loads nothing from the network.")
  boolean noThumbnails;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ParseResult result = input.parse();
    CatalogInput.print(result.diagnostics(), spec.commandLine().getErr());
    CatalogHtml.Builder html = CatalogHtml.builder().youtubeThumbnails(!noThumbnails);
    if (input.path != null) {
      Path folder = Files.isDirectory(input.path) ? input.path : input.path.toAbsolutePath().getParent();
      if (folder != null) {
        html.imageFolder(folder);
      }
    }
    String page = html.build().write(result.catalog());
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(page);
      out.flush();
    } else {
      try {
        Files.writeString(output, page, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
      }
    }
    return 0;
  }
}
