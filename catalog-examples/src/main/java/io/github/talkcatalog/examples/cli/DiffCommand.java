package io.github.talkcatalog.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.talkcatalog.CatalogDiff;
import io.github.talkcatalog.Diagnostic;
import io.github.talkcatalog.ParseResult;
import io.github.talkcatalog.Severity;
import io.github.talkcatalog.jackson.CatalogModule;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code catalog diff OLD NEW [--format text|json]}: the talks added, removed and changed between
 * two editions of a catalog ({@link CatalogDiff}). Exit codes as {@code diff(1)}: 0 equal, 1
 * different, 2 usage error or an input that cannot be read.
 *
 * <p>Text output, one line per talk, then one indented line per changed field:
 *
 * <pre>
 * - #5 "Old title" (Speaker A, Speaker B)
 * + #53 "New title" (Speaker C)
 * ~ #1 "Title"
 *     speakers: "Matt White (PyTorch Foundation)" -&gt; "Matthew White (PyTorch Foundation)"
 * </pre>
 *
 * The number is the talk's position in its edition (the old one for {@code -}, the new one
 * otherwise); values are quoted as JSON strings, {@code (none)} when absent.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
    versionProvider = CatalogCommand.Version.class,
    description = {
        "Prints the talks added (+), removed (-) and changed (~) between two editions of a catalog.",
        "Talks are matched by YouTube video id, else by title and speakers; position, heading and",
        "layout are not changes. Each input is Markdown, or catalog JSON (content starting with '{').",
        "A Markdown input with diagnostics gets one line on standard error with their count."},
    exitCodeListHeading = "%nExit codes (as diff(1)):%n",
    exitCodeList = {
        "0:the editions hold the same talks",
        "1:they differ",
        "2:usage error, or an input cannot be read"})
final class DiffCommand implements Callable<Integer> {

  /** The output formats of {@code --format}. */
  enum Format { text, json }

  @Parameters(index = "0", paramLabel = "OLD", description = "The old edition: a Markdown file, a folder with an index, or a catalog JSON file.")
  Path oldPath;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new edition, in any of the same forms.")
  Path newPath;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (+, -, ~ lines; the default) or json.")
  Format format;

  /** The parser options (labels, rules switched off), for both inputs. */
  @Mixin
  ParserOptions options;

  @Option(names = "--verbose", description = "Print the stack trace when an input cannot be read.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Catalog oldCatalog;
    Catalog newCatalog;
    try {
      oldCatalog = read(oldPath, err);
      newCatalog = read(newPath, err);
    } catch (RuntimeException e) {
      // diff(1): trouble is 2, not 1, which here means "different"
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      err.println("catalog: " + CatalogCommand.oneLine(message));
      if (verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return 2;
    }
    CatalogDiff diff = CatalogDiff.between(oldCatalog, newCatalog);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? json(diff) : text(diff));
    out.flush();
    return diff.isEmpty() ? 0 : 1;
  }

  private Catalog read(Path path, PrintWriter err) {
    CatalogInput input = new CatalogInput();
    input.path = path;
    input.options = options;
    ParseResult result = input.parse();
    if (!result.diagnostics().isEmpty()) {
      Map<Severity, Long> counts = result.diagnostics().stream()
          .collect(Collectors.groupingBy(Diagnostic::severity, () -> new EnumMap<>(Severity.class), Collectors.counting()));
      err.println("catalog: " + path + ": " + counts.entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey().label() + (e.getValue() == 1 ? "" : "s"))
          .collect(Collectors.joining(", ")) + " (catalog check " + path + " lists them)");
      err.flush();
    }
    return result.catalog();
  }

  static String text(CatalogDiff diff) {
    StringBuilder b = new StringBuilder();
    if (!diff.catalogChanges().isEmpty()) {
      b.append("~ catalog\n");
      fields(b, diff.catalogChanges());
    }
    for (Talk t : diff.removed()) {
      b.append("- ").append(talk(t)).append('\n');
    }
    for (Talk t : diff.added()) {
      b.append("+ ").append(talk(t)).append('\n');
    }
    for (CatalogDiff.TalkChange c : diff.changed()) {
      b.append("~ #").append(c.newTalk().position()).append(' ').append(quote(c.newTalk().title())).append('\n');
      fields(b, c.fields());
    }
    return b.toString();
  }

  private static String talk(Talk t) {
    String line = "#" + t.position() + " " + quote(t.title());
    if (t.speakers().isEmpty()) {
      return line;
    }
    return line + " (" + t.speakers().stream().map(Speaker::name).collect(Collectors.joining(", ")) + ")";
  }

  private static void fields(StringBuilder b, List<CatalogDiff.FieldChange> fields) {
    for (CatalogDiff.FieldChange f : fields) {
      b.append("    ").append(f.field()).append(": ").append(value(f.oldValue())).append(" -> ")
          .append(value(f.newValue())).append('\n');
    }
  }

  private static String value(Optional<String> v) {
    return v.map(DiffCommand::quote).orElse("(none)");
  }

  /** Text as a JSON string literal, so that control characters and line breaks show as escapes. */
  private static String quote(String s) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
  }

  static String json(CatalogDiff diff) {
    ObjectMapper mapper = new ObjectMapper().registerModule(new CatalogModule())
        .enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("equal", diff.isEmpty());
    fieldsJson(root.putArray("catalog"), diff.catalogChanges());
    ArrayNode removed = root.putArray("removed");
    diff.removed().forEach(t -> removed.add(mapper.valueToTree(t)));
    ArrayNode added = root.putArray("added");
    diff.added().forEach(t -> added.add(mapper.valueToTree(t)));
    ArrayNode changed = root.putArray("changed");
    for (CatalogDiff.TalkChange c : diff.changed()) {
      ObjectNode node = changed.addObject();
      node.putObject("old").put("position", c.oldTalk().position()).put("title", c.oldTalk().title());
      node.putObject("new").put("position", c.newTalk().position()).put("title", c.newTalk().title());
      fieldsJson(node.putArray("fields"), c.fields());
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always writes", e);
    }
  }

  private static void fieldsJson(ArrayNode array, List<CatalogDiff.FieldChange> fields) {
    for (CatalogDiff.FieldChange f : fields) {
      ObjectNode node = array.addObject().put("field", f.field());
      f.oldValue().ifPresent(v -> node.put("old", v));
      f.newValue().ifPresent(v -> node.put("new", v));
    }
  }
}
