package io.github.talkcatalog.internal.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.Severity;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One sink per parse: diagnostics grouped by file in the order files were opened, each in position order. */
class DiagnosticSinkTest {

  private static List<String> described(DiagnosticSink sink) {
    return sink.diagnostics().stream()
        .map(d -> d.source() + ":" + d.line() + ":" + d.column() + " " + d.ruleId()).toList();
  }

  @Test
  void diagnosticsComeOutInLineAndColumnOrder() {
    DiagnosticSink sink = new DiagnosticSink("talks.md");
    sink.report(Severity.WARNING, "missing-video", 9, 1, "b");
    sink.report(Severity.INFO, "heading-not-a-talk", 3, 5, "a2");
    sink.report(Severity.ERROR, "limit-exceeded", 3, 2, "a1");
    assertThat(described(sink)).containsExactly(
        "talks.md:3:2 limit-exceeded", "talks.md:3:5 heading-not-a-talk", "talks.md:9:1 missing-video");
    Diagnostic first = sink.diagnostics().get(0);
    assertThat(first.severity()).isEqualTo(Severity.ERROR);
    assertThat(first.message()).isEqualTo("a1");
  }

  @Test
  void otherFilesShareTheListAndComeAfterTheFileOpenedBefore() {
    DiagnosticSink index = new DiagnosticSink("README.md");
    DiagnosticSink page = index.forSource("talks/one.md");
    page.report(Severity.WARNING, "missing-video", 1, 1, "page");
    index.report(Severity.WARNING, "missing-detail-page", 40, 3, "index");
    DiagnosticSink again = page.forSource("README.md");
    again.report(Severity.INFO, "count-mismatch", 2, 1, "index again");

    assertThat(page.source()).isEqualTo("talks/one.md");
    assertThat(again.source()).isEqualTo("README.md");
    assertThat(described(index)).containsExactly(
        "README.md:2:1 count-mismatch", "README.md:40:3 missing-detail-page", "talks/one.md:1:1 missing-video");
    assertThat(described(page)).isEqualTo(described(index));
  }

  @Test
  void equalPositionsKeepTheirReportingOrder() {
    DiagnosticSink sink = new DiagnosticSink("<string>");
    sink.report(Severity.INFO, "first", 4, 0, "1");
    sink.report(Severity.INFO, "second", 4, 0, "2");
    assertThat(sink.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("first", "second");
  }

  @Test
  void reportsFromParallelReadersAreAllKept() {
    DiagnosticSink sink = new DiagnosticSink("big.md");
    IntStream.rangeClosed(1, 2000).parallel()
        .forEach(i -> sink.report(Severity.WARNING, "missing-video", i, 1, "talk " + i));
    List<Diagnostic> all = sink.diagnostics();
    assertThat(all).hasSize(2000);
    assertThat(all).extracting(Diagnostic::line).isSorted();
    assertThat(all.get(1999).message()).isEqualTo("talk 2000");
  }

  @Test
  void theListHandedOutIsACopy() {
    DiagnosticSink sink = new DiagnosticSink("x.md");
    sink.report(Severity.INFO, "a", 1, 1, "m");
    List<Diagnostic> before = sink.diagnostics();
    sink.report(Severity.INFO, "b", 2, 1, "m");
    assertThat(before).hasSize(1);
    assertThat(sink.diagnostics()).hasSize(2);
  }
}
