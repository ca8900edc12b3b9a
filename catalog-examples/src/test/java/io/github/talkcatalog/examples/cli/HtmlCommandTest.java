package io.github.talkcatalog.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog html}: the page of a catalog, on standard output or in a file. */
class HtmlCommandTest {

  private static final String PNG_BASE64 =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

  @Test
  void theBundledCatalogIsAPageOfFiftyThreeCards() {
    CliRun run = CliRun.of("html");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("<!doctype html>\n");
    Document page = Jsoup.parse(run.out());
    assertThat(page.select("li.card")).hasSize(53);
    assertThat(page.select("li.card img")).hasSize(53);
  }

  @Test
  void aMarkdownFileGetsItsImagesInlinedAndThePageGoesToTheOutputFile(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("imgs"));
    Files.write(dir.resolve("imgs/shot.png"), Base64.getDecoder().decode(PNG_BASE64));
    Files.writeString(dir.resolve("talks.md"), """
        # Invented Summit

        ## Keynote: Query Planning at Scale - Ana Ruiz, Zeta Labs
        - Link: https://www.youtube.com/watch?v=AAAAAAAAAAA

        ![Ana on stage](imgs/shot.png)

        How a planner picks joins.

        ## Caching Without Tears - Bo Li
        - Link: https://www.youtube.com/watch?v=BBBBBBBBBBB

        A cache story.
        """);
    Path out = dir.resolve("talks.html");

    CliRun run = CliRun.of("html", dir.resolve("talks.md").toString(), "-o", out.toString(), "--no-thumbnails");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    Document page = Jsoup.parse(Files.readString(out));
    assertThat(page.select("li.card h2").eachText()).containsExactly("Query Planning at Scale", "Caching Without Tears");
    assertThat(page.select("li.card img").eachAttr("src")).containsExactly("data:image/png;base64," + PNG_BASE64);
    assertThat(page.select("li.card img").eachAttr("alt")).containsExactly("Ana on stage");
  }

  @Test
  void anOutputFileThatCannotBeWrittenIsOneLineAndExitCodeOne(@TempDir Path dir) {
    CliRun run = CliRun.of("html", "-o", dir.resolve("missing/page.html").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("catalog: cannot write " + dir.resolve("missing/page.html"));
    assertThat(run.err().lines()).hasSize(1);
  }
}
