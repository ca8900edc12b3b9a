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
    assertFailsInOneLine(missing, "cannot read " + missing + ": no such file or folder");
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
  void markdownStartingWithABracketOrBraceIsMarkdown() throws Exception {
    String talks = "## Talk - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n";
    for (String start : new String[] {"[![build](https://example.com/b.svg)](https://example.com)\n\n# T\n\n",
        "[TOC]\n\n# T\n\n", "{% raw %}\n# T\n\n", "{{< note >}}\n# T\n\n"}) {
      Path file = dir.resolve("talks.md");
      Files.writeString(file, start + talks);
      Run check = run("check", file.toString());
      assertThat(check.exitCode()).as(start).isZero();
      assertThat(check.out()).as(start).startsWith("talks: 1,");
    }
  }

  @Test
  void utf16CatalogJsonIsJson() throws Exception {
    String json = run("parse", "--compact").out();
    for (java.nio.charset.Charset charset : new java.nio.charset.Charset[] {
        StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      Path file = dir.resolve("catalog.json");
      Files.write(file, json.getBytes(charset));
      Run check = run("check", file.toString());
      assertThat(check.exitCode()).as(charset.name()).isZero();
      assertThat(check.out()).as(charset.name()).isEqualTo("talks: 53, errors: 0, warnings: 0, infos: 0\n");
    }
  }

  @Test
  void fromForcesTheFormat() throws Exception {
    Path file = dir.resolve("talks.txt");
    Files.writeString(file, "{\"not\": \"json\"}\n\n## Talk - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n");
    assertThat(run("check", file.toString()).err()).startsWith("catalog: cannot read " + file + ": JSON that is not catalog JSON (");
    Run markdown = run("check", "--from", "markdown", file.toString());
    assertThat(markdown.out()).startsWith("talks: 1,");

    Path json = dir.resolve("catalog.md");
    Files.writeString(json, "  \n" + run("parse", "--compact").out());
    assertThat(run("check", "--from", "json", json.toString()).out()).startsWith("talks: 53,");
    assertThat(run("convert", "--from", "json", "--to", "csv", json.toString()).exitCode()).isZero();
    Path notJson = dir.resolve("talks.md");
    Files.writeString(notJson, "# T\n");
    assertThat(run("check", "--from", "json", notJson.toString()).err())
        .startsWith("catalog: cannot read " + notJson + ": JSON that is not catalog JSON (");
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

  @Test
  void runningOutOfHeapIsOneLine() throws Exception {
    // a separate JVM with a small heap, since an OutOfMemoryError is the JVM's, not the tool's
    Path big = dir.resolve("big.md");
    Files.writeString(big, "# T\n\n## Talk - Ada Quill\n\n" + "- a\n".repeat(1_000_000));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx16m", "-cp", System.getProperty("java.class.path"), CatalogCommand.class.getName(), "check", big.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(1);
    assertThat(err).startsWith("catalog: the input is too large to read within the Java heap (")
        .endsWith(" MB); give Java more memory with -Xmx or split the catalog\n")
        .doesNotContain("\tat ");
  }
}
