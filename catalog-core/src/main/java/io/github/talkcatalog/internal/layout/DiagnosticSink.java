package io.github.talkcatalog.internal.layout;

import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects diagnostics during one parse; not shared between parses. */
public final class DiagnosticSink {

  private final String source;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /**
   * Creates a sink.
   *
   * @param source the source name diagnostics refer to
   */
  public DiagnosticSink(String source) {
    this.source = source;
  }

  /** Reports a diagnostic at a 1-based line and column (0 for the whole line or source). */
  public void report(Severity severity, String ruleId, int line, int column, String message) {
    diagnostics.add(new Diagnostic(severity, ruleId, message, source, line, column));
  }

  /** The diagnostics in source order. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return sorted;
  }
}
