package io.github.talkcatalog.internal.diagnostics;

import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects diagnostics during one parse; not shared between parses.
 *
 * <p>A catalog spread over several files has one sink per file ({@link #forSource(String)}), all
 * sharing one list; diagnostics come out grouped by file in the order the files were opened, each
 * file's in line and column order.
 */
public final class DiagnosticSink {

  private record Entry(int file, Diagnostic diagnostic) {}

  private final String source;
  private final int file;
  private final List<Entry> entries;
  private final List<String> files;

  /**
   * Creates a sink.
   *
   * @param source the source name diagnostics refer to
   */
  public DiagnosticSink(String source) {
    this(source, new ArrayList<>(), new ArrayList<>());
  }

  private DiagnosticSink(String source, List<Entry> entries, List<String> files) {
    this.source = source;
    this.entries = entries;
    this.files = files;
    int at = files.indexOf(source);
    if (at < 0) {
      files.add(source);
      at = files.size() - 1;
    }
    this.file = at;
  }

  /**
   * A sink for another file of the same catalog, sharing this sink's diagnostics.
   *
   * @param otherSource the other file's source name
   * @return the sink
   */
  public DiagnosticSink forSource(String otherSource) {
    return new DiagnosticSink(otherSource, entries, files);
  }

  /** The source name this sink reports for. */
  public String source() {
    return source;
  }

  /**
   * Reports a diagnostic at a 1-based line and column (0 for the whole line or source). Safe to call
   * from the threads that read sections in parallel.
   */
  public synchronized void report(Severity severity, String ruleId, int line, int column, String message) {
    entries.add(new Entry(file, new Diagnostic(severity, ruleId, message, source, line, column)));
  }

  /** The diagnostics of all files, grouped by file, each file's in source order. */
  public List<Diagnostic> diagnostics() {
    List<Entry> sorted;
    synchronized (this) {
      sorted = new ArrayList<>(entries);
    }
    sorted.sort(Comparator.comparingInt(Entry::file)
        .thenComparingInt((Entry e) -> e.diagnostic().line())
        .thenComparingInt(e -> e.diagnostic().column()));
    return sorted.stream().map(Entry::diagnostic).toList();
  }
}
