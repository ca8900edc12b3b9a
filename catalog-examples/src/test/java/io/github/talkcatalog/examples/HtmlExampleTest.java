package io.github.talkcatalog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExampleTest {

  @Test
  void exampleWritesAPageWithACardPerTalk(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("talks.html");

    ExampleRun.output(HtmlExample::main, ExampleRun.testdata("fixtures/l1-mini/catalog.md"), page.toString());

    Document html = Jsoup.parse(Files.readString(page));
    assertThat(html.select("li.card h2").eachText()).containsExactly("Arrow: Columnar Everything",
        "Zero-Copy Joins & Friends", "Query Planning at Scale", "Example Summit 2026 Recap");
    assertThat(html.select("li.card h2 a").eachAttr("href")).containsExactly(
        "https://www.youtube.com/watch?v=AAAAAAAAAA1", "https://www.youtube.com/watch?v=BBBBBBBBBB2&t=95s",
        "https://www.youtube.com/watch?v=CCCCCCCCCC3", "https://www.youtube.com/watch?v=DDDDDDDDDD4");
  }

  @Test
  void readmeShowsTheCodeOfTheExample() throws Exception {
    ReadmeSnippet.assertIsCodeOf(ReadmeSnippet.under("Browse a catalog"), HtmlExample.class);
  }
}
