package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Talk;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs known to make Markdown parsers slow or overflow their stack, in the spirit of
 * commonmark-java's PathologicalTest: each sits between two well-formed talks, and both talks must
 * still be read. flexmark 0.64 overflows a 256 KiB stack at about 500 levels of block quotes or
 * lists and 1000 levels of emphasis; the nesting guard keeps every level below
 * {@link ParseLimits#DEFAULT_MAX_NESTING_DEPTH}, so the tests run on a small stack. Each test also
 * checks what was read, not only that nothing was thrown.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PathologicalInputTest {

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  private static final String BEFORE = "# Pathological\n\n## First - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\n";
  private static final String AFTER = "\n\n## Last - Bo Tran\n- Link: https://youtu.be/BBBBBBBBBB2\n";

  /** Parses the input on a thread with a 256 KiB stack and returns the result. */
  private static ParseResult parseOnSmallStack(String markdown) throws InterruptedException {
    ParseResult[] result = new ParseResult[1];
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        result[0] = PARSER.parse(markdown);
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "small-stack", 256 * 1024);
    t.start();
    t.join();
    assertThat(failure[0]).isNull();
    return result[0];
  }

  private static List<String> rules(ParseResult r) {
    return r.diagnostics().stream().map(Diagnostic::ruleId).distinct().toList();
  }

  private static void assertBothTalksRead(ParseResult r) {
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("First", "Last");
    assertThat(r.catalog().talks()).allSatisfy(t -> assertThat(t.video()).isPresent());
  }

  private static ParseResult between(String middle) throws InterruptedException {
    ParseResult r = parseOnSmallStack(BEFORE + middle + AFTER);
    assertBothTalksRead(r);
    return r;
  }

  @Test
  void deeplyNestedBlockQuotes() throws Exception {
    assertThat(rules(between("> ".repeat(100_000) + "deep"))).containsExactly("limit-exceeded");
    assertThat(rules(between(">".repeat(100_000) + "deep"))).containsExactly("limit-exceeded");
  }

  @Test
  void deeplyNestedLists() throws Exception {
    assertThat(rules(between("- ".repeat(50_000) + "deep"))).containsExactly("limit-exceeded");
    assertThat(rules(between("1. ".repeat(50_000) + "deep"))).containsExactly("limit-exceeded");
    StringBuilder indented = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      indented.append(" ".repeat(2 * i)).append("- item\n");
    }
    assertThat(rules(between(indented.toString()))).containsExactly("limit-exceeded");
  }

  @Test
  void nestedEmphasisAndBrackets() throws Exception {
    assertThat(rules(between("*".repeat(50_000) + "x" + "*".repeat(50_000)))).containsExactly("limit-exceeded");
    assertThat(rules(between("_".repeat(50_000) + "x" + "_".repeat(50_000)))).containsExactly("limit-exceeded");
    assertThat(rules(between("*a **".repeat(20_000) + "b" + "** a*".repeat(20_000)))).containsExactly("limit-exceeded");
    assertThat(rules(between("[".repeat(50_000) + "x" + "]".repeat(50_000)))).containsExactly("limit-exceeded");
    assertThat(rules(between("![".repeat(20_000) + "x" + "](u)".repeat(20_000)))).containsExactly("limit-exceeded");
  }

  @Test
  void manyCodeSpansEntitiesAndTagsInOneParagraph() throws Exception {
    // flexmark copies the paragraph for each of these; beyond 1000 per paragraph they are escaped
    assertThat(rules(between("a `b` ".repeat(20_000)))).containsExactly("limit-exceeded");
    assertThat(rules(between("&amp; ".repeat(20_000)))).containsExactly("limit-exceeded");
    assertThat(rules(between("<a> ".repeat(20_000)))).containsExactly("limit-exceeded");
    assertThat(rules(between("x" + "`".repeat(100_000)))).isEmpty();
    assertThat(rules(between("& < ".repeat(20_000)))).isEmpty();
  }

  @Test
  void backslashEscapesInUnclosedLinkLabels() throws Exception {
    // flexmark's link label pattern is exponential in the escapes after an unclosed '['; beyond 4
    // per paragraph they become character references, which read the same
    ParseResult r = between("[" + "\\\\".repeat(400) + "[ and [" + "\\!".repeat(400));
    assertThat(rules(r)).isEmpty();
    assertThat(r.catalog().talks().get(0).summary()).hasValueSatisfying(s ->
        assertThat(s).startsWith("[" + "\\".repeat(400) + "[ and [!!!"));

    ParseResult titles = between("[a](/u \"" + "\\!".repeat(400) + " [a]: /u '" + "\\\\".repeat(400));
    assertThat(rules(titles)).isEmpty();
  }

  @Test
  void longThematicBreaksAnywhere() throws Exception {
    // flexmark's thematic break pattern recurses once per mark; the guard cuts a long one to three
    for (String mark : List.of("-", "_", "*", "- ", "_ ", "* ")) {
      String rule = mark.repeat(20_000);
      assertThat(rules(between(rule))).as(mark).isEmpty();
      assertThat(rules(between("a paragraph\n\n" + rule + "\n\nmore"))).as(mark).isEmpty();
      assertThat(rules(between("- item\n  " + rule))).as(mark).isEmpty();
      assertThat(rules(between("> quote\n> " + rule))).as(mark).isEmpty();
      assertThat(rules(between("* " + rule))).as(mark).isEmpty();
      assertThat(rules(between("    " + rule))).as(mark).isEmpty();
      ParseResult intro = parseOnSmallStack("# T\n\n" + rule + "\n\n" + BEFORE.substring(16) + AFTER.strip());
      assertBothTalksRead(intro);
    }
    ParseResult heading = parseOnSmallStack(BEFORE + "## " + "-".repeat(20_000) + " - Cy Park\n" + AFTER);
    assertThat(heading.catalog().talks()).extracting(Talk::title).containsExactly("First", "-".repeat(20_000), "Last");
  }

  @Test
  void escapesAfterAHashThatIsNoHeading() throws Exception {
    // "#\\#" continues the paragraph of the open bracket, so it keeps the paragraph's escape budget
    ParseResult r = between("[a\n#" + "\\#".repeat(30));
    assertThat(rules(r)).isEmpty();
    assertThat(r.catalog().talks().get(0).summary()).hasValue("[a #" + "#".repeat(30));
    assertThat(rules(between("> [a\n" + ("> " + "\\#".repeat(4) + "\n").repeat(20)))).isEmpty();
    assertThat(rules(between("[a\n" + ("2. " + "\\#".repeat(4) + "\n").repeat(20)))).isEmpty();
  }

  @Test
  void runsInHeadingsAreReadAsText() throws Exception {
    ParseResult r = parseOnSmallStack(BEFORE + "## " + "&".repeat(100_000) + " - Cy Park\n- Link: https://youtu.be/CCCCCCCCCC3\n"
        + "\n## " + "a, ".repeat(30_000) + "z - Di Roe\n- Link: https://youtu.be/DDDDDDDDDD4\n"
        + "\n## Talk" + " - x".repeat(30_000) + "\n- Link: https://youtu.be/EEEEEEEEEE5\n" + AFTER);

    assertThat(r.catalog().talks()).hasSize(5);
    assertThat(r.catalog().talks().get(1).title()).isEqualTo("&".repeat(100_000));
    assertThat(r.catalog().talks().get(1).speakers()).extracting(s -> s.name()).containsExactly("Cy Park");
    assertThat(r.catalog().talks().get(4).title()).isEqualTo("Last");
    assertThat(r.hasErrors()).isFalse();
  }

  @Test
  void aTenMegabyteLineIsCut() throws Exception {
    ParseResult r = between("x".repeat(10 * 1024 * 1024));

    assertThat(r.diagnostics()).extracting(Diagnostic::toString).contains(
        "<string>:6:1000001: error limit-exceeded: 1 line longer than 1000000 characters; the rest of each is ignored");
    assertThat(r.catalog().talks().get(0).summary()).hasValueSatisfying(s -> assertThat(s).hasSize(1_000_000));
  }

  @Test
  void nulBytesAndLoneSurrogates() throws Exception {
    ParseResult nul = between("sum\0mary " + "\0".repeat(100_000));
    assertThat(nul.catalog().talks().get(0).summary()).hasValueSatisfying(s -> assertThat(s).startsWith("sum"));
    assertThat(rules(nul)).isEmpty();

    ParseResult surrogates = between("\uD800 \uDC00 x\uD800".repeat(30_000));
    assertThat(rules(surrogates)).isEmpty();

    byte[] bytes = (BEFORE + "\0\0" + AFTER).getBytes(StandardCharsets.UTF_8);
    assertBothTalksRead(PARSER.parse(bytes));
  }

  @Test
  void manyHeadingsAndBlankLines() throws Exception {
    StringBuilder b = new StringBuilder("# Many\n\n");
    for (int i = 0; i < 20_000; i++) {
      b.append("## Talk ").append(i).append(" - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\n");
    }
    ParseResult r = PARSER.parse(b + "\n".repeat(100_000));

    assertThat(r.catalog().talks()).hasSize(20_000);
    assertThat(r.catalog().talks().get(19_999).title()).isEqualTo("Talk 19999");
    // 19,999 duplicate videos: the first 10,000 diagnostics are kept, then one saying so
    assertThat(r.diagnostics()).hasSize(ParseLimits.DEFAULT_MAX_DIAGNOSTICS + 1);
    assertThat(rules(r)).containsExactly("duplicate-video", "limit-exceeded");
    assertThat(r.diagnostics().get(10_000).message()).isEqualTo("9999 more diagnostics not kept (at most 10000)");
  }
}
