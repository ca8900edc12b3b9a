package io.github.talkcatalog.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.model.Talk;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Properties of the list and table readers on any entry text. Each input's lines are parsed three
 * ways: as bullet items, as numbered items under a section heading, and as rows of a table with
 * Title, Speaker and Video columns. Committed inputs under {@code ListLayoutFuzzTestInputs/} replay
 * on every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class ListLayoutFuzzTest {

  /** Seconds one input may take: a hang guard, which Jazzer passes to libFuzzer as -timeout. */
  private static final long PER_INPUT_SECONDS = 10;

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  /** The parser never throws on list or table input; talks are numbered 1..n and well formed. */
  @FuzzTest(maxDuration = "30s")
  @Timeout(PER_INPUT_SECONDS)
  void listAndTableInputNeverThrowsAndNumbersTalksInOrder(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    List<String> lines = text.lines().toList();
    StringBuilder bullets = new StringBuilder("# Talks\n\n");
    StringBuilder numbered = new StringBuilder("# Talks\n\n## Section\n\n");
    StringBuilder table = new StringBuilder("# Talks\n\n| Title | Speaker | Video |\n|---|---|---|\n");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      bullets.append(i % 3 == 2 ? "    - " : "- ").append(line).append('\n');
      numbered.append(i + 1).append(". ").append(line).append('\n');
      table.append("| ").append(line.replace('\n', ' ')).append(" |\n");
    }
    for (String document : List.of(text, bullets.toString(), numbered.toString(), table.toString())) {
      check(PARSER.parse(document), document);
    }
  }

  private static void check(ParseResult result, String document) {
    List<Talk> talks = result.catalog().talks();
    long lines = document.lines().count() + 1;
    for (int i = 0; i < talks.size(); i++) {
      Talk t = talks.get(i);
      assertThat(t.position()).isEqualTo(i + 1);
      assertThat(t.title()).isNotNull();
      t.line().ifPresent(l -> assertThat((long) l).isBetween(1L, lines));
      t.duration().ifPresent(d -> assertThat(d).isBetween(0, 100 * 3600));
      t.year().ifPresent(y -> assertThat(y).isBetween(1900, 2099));
    }
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.ruleId()).matches("[a-z]+(-[a-z]+)*");
      assertThat((long) d.line()).isLessThanOrEqualTo(lines);
    }
  }
}
