package io.github.talkcatalog.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Trailing attribute lists are not text; braces that are text stay. */
class AttributeListsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Tiny Queues {#tiny-queues}|Tiny Queues",
      "Caches at Dawn - Ann Lee {: .talk}|Caches at Dawn - Ann Lee",
      "![Ann Lee](ann.png){: width=\"150\"}|![Ann Lee](ann.png)",
      "Memo {/*memo*/}|Memo",
      "Queues {.featured}  |Queues",
      "Sets {a, b} and {c}|Sets {a, b} and {c}",
      "Braces {# not an id}|Braces {# not an id}",
      "Plain title|Plain title",
      "{}|{}"})
  void trailingAttributeListIsTakenOff(String in, String out) {
    assertThat(AttributeLists.withoutTrailing(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Caches at Dawn - Ann Lee {: .talk}|Caches at Dawn - Ann Lee",
      "[Tiny Queues](https://youtu.be/Tq1fake01Aa) {#tq}|Tiny Queues"})
  void readInlineLeavesTheAttributesOut(String in, String text) {
    assertThat(new MarkdownReader().readInline(in, 3, 4).text()).isEqualTo(text);
  }
}
