package io.github.talkcatalog.examples.cli;

import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.jackson.CatalogJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code catalog parse [PATH] [--compact]}: prints the catalog JSON; diagnostics go to standard error. */
@Command(name = "parse", mixinStandardHelpOptions = true,
    versionProvider = CatalogCommand.Version.class,
    description = {
        "Prints a talk catalog as catalog JSON (docs/catalog-json.md).",
        "The input is Markdown, or catalog JSON (content starting with '{').",
        "Diagnostics go to standard error as FILE:LINE:COLUMN: SEVERITY RULE-ID: message."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the JSON was printed (diagnostics may have been reported)",
        "1:the input cannot be read",
        "2:usage error"})
final class ParseCommand implements Callable<Integer> {

  @Mixin
  CatalogInput input;

  @Option(names = "--compact", description = "Print the JSON on one line instead of indented.")
  boolean compact;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ParseResult result = input.parse();
    CatalogInput.print(result.diagnostics(), spec.commandLine().getErr());
    CatalogJson json = CatalogJson.standard();
    PrintWriter out = spec.commandLine().getOut();
    out.println(compact ? json.writeCompact(result.catalog()) : json.write(result.catalog()));
    out.flush();
    return 0;
  }
}
