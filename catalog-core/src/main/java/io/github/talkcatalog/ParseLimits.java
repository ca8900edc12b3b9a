package io.github.talkcatalog;

/**
 * Bounds on what one parse reads, so that hostile or broken input costs bounded time and memory.
 *
 * <p>Every limit has a {@code DEFAULT_*} value generous enough for any real catalog. When input
 * goes beyond a limit, the parser keeps what fits, reports one {@code limit-exceeded} diagnostic of
 * severity {@link Severity#ERROR} per limit (so {@link Strictness#STRICT} throws a
 * {@link CatalogParseException}), and carries on as follows:
 *
 * <ul>
 *   <li>{@linkplain #maxInputBytes() input size}: only the first {@code maxInputBytes} bytes (for
 *       {@code byte[]}, {@code InputStream} and {@code Path} input) or {@code maxInputBytes}
 *       characters (for {@code String} and {@code Reader} input) are read, cut back to the last
 *       complete line;
 *   <li>{@linkplain #maxLineLength() line length}: a longer line is cut to its first
 *       {@code maxLineLength} characters (never inside a surrogate pair);
 *   <li>{@linkplain #maxNestingDepth() nesting depth}: block quote and list markers beyond the
 *       depth at the start of a line, and indentation beyond {@code 4 * maxNestingDepth} columns,
 *       are dropped; inside a paragraph, emphasis delimiters ({@code *}, {@code _}) and brackets
 *       ({@code [}) that would open beyond the depth are read as literal characters;
 *   <li>{@linkplain #maxTalks() talks}: talks after the first {@code maxTalks} are not read;
 *   <li>{@linkplain #maxDiagnostics() diagnostics}: only the first {@code maxDiagnostics}
 *       diagnostics in document order are kept, followed by the {@code limit-exceeded} diagnostic
 *       saying how many were dropped (that one is always kept).
 * </ul>
 *
 * <p>The nesting depth also protects the Java stack: flexmark, which reads each section, recurses
 * once per nesting level, and a depth of a few hundred can overflow a small thread stack. Depths
 * above {@value #DEFAULT_MAX_NESTING_DEPTH} are allowed but need a correspondingly larger stack.
 *
 * <p>Instances are immutable and thread-safe. The rule is listed in {@code docs/diagnostics.md}.
 *
 * @since 0.1.0
 */
public final class ParseLimits {

  /** Default maximum input size: 32 MiB (bytes or characters, see {@link #maxInputBytes()}). */
  public static final long DEFAULT_MAX_INPUT_BYTES = 32L * 1024 * 1024;

  /** Default maximum number of talks: 100,000. */
  public static final int DEFAULT_MAX_TALKS = 100_000;

  /** Default maximum line length: 1,000,000 characters (UTF-16 code units). */
  public static final int DEFAULT_MAX_LINE_LENGTH = 1_000_000;

  /** Default maximum nesting depth of block quotes, lists, emphasis and brackets: 64. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Default maximum number of diagnostics kept: 10,000. */
  public static final int DEFAULT_MAX_DIAGNOSTICS = 10_000;

  private static final ParseLimits DEFAULTS = new ParseLimits(DEFAULT_MAX_INPUT_BYTES, DEFAULT_MAX_TALKS,
      DEFAULT_MAX_LINE_LENGTH, DEFAULT_MAX_NESTING_DEPTH, DEFAULT_MAX_DIAGNOSTICS);

  private final long maxInputBytes;
  private final int maxTalks;
  private final int maxLineLength;
  private final int maxNestingDepth;
  private final int maxDiagnostics;

  private ParseLimits(long maxInputBytes, int maxTalks, int maxLineLength, int maxNestingDepth,
      int maxDiagnostics) {
    this.maxInputBytes = positive("maxInputBytes", maxInputBytes);
    this.maxTalks = (int) positive("maxTalks", maxTalks);
    this.maxLineLength = (int) positive("maxLineLength", maxLineLength);
    this.maxNestingDepth = (int) positive("maxNestingDepth", maxNestingDepth);
    this.maxDiagnostics = (int) positive("maxDiagnostics", maxDiagnostics);
  }

  /** {@return the default limits, each its {@code DEFAULT_*} constant} */
  public static ParseLimits defaults() {
    return DEFAULTS;
  }

  /**
   * {@return the largest input read: bytes for {@code byte[]}, {@code InputStream} and {@code Path}
   * input (before decoding; a detail page of layout L3 is read only when within the limit too);
   * characters (UTF-16 code units) for {@code String} and {@code Reader} input}
   */
  public long maxInputBytes() {
    return maxInputBytes;
  }

  /** {@return the largest number of talks read} */
  public int maxTalks() {
    return maxTalks;
  }

  /** {@return the longest line read, in characters (UTF-16 code units), without its line terminator} */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** {@return the deepest nesting of block quotes and lists on a line, and of emphasis and brackets} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * {@return the largest number of diagnostics kept, not counting the one reporting that more were
   * dropped}
   */
  public int maxDiagnostics() {
    return maxDiagnostics;
  }

  /**
   * Returns a copy with another maximum input size.
   *
   * @param max at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public ParseLimits withMaxInputBytes(long max) {
    return new ParseLimits(max, maxTalks, maxLineLength, maxNestingDepth, maxDiagnostics);
  }

  /**
   * Returns a copy with another maximum number of talks.
   *
   * @param max at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public ParseLimits withMaxTalks(int max) {
    return new ParseLimits(maxInputBytes, max, maxLineLength, maxNestingDepth, maxDiagnostics);
  }

  /**
   * Returns a copy with another maximum line length.
   *
   * @param max at least 1, in characters
   * @return the new limits
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public ParseLimits withMaxLineLength(int max) {
    return new ParseLimits(maxInputBytes, maxTalks, max, maxNestingDepth, maxDiagnostics);
  }

  /**
   * Returns a copy with another maximum nesting depth.
   *
   * @param max at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public ParseLimits withMaxNestingDepth(int max) {
    return new ParseLimits(maxInputBytes, maxTalks, maxLineLength, max, maxDiagnostics);
  }

  /**
   * Returns a copy with another maximum number of diagnostics kept.
   *
   * @param max at least 1
   * @return the new limits
   * @throws IllegalArgumentException if {@code max < 1}
   */
  public ParseLimits withMaxDiagnostics(int max) {
    return new ParseLimits(maxInputBytes, maxTalks, maxLineLength, maxNestingDepth, max);
  }

  private static long positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be >= 1, was " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParseLimits l && l.maxInputBytes == maxInputBytes && l.maxTalks == maxTalks
        && l.maxLineLength == maxLineLength && l.maxNestingDepth == maxNestingDepth
        && l.maxDiagnostics == maxDiagnostics;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxInputBytes, maxTalks, maxLineLength, maxNestingDepth, maxDiagnostics);
  }

  /** Returns e.g. {@code ParseLimits[maxInputBytes=33554432, maxTalks=100000, ...]}. */
  @Override
  public String toString() {
    return "ParseLimits[maxInputBytes=" + maxInputBytes + ", maxTalks=" + maxTalks + ", maxLineLength="
        + maxLineLength + ", maxNestingDepth=" + maxNestingDepth + ", maxDiagnostics=" + maxDiagnostics + "]";
  }
}
