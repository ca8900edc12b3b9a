package io.github.talkcatalog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ParseExampleTest {

  @Test
  void exampleListsTheTalksAndPrintsTheJson() throws Exception {
    Path catalog = Path.of(getClass().getClassLoader()
        .getResource("testdata/fixtures/l1-mini/catalog.md").toURI());
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ParseExample.main(new String[] {catalog.toString()});
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);

    assertThat(out).startsWith("""
        1. Arrow: Columnar Everything
        2. Zero-Copy Joins & Friends
        3. Query Planning at Scale
        4. Example Summit 2026 Recap
        {
          "format": "talk-catalog/1",
          "title": "Data-at-Example-Summit-2026",
        """);
  }

  @Test
  void readmeShowsTheCodeOfTheExample() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    int start = readme.indexOf("```java\n") + "```java\n".length();
    String snippet = readme.substring(start, readme.indexOf("```", start));
    String source = Files.readString(
        Path.of("src", "main", "java", "io", "github", "talkcatalog", "examples", "ParseExample.java"));

    assertThat(snippet.lines().map(String::strip).filter(l -> !l.isEmpty()))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(source).contains(line));
  }
}
