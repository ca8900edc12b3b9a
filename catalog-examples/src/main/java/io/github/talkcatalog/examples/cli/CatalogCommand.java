package io.github.talkcatalog.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code catalog} command line tool.
 *
 * <pre>
 * java -jar catalog-examples/target/catalog.jar parse [PATH] [--compact]
 * java -jar catalog-examples/target/catalog.jar check [PATH]
 * </pre>
 *
 * <p>Exit codes: 0 done; 1 the input cannot be read (one line on standard error, the stack trace
 * only with {@code --verbose}; running out of stack or heap is reported the same way), or
 * {@code check} found error diagnostics; 2 usage error (one line on standard error, then a hint
 * to {@code --help}). Standard output and standard error are written in UTF-8.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
    versionProvider = CatalogCommand.Version.class,
    description = "Reads hand-written Markdown catalogs of conference talks.",
    subcommands = {ParseCommand.class, CheckCommand.class, QueryCommand.class, StatsCommand.class,
        ConvertCommand.class, HtmlCommand.class, DiffCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:the input cannot be read, or check found errors", "2:usage error"})
public final class CatalogCommand {

  private CatalogCommand() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    CommandLine cli = commandLine();
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cli.execute(args));
  }

  /**
   * Returns the configured command line, ready for {@link CommandLine#execute(String...)}; set its
   * output and error writers to capture them.
   *
   * @return a new command line
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CatalogCommand())
        .setExecutionExceptionHandler(CatalogCommand::failed)
        .setParameterExceptionHandler(CatalogCommand::usageError);
    return cli.setExecutionStrategy(parsed -> {
      try {
        return new CommandLine.RunLast().execute(parsed);
      } catch (StackOverflowError | OutOfMemoryError e) {
        // the input's structures are unreachable once the stack unwinds, so there is room to report
        return failed(new IllegalStateException(tooBig(e), e), cli, parsed);
      }
    });
  }

  /** The one line for an input the JVM could not read within its stack or heap. */
  static String tooBig(VirtualMachineError e) {
    return e instanceof StackOverflowError
        ? "the input is nested too deeply to read (stack overflow); please report it with the input"
        : "the input is too large to read within the Java heap (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MB); give Java more memory with -Xmx or split the catalog";
  }

  /** Reports a failed run in one line; the stack trace only with {@code --verbose}. */
  private static int failed(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    err.println("catalog: " + oneLine(message));
    if (verbose(parsed)) {
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  /**
   * Reports a usage error in one line and a hint instead of the whole usage, e.g.
   * {@code catalog: Unknown option: '--shiny'} and
   * {@code Try 'catalog parse --help' for more information.}
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    err.println("catalog: " + oneLine(message));
    err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The message with each line break, and the white space around it, made one space. */
  static String oneLine(String message) {
    StringBuilder b = new StringBuilder(message.length());
    boolean pendingBreak = false;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\n' || c == '\r') {
        while (b.length() > 0 && Character.isWhitespace(b.charAt(b.length() - 1))) {
          b.setLength(b.length() - 1);
        }
        pendingBreak = true;
      } else if (pendingBreak && Character.isWhitespace(c)) {
        continue;
      } else {
        if (pendingBreak) {
          b.append(' ');
          pendingBreak = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean verbose(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /** The version from the build: {@code catalog 0.1.0}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("catalog.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"catalog " + p.getProperty("version", "unknown")};
    }
  }
}
