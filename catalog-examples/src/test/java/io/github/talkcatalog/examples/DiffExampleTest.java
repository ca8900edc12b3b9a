package io.github.talkcatalog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffExampleTest {

  @Test
  void examplePrintsARemovedAnAddedAndAChangedTalk(@TempDir Path dir) throws Exception {
    String old = ExampleRun.testdata("fixtures/l1-mini/catalog.md");
    String text = Files.readString(Path.of(old));
    int start = text.indexOf("## Example Summit 2026 Recap");
    String edited = text.substring(0, start).replace("?t=95", "?t=120")
        + "## Vectors at the Edge - Ines Park\n- Link: https://www.youtube.com/watch?v=EEEEEEEEEE5\n";
    Path now = Files.writeString(dir.resolve("catalog.md"), edited);

    String out = ExampleRun.output(DiffExample::main, old, now.toString());

    assertThat(out).isEqualTo("""
        - Example Summit 2026 Recap
        + Vectors at the Edge
        ~ Zero-Copy Joins & Friends: video https://www.youtube.com/watch?v=BBBBBBBBBB2 (from 95 s) -> https://www.youtube.com/watch?v=BBBBBBBBBB2 (from 120 s)
        """);
  }

  @Test
  void readmeShowsTheCodeOfTheExample() throws Exception {
    ReadmeSnippet.assertIsCodeOf(ReadmeSnippet.under("Compare two editions"), DiffExample.class);
  }
}
