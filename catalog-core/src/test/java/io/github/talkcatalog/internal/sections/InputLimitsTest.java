package io.github.talkcatalog.internal.sections;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseLimits;
import io.github.talkcatalog.Rules;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.plan.Structure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The source stage: decoding, the limits on the way in and out, and the one line map it hands on. */
class InputLimitsTest {

  private static String described(DiagnosticSink sink) {
    return String.join("\n", sink.diagnostics().stream()
        .map(d -> d.line() + ":" + d.column() + " " + d.severity() + " " + d.ruleId() + " " + d.message())
        .toList());
  }

  @Test
  void aPlainDocumentIsHandedOnAsTheLineMapOfItsOwnText() {
    DiagnosticSink sink = new DiagnosticSink("t.md");
    LineMap map = new InputLimits(ParseLimits.defaults()).text("# Talks\n\n## One\n- Video: x\n", sink);
    assertThat(map.source().name()).isEqualTo("t.md");
    assertThat(map.source().lines()).containsExactly("# Talks", "", "## One", "- Video: x");
    assertThat(map.headings()).extracting(h -> h.rawText()).containsExactly("Talks", "One");
    assertThat(map.kind(4)).isEqualTo(LineMap.Kind.LIST_ITEM);
    assertThat(sink.diagnostics()).isEmpty();
  }

  @Test
  void textOverTheLimitIsCutAfterTheLastWholeLine() {
    DiagnosticSink sink = new DiagnosticSink("t.md");
    LineMap map = new InputLimits(ParseLimits.defaults().withMaxInputBytes(12))
        .text("line one\nline two\nline three\n", sink);
    assertThat(map.source().lines()).containsExactly("line one");
    assertThat(described(sink)).isEqualTo("1:0 ERROR limit-exceeded input larger than 12 characters;"
        + " only the first 9 characters (1 lines) are read");
  }

