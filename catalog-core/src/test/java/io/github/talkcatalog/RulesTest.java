package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RulesTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void everyRuleOfTheDocsTableIsAConstantInTheSameOrder() throws Exception {
    List<String> documented = new ArrayList<>();
    Matcher m = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (error|warning|info) \\|")
        .matcher(Files.readString(ROOT.resolve("docs/diagnostics.md")));
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(Rules.ALL).containsExactlyElementsOf(documented).doesNotHaveDuplicates();
  }

  @Test
  void theParserSpellsNoRuleIdOutsideRules() throws Exception {
    Path main = ROOT.resolve("catalog-core/src/main/java");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(main)) {
      offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("Rules.java"))
          .filter(p -> {
            try {
              String source = Files.readString(p);
              return Rules.ALL.stream().anyMatch(id -> source.contains("\"" + id + "\""));
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .map(p -> main.relativize(p).toString())
          .toList();
    }
    assertThat(offenders).isEmpty();
  }
}
