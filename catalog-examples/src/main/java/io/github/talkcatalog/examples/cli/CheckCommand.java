package io.github.talkcatalog.examples.cli;

import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.Severity;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code catalog check [PATH]}: prints the diagnostics to standard error and a one-line summary to
 * standard output; fails when there is an error diagnostic.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    versionProvider = CatalogCommand.Version.class,
    description = {
        "Reports the diagnostics of a Markdown talk catalog.",
        "Diagnostics go to standard error as FILE:LINE:COLUMN: SEVERITY RULE-ID: message,",
        "then a summary line goes to standard output."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:no error diagnostics (warnings and infos allowed)",
        "1:error diagnostics, or the input cannot be read",
        "2:usage error"})
final class CheckCommand implements Callable<Integer> {

  @Mixin
  CatalogInput input;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    ParseResult result = input.parse();
    CatalogInput.print(result.diagnostics(), spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    out.println("talks: " + result.catalog().talks().size()
        + ", errors: " + count(result, Severity.ERROR)
        + ", warnings: " + count(result, Severity.WARNING)
        + ", infos: " + count(result, Severity.INFO));
    out.flush();
    return result.hasErrors() ? 1 : 0;
  }

  private static long count(ParseResult result, Severity severity) {
    return result.diagnostics().stream().map(Diagnostic::severity).filter(severity::equals).count();
  }
}
