package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Title clean-up on invented titles. */
class TitleTextTest {

  @Test
  void fullwidthPunctuationBecomesAscii() {
    assertThat(TitleText.asciiPunctuation("队列（入门）：Ann Lee，Bo Tran")).isEqualTo("队列(入门): Ann Lee, Bo Tran");
    assertThat(TitleText.asciiPunctuation("Plain - Title")).isEqualTo("Plain - Title");
  }

  @Test
  void tagsAndHeadingIdsGo() {
    assertThat(TitleText.withoutTags("Queues at Scale [I] - Ann Lee")).isEqualTo("Queues at Scale - Ann Lee");
    assertThat(TitleText.withoutTags("Queues [en]")).isEqualTo("Queues");
    assertThat(TitleText.withoutTags("Queues at Scale {/*queues-at-scale*/}")).isEqualTo("Queues at Scale");
    assertThat(TitleText.withoutTags("Queues at Scale {#queues}")).isEqualTo("Queues at Scale");
    assertThat(TitleText.withoutTags("Arrays [0] and [Tips]")).isEqualTo("Arrays [0] and [Tips]");
    assertThat(TitleText.withoutTags("Arrays [Part 1] and a[i] - Ann Lee")).isEqualTo("Arrays [Part 1] and a[i] - Ann Lee");
  }

  @Test
  void wrappingQuotesGo() {
    assertThat(TitleText.unquoted("\"Queues Lie\"")).isEqualTo("Queues Lie");
    assertThat(TitleText.unquoted("'Queues Lie'")).isEqualTo("Queues Lie");
    assertThat(TitleText.unquoted("“Queues Lie”")).isEqualTo("Queues Lie");
    assertThat(TitleText.unquoted("«Очереди»")).isEqualTo("Очереди");
    assertThat(TitleText.unquoted("\"A\" and \"B\"")).isEqualTo("\"A\" and \"B\"");
  }

  @Test
  void bilingualTextKeepsItsLatinPart() {
    assertThat(TitleText.latinPart("主题演讲：队列更新 Keynote: Queue Update - Ann Lee"))
        .isEqualTo("Keynote: Queue Update - Ann Lee");
    assertThat(TitleText.latinPart("rkt队列介绍 rkt queues explained")).isEqualTo("rkt queues explained");
    assertThat(TitleText.latinPart("Queues - 王芳")).isEqualTo("Queues - 王芳");
    assertThat(TitleText.latinPart("Learning 中文 with Friends")).isEqualTo("Learning 中文 with Friends");
    // a Latin word glued to the translation belongs to it; a word the translation kept shows the repeat
    assertThat(TitleText.latinPart("快讲：使用Queuely加强Kafka Lightning Talk: Boosting Kafka with Queuely - Ann Lee"))
        .isEqualTo("Lightning Talk: Boosting Kafka with Queuely - Ann Lee");
    assertThat(TitleText.latinPart("queuely介绍 Introduction to queuely - Ann Lee, Acme"))
        .isEqualTo("Introduction to queuely - Ann Lee, Acme");
    assertThat(TitleText.latinPart("Queues für 中文 Learners")).isEqualTo("Queues für 中文 Learners");
  }
}
