package io.github.talkcatalog.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Inputs the tool cannot read: one line on standard error, exit code 1, nothing on standard output,
 * and a stack trace only with {@code --verbose}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CatalogInputErrorsTest {

  @TempDir
  Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = CatalogCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Runs parse and check on the path; both fail in one line that starts with {@code expected}. */
  private static void assertFailsInOneLine(Path path, String expected) {
    for (String command : new String[] {"parse", "check"}) {
      Run run = run(command, path.toString());
      assertThat(run.exitCode()).as(command).isEqualTo(1);
      assertThat(run.out()).as(command).isEmpty();
      assertThat(run.err().lines()).as(command).hasSize(1);
      assertThat(run.err()).as(command).startsWith("catalog: " + expected).doesNotContain("\tat ");

      Run verbose = run(command, "--verbose", path.toString());
      assertThat(verbose.exitCode()).isEqualTo(1);
      assertThat(verbose.err()).startsWith("catalog: " + expected);
    }
  }

  @Test
  void missingFile() {
    Path missing = dir.resolve("missing.md");
    assertFailsInOneLine(missing, "cannot read " + missing + ": NoSuchFileException");
    assertThat(run("parse", "--verbose", missing.toString()).err()).contains("\tat ");
  }

  @Test
  void folderWithoutAnIndexOrAnyMarkdownFile() throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "# Not Markdown\n");
    assertFailsInOneLine(dir, "no index file (README.md, readme.md, index.md, INDEX.md, Readme.md)"
        + " and no Markdown file (*.md) in folder " + dir);
  }

  @Test
  void binaryFile() throws Exception {
    Path file = dir.resolve("talks.md");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    assertFailsInOneLine(file, "cannot read " + file + ": a binary file, not Markdown text");
  }

  @Test
  void emptyFile() throws Exception {
    Path file = dir.resolve("talks.md");
    Files.write(file, new byte[0]);
    assertFailsInOneLine(file, "cannot read " + file + ": the file is empty");
    Files.writeString(file, "\uFEFF \n\n\t\n");
    assertFailsInOneLine(file, "cannot read " + file + ": the file is empty");
  }

  @Test
  void jsonThatIsNotACatalog() throws Exception {
    Path file = dir.resolve("package.json");
    Files.writeString(file, "{\n  \"name\": \"left-pad\",\n  \"version\": \"1.3.0\"\n}\n");
    assertFailsInOneLine(file, "cannot read " + file + ": JSON that is not catalog JSON (");
  }

  @Test
  void catalogJsonIsReadAsItIs() throws Exception {
    Path json = dir.resolve("catalog.json");
    Files.writeString(json, run("parse", "--compact").out(), StandardCharsets.UTF_8);

    Run check = run("check", json.toString());

    assertThat(check.exitCode()).isZero();
    assertThat(check.out()).isEqualTo("talks: 53, errors: 0, warnings: 0, infos: 0\n");
  }

  @Test
  void symbolicLinkLoop() throws Exception {
    Path a = dir.resolve("a.md");
    Path b = dir.resolve("b.md");
    try {
      Files.createSymbolicLink(a, b);
      Files.createSymbolicLink(b, a);
    } catch (UnsupportedOperationException | java.io.IOException e) {
      assumeTrue(false, "symbolic links are not supported here: " + e);
    }
    assertFailsInOneLine(a, "cannot read " + a + ": FileSystemException");
  }

  @Test
  void fifo() throws Exception {
    Path fifo = dir.resolve("talks.md");
    int made;
    try {
      made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
    } catch (java.io.IOException e) {
      made = -1;
    }
    assumeTrue(made == 0, "mkfifo is not available");
    assertFailsInOneLine(fifo, "cannot read " + fifo + ": not a regular file (a device, a FIFO or a socket)");
  }

  @Test
  void multiLineMessagesArePrintedOnOneLine() {
    assertThat(CatalogCommand.oneLine("bad input\n  at line 3\r\n\n column 4 "))
        .isEqualTo("bad input at line 3 column 4 ");
  }
}
