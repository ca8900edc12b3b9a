package io.github.talkcatalog;

import io.github.talkcatalog.internal.diagnostics.DiagnosticSink;
import io.github.talkcatalog.internal.layout.ParserSettings;
import io.github.talkcatalog.internal.draft.CatalogDraft;
import io.github.talkcatalog.internal.files.CatalogFiles;
import io.github.talkcatalog.internal.layout.SectionLayout;
import io.github.talkcatalog.internal.lines.LineMap;
import io.github.talkcatalog.internal.markdown.MarkdownReader;
import io.github.talkcatalog.internal.profile.DocumentProfile;
import io.github.talkcatalog.internal.read.HeadingReader;
import io.github.talkcatalog.internal.reconcile.Reconciler;
import io.github.talkcatalog.internal.sections.InputLimits;
import io.github.talkcatalog.internal.source.CatalogRoot;
import io.github.talkcatalog.model.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a Markdown talk catalog into a {@link Catalog} and its {@link Diagnostic}s.
 *
 * <pre>{@code
 * ParseResult result = CatalogParser.standard().parse(Path.of("talks.md"));
 * for (Talk talk : result.catalog().talks()) { ... }
 * }</pre>
 *
 * <p>{@link #standard()} is a shared parser with the default settings; {@link #builder()} configures
 * another (labels, rules switched off, limits). {@link #parseAll(Path)} reads every catalog file of
 * a folder, each into its own result.
 *
 * <p>The parser is lenient: it reads what a person would read and reports what it could not make
 * sense of as diagnostics; it never throws on odd Markdown (but see {@link Strictness#STRICT}). The
 * layouts it reads are described in {@code docs/layouts.md}. What one parse reads is bounded by
 * {@link ParseLimits}. Instances are immutable and thread-safe; share one across threads.
 *
 * @since 0.1.0
 */
public final class CatalogParser {

  /** The default summary cut length of the seed layout, in characters. */
  public static final int DEFAULT_SUMMARY_CUT_LENGTH = 200;

  /** The names an index file may have in a catalog folder, in the order they are looked for. */
  public static final String INDEX_FILE_NAMES = "README.md, readme.md, index.md, INDEX.md, Readme.md";

  /** The source name of text parsed from memory, as printed in diagnostics. */
  public static final String STRING_SOURCE = "<string>";

  /**
   * The default label vocabulary: session types that prefix a heading ({@code "Keynote:"}), in the
   * order of {@code docs/layouts.md}; an immutable list. {@link Builder#addLabels(Collection)} adds
   * to it, {@link Builder#labels(Collection)} replaces it.
   *
   * @since 0.2.0
   */
  public static final List<String> DEFAULT_LABELS = HeadingReader.DEFAULT_LABELS;

  /**
   * The glob {@link #parseAll(Path)} uses: the Markdown files directly in the folder.
   *
   * @since 0.2.0
   */
  public static final String DEFAULT_GLOB = "*.md";

  private final ParserSettings settings;
  private final InputLimits limits;
  private final MarkdownReader markdown;

  private CatalogParser(ParserSettings settings, ParseLimits limits) {
    this.settings = settings;
    this.limits = new InputLimits(limits);
    this.markdown = new MarkdownReader();
  }

  /** {@return a new builder with the default settings} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the shared parser with the default settings, the same instance on every call: the
   * one-call entry point, {@code CatalogParser.standard().parse(path)}. (A static
   * {@code CatalogParser.parse(Path)} would clash with the instance method of the same signature.)
   *
   * @return the parser {@code builder().build()} would give; never null
   * @since 0.2.0
   */
  public static CatalogParser standard() {
    return Standard.PARSER;
  }

  /** Holds the shared parser, built on first use. */
  private static final class Standard {
    static final CatalogParser PARSER = builder().build();
  }

  /** {@return the limits this parser applies; never null} */
  public ParseLimits limits() {
    return limits.limits();
  }

  /**
   * Parses Markdown text from memory; diagnostics name the source {@value #STRING_SOURCE}.
   *
   * @param markdown the catalog's text; a leading byte-order mark is ignored
   * @return the catalog and its diagnostics
   * @throws CatalogParseException in strict mode, when there are error diagnostics
   */
  public ParseResult parse(String markdown) {
    return parse(markdown, STRING_SOURCE);
  }

  /**
   * Parses Markdown text from memory. Text longer than {@link ParseLimits#maxInputBytes()}
   * characters is cut (see {@link ParseLimits}).
   *
   * @param markdown the catalog's text; a leading byte-order mark is ignored
   * @param sourceName the name diagnostics give as their source, e.g. a file name
   * @return the catalog and its diagnostics
   * @throws CatalogParseException in strict mode, when there are error diagnostics
   */
  public ParseResult parse(String markdown, String sourceName) {
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(sourceName, "sourceName");
    DiagnosticSink sink = new DiagnosticSink(sourceName);
    return parse(limits.text(markdown, sink), sink, null, "");
  }

  /**
   * Parses a catalog's bytes from memory; diagnostics name the source {@value #STRING_SOURCE}.
   *
   * <p>The bytes are UTF-8, with or without a byte-order mark, or UTF-16 when they start with a
   * UTF-16 byte-order mark (little or big endian). Each malformed sequence becomes U+FFFD and the
   * first is reported as an {@code undecodable-bytes} error giving its byte offset; the rest is
   * read. Only the first {@link ParseLimits#maxInputBytes()} bytes are read.
   *
   * @param bytes the catalog's bytes
   * @return the catalog and its diagnostics
   * @throws CatalogParseException in strict mode, when there are error diagnostics
   */
  public ParseResult parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    DiagnosticSink sink = new DiagnosticSink(STRING_SOURCE);
    return parse(limits.bytes(bytes, sink), sink, null, "");
  }

  /**
   * Reads a catalog's bytes from a stream and parses them as {@link #parse(byte[])} does. At most
   * {@link ParseLimits#maxInputBytes()} plus one bytes are read, so an endless stream is safe. The
   * stream is not closed.
   *
   * @param in the catalog's bytes
   * @return the catalog and its diagnostics
   * @throws UncheckedIOException when reading fails
   * @throws CatalogParseException in strict mode, when there are error diagnostics
   */
  public ParseResult parse(InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = limits.readBytes(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(bytes);
  }

  private ParseResult parse(LineMap map, DiagnosticSink sink, CatalogRoot root, String baseDir) {
    SectionLayout layout = new SectionLayout(this.markdown, settings);
    CatalogDraft draft = limits.talks(layout.read(map, sink), sink);
    draft = new CatalogFiles(root, layout::readPage, limits, settings.reports(Rules.IMAGE_NOT_FOUND))
        .complete(draft, baseDir, sink);
    Catalog catalog = Reconciler.catalog(draft, DocumentProfile.of(draft), settings.knownOrganizations(), sink);
    if (catalog.talks().isEmpty() && !map.source().isBlank()) {
      sink.report(Severity.ERROR, Rules.NO_TALKS, 1, 1, "no talk was found in this document");
    }
    List<Diagnostic> reported = sink.diagnostics().stream()
        .filter(d -> settings.reports(d.ruleId())).toList();
    return finish(new ParseResult(catalog, limits.diagnostics(reported, sink.source())));
  }

  /**
   * Reads all characters from {@code reader} and parses them; diagnostics name the source
   * {@value #STRING_SOURCE}. At most {@link ParseLimits#maxInputBytes()} plus one characters are
   * read. The reader is not closed.
   *
   * @param reader the catalog's text
   * @return the catalog and its diagnostics
   * @throws UncheckedIOException when reading fails
   * @throws CatalogParseException in strict mode, when there are error diagnostics
   */
  public ParseResult parse(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try {
      return parse(limits.readChars(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalog file, or a catalog folder, from disk and parses it; diagnostics name the path as
   * given (or the index file within the folder given).
   *
   * <p>A folder is read through its index file, the first of {@value #INDEX_FILE_NAMES} that exists.
   * The folder of the index file is the <em>catalog root</em>: detail pages linked from the index
   * (layout L3) are read only when they are inside it, and images are checked for existence
   * relative to the file that names them. A folder of independent catalogs, without an index file,
   * is read with {@link #parseAll(Path)} instead. The bytes are decoded as {@link #parse(byte[])} does;
   * only the first {@link ParseLimits#maxInputBytes()} bytes are read. Nothing is fetched from the
   * network.
   *
   * @param path the Markdown file, or a folder holding an index file
   * @return the catalog and its diagnostics
   * @throws CatalogParseException when the file cannot be read, is not a regular file, or a folder
   *     has no index file (no diagnostics attached), or in strict mode when there are error
   *     diagnostics
   */
  public ParseResult parse(Path path) {
    Objects.requireNonNull(path, "path");
    Path file = path;
    if (Files.isDirectory(path)) {
      file = null;
      for (String name : INDEX_FILE_NAMES.split(", ")) {
        if (Files.isRegularFile(path.resolve(name))) {
          file = path.resolve(name);
          break;
        }
      }
      if (file == null) {
        throw new CatalogParseException(
            "no index file (" + INDEX_FILE_NAMES + ") in folder " + path, List.of(), null);
      }
    }
    byte[] bytes;
    CatalogRoot root;
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        throw new CatalogParseException(
            "cannot read " + file + ": not a regular file (a device, a FIFO or a socket)", List.of(), null);
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = limits.readBytes(in);
      }
      Path parent = file.toAbsolutePath().getParent();
      Path folder = file.getParent() != null ? file.getParent() : parent;
      root = CatalogRoot.of(folder);
    } catch (IOException | UncheckedIOException | SecurityException e) {
      throw new CatalogParseException("cannot read " + file + ": " + describe(e), List.of(), e);
    }
    DiagnosticSink sink = new DiagnosticSink(file.toString());
    return parse(limits.bytes(bytes, sink), sink, root, "");
  }

  /**
   * Parses every Markdown file directly in a folder ({@value #DEFAULT_GLOB}), each as its own
   * catalog; see {@link #parseAll(Path, String)}.
   *
   * @param folder the folder
   * @return one result per file, in path order
   * @throws CatalogParseException as {@link #parseAll(Path, String)} does
   * @since 0.2.0
   */
  public Map<Path, ParseResult> parseAll(Path folder) {
    return parseAll(folder, DEFAULT_GLOB);
  }

  /**
   * Parses every regular file of a folder whose path relative to the folder matches {@code glob},
   * each as its own catalog with {@link #parse(Path)}, on all available processors. The glob has
   * the syntax of {@link java.nio.file.FileSystem#getPathMatcher(String)} and is matched against
   * the {@code /}-separated relative path: {@code "*.md"} (the default) takes the files directly in
   * the folder, {@code "**.md"} those of its subfolders too. Symbolic links are not followed and an
   * index file is not treated specially: each file is one catalog, its folder its catalog root.
   * Combine the catalogs with {@link Catalog#concat(String, List, Catalog.TitleAs)}.
   *
   * @param folder the folder
   * @param glob which files, e.g. {@code "*.md"} or {@code "talks-*.md"}
   * @return an unmodifiable map from each file (the folder resolved against its relative path) to
   *     its result, iterating in path order; empty when no file matches
   * @throws IllegalArgumentException if {@code glob} is not a valid glob
   * @throws CatalogParseException when {@code folder} is not a readable folder, or a file cannot be
   *     read (no diagnostics attached), or in strict mode when a file has error diagnostics; for
   *     the first such file in path order
   * @since 0.2.0
   */
  public Map<Path, ParseResult> parseAll(Path folder, String glob) {
    Objects.requireNonNull(folder, "folder");
    PathMatcher matcher = folder.getFileSystem().getPathMatcher("glob:" + Objects.requireNonNull(glob, "glob"));
    if (!Files.isDirectory(folder)) {
      throw new CatalogParseException("cannot read " + folder + ": not a folder", List.of(), null);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> matcher.matches(folder.getFileSystem().getPath(
              folder.relativize(p).toString().replace(folder.getFileSystem().getSeparator(), "/"))))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException | SecurityException e) {
      throw new CatalogParseException("cannot read folder " + folder + ": " + describe(e), List.of(), e);
    }
    List<Object> outcomes = files.parallelStream().map(file -> {
      try {
        return (Object) parse(file);
      } catch (CatalogParseException e) {
        return e;
      }
    }).toList();
    Map<Path, ParseResult> results = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      if (outcomes.get(i) instanceof CatalogParseException e) {
        throw e;
      }
      results.put(files.get(i), (ParseResult) outcomes.get(i));
    }
    return Collections.unmodifiableMap(results);
  }

  /** Why a file or folder could not be read, in words: the common file-system errors by name. */
  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    String kind = e.getClass().getSimpleName();
    return e.getMessage() == null ? kind : kind + " " + e.getMessage();
  }

  private ParseResult finish(ParseResult result) {
    if (settings.strictness() == Strictness.STRICT && result.hasErrors()) {
      List<Diagnostic> errors = result.diagnostics().stream()
          .filter(d -> d.severity() == Severity.ERROR).toList();
      throw new CatalogParseException(
          errors.size() + " error(s); first: " + errors.get(0), errors, null);
    }
    return result;
  }

  /**
   * Configures a {@link CatalogParser}. Setters check their arguments at once; {@link #build()}
   * returns an immutable parser. A builder is not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private List<String> labels = DEFAULT_LABELS;
    private final Set<String> disabledRules = new LinkedHashSet<>();
    private int summaryCutLength = DEFAULT_SUMMARY_CUT_LENGTH;
    private Strictness strictness = Strictness.LENIENT;
    private final List<String> knownOrganizations = new ArrayList<>();
    private ParseLimits limits = ParseLimits.defaults();

    private Builder() {}

    /**
     * <em>Replaces</em> the label vocabulary: session types that prefix a heading
     * ({@code "Keynote:"}), matched without case. Default {@link CatalogParser#DEFAULT_LABELS}. To
     * keep the defaults and add to them, use {@link #addLabels(Collection)}.
     *
     * @param labels the labels, none blank; an empty collection reads no labels
     * @return this builder
     * @throws IllegalArgumentException if a label is blank
     * @throws NullPointerException if {@code labels} or a label is null
     */
    public Builder labels(Collection<String> labels) {
      this.labels = checkedLabels(labels);
      return this;
    }

    /**
     * <em>Adds</em> labels to the vocabulary set so far (the {@link CatalogParser#DEFAULT_LABELS}
     * unless {@link #labels(Collection)} replaced them); a label already there, compared without
     * case, is not added twice.
     *
     * @param labels the labels to add, none blank
     * @return this builder
     * @throws IllegalArgumentException if a label is blank
     * @throws NullPointerException if {@code labels} or a label is null
     * @since 0.2.0
     */
    public Builder addLabels(Collection<String> labels) {
      List<String> added = new ArrayList<>(this.labels);
      Set<String> seen = new LinkedHashSet<>();
      this.labels.forEach(l -> seen.add(l.toLowerCase(Locale.ROOT)));
      for (String l : checkedLabels(labels)) {
        if (seen.add(l.toLowerCase(Locale.ROOT))) {
          added.add(l);
        }
      }
      this.labels = List.copyOf(added);
      return this;
    }

    private static List<String> checkedLabels(Collection<String> labels) {
      List<String> copy = List.copyOf(labels);
      for (String l : copy) {
        if (l.isBlank()) {
          throw new IllegalArgumentException("a label must not be blank");
        }
      }
      return copy;
    }

    /**
     * Switches rules off: their diagnostics are not reported (nor counted by
     * {@link Strictness#STRICT}). What the parser reads does not change. Switching off
     * {@link Rules#IMAGE_NOT_FOUND} also skips the check that image files exist, for catalogs whose
     * images live elsewhere. Calls add up.
     *
     * @param ruleIds rule ids of {@link Rules}, e.g. {@code Rules.IMAGE_NOT_FOUND}
     * @return this builder
     * @throws IllegalArgumentException if an id is not one of {@link Rules#ALL}; checked at once,
     *     so a misspelt id fails while the parser is configured, never during a parse
     * @throws NullPointerException if an id is null
     * @since 0.2.0
     */
    public Builder disable(String... ruleIds) {
      for (String id : ruleIds) {
        if (!Rules.isKnown(id)) {
          throw new IllegalArgumentException(
              "unknown rule id '" + id + "'; the rule ids are listed in docs/diagnostics.md and Rules.ALL");
        }
      }
      disabledRules.addAll(List.of(ruleIds));
      return this;
    }

    /**
     * Sets the length, in characters (Unicode code points), at which the catalog's source cut its
     * summaries. Default {@value CatalogParser#DEFAULT_SUMMARY_CUT_LENGTH}.
     *
     * @param length at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code length < 1}
     */
    public Builder summaryCutLength(int length) {
      if (length < 1) {
        throw new IllegalArgumentException("summaryCutLength must be >= 1, was " + length);
      }
      this.summaryCutLength = length;
      return this;
    }

    /**
     * Sets what happens with error diagnostics. Default {@link Strictness#LENIENT}.
     *
     * @param strictness the strictness
     * @return this builder
     */
    public Builder strictness(Strictness strictness) {
      this.strictness = Objects.requireNonNull(strictness, "strictness");
      return this;
    }

    /**
     * Adds organizations the parser should recognize, for catalogs whose summaries run an
     * organization's name straight into the abstract ({@code "... Jane Roe, Acme Widgets Our
     * talk ..."}). Organizations the catalog itself names are known without this.
     *
     * @param names organization names as written, none blank
     * @return this builder
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder knownOrganizations(Collection<String> names) {
      for (String n : names) {
        if (n.isBlank()) {
          throw new IllegalArgumentException("an organization name must not be blank");
        }
        knownOrganizations.add(n.strip());
      }
      return this;
    }

    /**
     * Sets the bounds on what one parse reads. Default {@link ParseLimits#defaults()}.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ParseLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the maximum input size; see {@link ParseLimits#maxInputBytes()}.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 1}
     */
    public Builder maxInputBytes(long max) {
      this.limits = limits.withMaxInputBytes(max);
      return this;
    }

    /**
     * Sets the maximum number of talks; see {@link ParseLimits#maxTalks()}.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 1}
     */
    public Builder maxTalks(int max) {
      this.limits = limits.withMaxTalks(max);
      return this;
    }

    /**
     * Sets the maximum line length in characters; see {@link ParseLimits#maxLineLength()}.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 1}
     */
    public Builder maxLineLength(int max) {
      this.limits = limits.withMaxLineLength(max);
      return this;
    }

    /**
     * Sets the maximum nesting depth; see {@link ParseLimits#maxNestingDepth()}.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 1}
     */
    public Builder maxNestingDepth(int max) {
      this.limits = limits.withMaxNestingDepth(max);
      return this;
    }

    /**
     * Sets the maximum number of diagnostics kept; see {@link ParseLimits#maxDiagnostics()}.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max < 1}
     */
    public Builder maxDiagnostics(int max) {
      this.limits = limits.withMaxDiagnostics(max);
      return this;
    }

    /** {@return a new, immutable parser with the settings given so far} */
    public CatalogParser build() {
      return new CatalogParser(
          new ParserSettings(labels, summaryCutLength, strictness, knownOrganizations, disabledRules),
          limits);
    }
  }
}