  @Test
  void bytesOverTheLimitAreCutAndSaySo() {
    DiagnosticSink sink = new DiagnosticSink("t.md");
    byte[] bytes = "ab\ncd\nef\n".getBytes(StandardCharsets.UTF_8);
    LineMap map = new InputLimits(ParseLimits.defaults().withMaxInputBytes(5)).bytes(bytes, sink);
    assertThat(map.source().lines()).containsExactly("ab");
    assertThat(sink.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo(Rules.LIMIT_EXCEEDED);
      assertThat(d.message()).startsWith("input larger than 5 bytes; only the first ");
    });
  }

  @Test
  void undecodableBytesBecomeReplacementCharactersWithOneError() {
    DiagnosticSink sink = new DiagnosticSink("t.md");
    byte[] bytes = {'#', ' ', 'T', '\n', 'a', (byte) 0xff, 'b', (byte) 0xfe, '\n'};
    LineMap map = new InputLimits(ParseLimits.defaults()).bytes(bytes, sink);
    assertThat(map.source().line(2)).isEqualTo("a\uFFFDb\uFFFD");
    assertThat(sink.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo(Rules.UNDECODABLE_BYTES);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.line()).isEqualTo(2);
      assertThat(d.message()).isEqualTo("bytes that are not UTF-8 at byte offset 5 and 1 more; replaced by U+FFFD");
    });
  }

  @Test
  void longLinesAreCutAtTheLimit() {
    DiagnosticSink sink = new DiagnosticSink("t.md");
    LineMap map = new InputLimits(ParseLimits.defaults().withMaxLineLength(10))
        .text("short\n" + "x".repeat(25) + "\n" + "y".repeat(11) + "\n", sink);
    assertThat(map.source().lines()).containsExactly("short", "x".repeat(10), "y".repeat(10));
    assertThat(described(sink)).isEqualTo(
        "2:11 ERROR limit-exceeded 2 lines longer than 10 characters; the rest of each is ignored");
  }

  @Test
  void deepNestingIsBoundedAndTheMapDescribesTheGuardedText() {
    DiagnosticSink sink = new DiagnosticSink("t.md");
    String deep = "> > > > > > deep\n";
    LineMap map = new InputLimits(ParseLimits.defaults().withMaxNestingDepth(3)).text("# T\n\n" + deep, sink);
    assertThat(map.source().line(3)).isNotEqualTo(deep.strip());
    assertThat(map.source().line(3)).contains("deep");
    assertThat(sink.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.ruleId()).isEqualTo(Rules.LIMIT_EXCEEDED);
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.message()).startsWith("1 line nested deeper than 3 levels");
    });
  }

  @Test
  void aLongSentenceOverARuleIsASummaryAndTheMapNoLongerSeesAHeading() {
    DiagnosticSink sink = new DiagnosticSink("t.md");
    String text = """
        # Talks

        ## First Talk - Ann Lee

        A talk about the many ways a build can fail on a Friday.
        ---

        ## Second Talk - Bo Tran
        """;
    LineMap map = new InputLimits(ParseLimits.defaults()).text(text, sink);
    assertThat(map.source().line(5)).isEqualTo("A talk about the many ways a build can fail on a Friday.");
    assertThat(map.source().line(6)).isEmpty(); // the rule is dropped, so the sentence is no heading
    assertThat(map.kind(5)).isEqualTo(LineMap.Kind.TEXT);
    assertThat(map.kind(6)).isEqualTo(LineMap.Kind.BLANK);
    assertThat(map.headings()).extracting(h -> h.rawText())
        .containsExactly("Talks", "First Talk - Ann Lee", "Second Talk - Bo Tran");
    assertThat(described(sink)).isEqualTo("5:1 INFO summary-before-rule a sentence followed by '---' is read as"
        + " the talk's summary and a rule, not as a heading");
  }

  @Test
  void aShortLineOverARuleStaysASetextHeading() {
    DiagnosticSink sink = new DiagnosticSink("t.md");
    LineMap map = new InputLimits(ParseLimits.defaults()).text("# T\n\n## One\n\nShort Title\n---\n", sink);
    assertThat(map.kind(5)).isEqualTo(LineMap.Kind.SETEXT_HEADING);
    assertThat(sink.diagnostics()).isEmpty();
  }

  private static TalkDraft talk(int line) {
    TalkDraft.Builder b = new TalkDraft.Builder();
    b.line = line;
    b.column = 1;
    b.title = "Talk " + line;
    return b.build();
  }

  @Test
  void talksBeyondTheLimitAreDroppedAtTheFirstDroppedTalk() {
    List<TalkDraft> talks = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      talks.add(talk(10 * i));
    }
    CatalogDraft draft = new CatalogDraft("T", null, 0, null, null, false, talks, Structure.NONE);
    DiagnosticSink sink = new DiagnosticSink("t.md");
    CatalogDraft kept = new InputLimits(ParseLimits.defaults().withMaxTalks(3)).talks(draft, sink);
    assertThat(kept.talks()).extracting(TalkDraft::title).containsExactly("Talk 10", "Talk 20", "Talk 30");
    assertThat(kept.structure()).isSameAs(Structure.NONE);
    assertThat(described(sink)).isEqualTo(
        "40:1 ERROR limit-exceeded more than 3 talks; this talk and the 1 after it are not read");

    DiagnosticSink quiet = new DiagnosticSink("t.md");
    assertThat(new InputLimits(ParseLimits.defaults().withMaxTalks(5)).talks(draft, quiet)).isSameAs(draft);
    assertThat(quiet.diagnostics()).isEmpty();
  }

  @Test
  void diagnosticsBeyondTheLimitAreCountedInOne() {
    List<Diagnostic> all = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      all.add(new Diagnostic(Severity.WARNING, "missing-video", "m" + i, "t.md", i, 1));
    }
    InputLimits limits = new InputLimits(ParseLimits.defaults().withMaxDiagnostics(2));
    List<Diagnostic> kept = limits.diagnostics(all, "t.md");
    assertThat(kept).extracting(Diagnostic::message)
        .containsExactly("m1", "m2", "2 more diagnostics not kept (at most 2)");
    assertThat(kept.get(2).ruleId()).isEqualTo(Rules.LIMIT_EXCEEDED);
    assertThat(limits.diagnostics(all.subList(0, 2), "t.md")).isEqualTo(all.subList(0, 2));
  }

  @Test
  void streamsAndReadersAreReadToOneUnitPastTheLimit() throws IOException {
    InputLimits limits = new InputLimits(ParseLimits.defaults().withMaxInputBytes(4));
    assertThat(limits.readBytes(new ByteArrayInputStream("abcdefgh".getBytes(StandardCharsets.UTF_8))))
        .containsExactly('a', 'b', 'c', 'd', 'e');
    assertThat(limits.readChars(new StringReader("abcdefgh"))).isEqualTo("abcde");
    assertThat(limits.readChars(new StringReader("ab"))).isEqualTo("ab");
    assertThat(limits.limits().maxInputBytes()).isEqualTo(4);
  }
}
