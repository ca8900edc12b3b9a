package io.github.talkcatalog.internal.sections;

import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseLimits;
import io.github.talkcatalog.Rules;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.draft.TalkDraft;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.source.ControlCharacters;
import io.github.talkcatalog.internal.source.SourceBytes;
import io.github.talkcatalog.internal.source.SourceText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link ParseLimits} on the way in (input size, decoding, line length, nesting depth) and
 * on the way out (talks, diagnostics), reporting each limit reached as one {@code limit-exceeded}
 * error. Immutable and thread-safe.
 */
public final class InputLimits {

  /** The rule id of every limit reached. */
  public static final String RULE = Rules.LIMIT_EXCEEDED;

  private final ParseLimits limits;

  /**
   * Creates the guard.
   *
   * @param limits the limits
   */
  public InputLimits(ParseLimits limits) {
    this.limits = limits;
  }

  /** The limits applied. */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * Reads at most one byte more than the input limit, so that an endless stream (a device, a
   * FIFO) cannot exhaust memory.
   *
   * @param in the stream, not closed
   * @return the bytes read; longer than the limit when the input is
   * @throws IOException when reading fails
   */
  public byte[] readBytes(InputStream in) throws IOException {
    long max = limits.maxInputBytes();
    int cap = (int) Math.min(Integer.MAX_VALUE - 16, max + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap, 64 * 1024));
    byte[] buffer = new byte[64 * 1024];
    int total = 0;
    int n;
    while (total < cap && (n = in.read(buffer, 0, Math.min(buffer.length, cap - total))) >= 0) {
      out.write(buffer, 0, n);
      total += n;
    }
    return out.toByteArray();
  }

  /**
   * Reads at most one character more than the input limit.
   *
   * @param reader the reader, not closed
   * @return the characters read
   * @throws IOException when reading fails
   */
  public String readChars(Reader reader) throws IOException {
    int cap = (int) Math.min(Integer.MAX_VALUE - 16, limits.maxInputBytes() + 1);
    StringBuilder b = new StringBuilder((int) Math.min(cap, 64 * 1024));
    char[] buffer = new char[8192];
    int n;
    while (b.length() < cap && (n = reader.read(buffer, 0, Math.min(buffer.length, cap - b.length()))) >= 0) {
      b.append(buffer, 0, n);
    }
    return b.toString();
  }

  /**
   * Decodes bytes (see {@link SourceBytes}) and splits them into guarded lines.
   *
   * @param bytes the input, possibly longer than the limit
   * @param sink where diagnostics go; its source names the input
   * @return the line map of the source to read ({@link LineMap#source()}), built once here and
   *     handed on to the layout stage
   */
  public LineMap bytes(byte[] bytes, DiagnosticSink sink) {
    int length = bytes.length;
    boolean cut = bytes.length > limits.maxInputBytes();
    if (cut) {
      length = SourceBytes.cut(bytes, (int) Math.min(Integer.MAX_VALUE - 16, limits.maxInputBytes()));
    }
    SourceBytes decoded = SourceBytes.decode(bytes, length);
    if (decoded.badSequences() > 0) {
      String more = decoded.badSequences() == 1 ? "" : " and " + (decoded.badSequences() - 1) + " more";
      sink.report(Severity.ERROR, Rules.UNDECODABLE_BYTES, decoded.firstBadLine(), 0,
          "bytes that are not " + decoded.encoding() + " at byte offset " + decoded.firstBadOffset() + more
              + "; replaced by U+FFFD");
    }
    LineMap map = lines(decoded.text(), sink);
    SourceText source = map.source();
    if (cut) {
      sink.report(Severity.ERROR, RULE, Math.max(1, source.lineCount()), 0,
          "input larger than " + limits.maxInputBytes() + " bytes; only the first " + length
              + " bytes (" + source.lineCount() + " lines) are read");
    }
    return map;
  }

  /**
   * Splits text into guarded lines.
   *
   * @param text the input, possibly longer than the limit
   * @param sink where diagnostics go; its source names the input
   * @return the line map of the source to read ({@link LineMap#source()}), built once here and
   *     handed on to the layout stage
   */
  public LineMap text(String text, DiagnosticSink sink) {
    if (text.length() <= limits.maxInputBytes()) {
      return lines(text, sink);
    }
    int max = (int) Math.min(Integer.MAX_VALUE - 16, limits.maxInputBytes());
    int end = max;
    for (int i = max - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        end = i + 1;
        break;
      }
    }
    if (end == max && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    LineMap map = lines(text.substring(0, end), sink);
    SourceText source = map.source();
    sink.report(Severity.ERROR, RULE, Math.max(1, source.lineCount()), 0,
        "input larger than " + limits.maxInputBytes() + " characters; only the first " + end
            + " characters (" + source.lineCount() + " lines) are read");
    return map;
  }

  /**
   * Splits text into lines, cuts long lines, applies the nesting guard and blanks the sentences
   * read as summaries before a rule. The line map is built once, and again only when the guard
   * or the blanking changed the text (a changed line can change how the lines after it classify).
   */
  private LineMap lines(String text, DiagnosticSink sink) {
    ControlCharacters controls = ControlCharacters.strip(text);
    if (controls.count() > 0) {
      sink.report(Severity.WARNING, Rules.CONTROL_CHARACTERS, controls.firstLine(), controls.firstColumn(),
          controls.count() + (controls.count() == 1 ? " control character or byte-order mark" : " control characters or byte-order marks")
              + " (U+0001-U+001F but tab and line ends, U+007F-U+009F, U+FEFF) taken out of the text");
    }
    SourceText source = SourceText.of(sink.source(), controls.text(), limits.maxLineLength());
    if (source.cutLines() > 0) {
      sink.report(Severity.ERROR, RULE, source.firstCutLine(), limits.maxLineLength() + 1,
          lines(source.cutLines()) + " longer than " + limits.maxLineLength()
              + " characters; the rest of each is ignored");
    }
    LineMap map = LineMap.of(source);
    NestingGuard.Result guarded = NestingGuard.apply(map, limits.maxNestingDepth());
    if (guarded.lines() > 0) {
      sink.report(Severity.ERROR, RULE, guarded.firstLine(), 0,
          lines(guarded.lines()) + " nested deeper than " + limits.maxNestingDepth()
              + " levels (block quotes, lists, emphasis or brackets); the markers beyond are read as text or dropped");
    }
    SourceText result = guarded.source();
    reportIndentedHeadings(map, sink);
    if (result != source) {
      map = LineMap.of(result);
    }
    List<Integer> rules = map.summaryRules();
    if (!rules.isEmpty()) {
      List<String> lines = new ArrayList<>(result.lines());
      for (int line : rules) {
        lines.set(line - 1, "");
        sink.report(Severity.INFO, Rules.SUMMARY_BEFORE_RULE, line - 1, 1,
            "a sentence followed by '---' is read as the talk's summary and a rule, not as a heading");
      }
      map = LineMap.of(result.withLines(lines));
    }
    return map;
  }

  /**
   * Reports the first line indented by four or more columns that would otherwise be an ATX
   * heading of level 2 or deeper ({@code "    ## Title"}): CommonMark reads it as code or as part
   * of the list item above, so the talk it may start is not read. Level 1 is left out: an
   * indented {@code # } line is mostly a shell or Python comment in code.
   */
  private static void reportIndentedHeadings(LineMap map, DiagnosticSink sink) {
    List<String> lines = map.source().lines();
    int count = 0;
    int first = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int column = 0;
      int k = 0;
      while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
        column += line.charAt(k) == '\t' ? 4 - column % 4 : 1;
        k++;
      }
      if (column < 4 || map.fenced(i + 1)) {
        continue;
      }
      int hashes = 0;
      while (k + hashes < line.length() && line.charAt(k + hashes) == '#') {
        hashes++;
      }
      if (hashes >= 2 && hashes <= 6 && k + hashes < line.length() && line.charAt(k + hashes) == ' ') {
        count++;
        if (first == 0) {
          first = i + 1;
        }
      }
    }
    if (count > 0) {
      sink.report(Severity.WARNING, Rules.HEADING_INDENTED, first, 1,
          lines(count) + " indented by four or more spaces would be a heading; read as code or as part of"
              + " the item above, not as a heading");
    }
  }

  private static String lines(int n) {
    return n == 1 ? "1 line" : n + " lines";
  }

  /**
   * Drops the talks beyond the limit.
   *
   * @param draft the document's draft
   * @param sink where the diagnostic goes
   * @return the draft with at most the limit's talks
   */
  public CatalogDraft talks(CatalogDraft draft, DiagnosticSink sink) {
    int max = limits.maxTalks();
    if (draft.talks().size() <= max) {
      return draft;
    }
    TalkDraft first = draft.talks().get(max);
    int dropped = draft.talks().size() - max;
    sink.report(Severity.ERROR, RULE, Math.max(first.line(), 1), first.column(),
        "more than " + max + " talks; this talk and the " + (dropped - 1) + " after it are not read");
    return draft.withTalks(draft.talks().subList(0, max));
  }

  /**
   * Keeps the first diagnostics, in the order given, and says how many were dropped.
   *
   * @param diagnostics all diagnostics
   * @param source the source name of the diagnostic saying so
   * @return at most the limit plus one
   */
  public List<Diagnostic> diagnostics(List<Diagnostic> diagnostics, String source) {
    int max = limits.maxDiagnostics();
    if (diagnostics.size() <= max) {
      return diagnostics;
    }
    List<Diagnostic> kept = new ArrayList<>(diagnostics.subList(0, max));
    kept.add(new Diagnostic(Severity.ERROR, RULE,
        (diagnostics.size() - max) + " more diagnostics not kept (at most " + max + ")", source, 0, 0));
    return List.copyOf(kept);
  }
}
