package io.github.talkcatalog.benchmarks;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Parses one catalog file once with one parser and prints what it found, the time taken and the
 * maximum heap; used by {@code heap-check.sh} to check that a catalog parses under a small
 * {@code -Xmx}. Exits with status 0 on success; an {@link OutOfMemoryError} ends the JVM with a
 * non-zero status.
 *
 * <pre>
 * java -Xmx320m -cp target/benchmarks.jar io.github.talkcatalog.benchmarks.ParseFile ours FILE
 * </pre>
 */
public final class ParseFile {

  private ParseFile() {}

  /**
   * Entry point.
   *
   * @param args {@code ours}, {@code flexmark} or {@code commonmark}, then the file
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ParseFile ours|flexmark|commonmark FILE");
      System.exit(2);
    }
    Path file = Path.of(args[1]);
    long start = System.nanoTime();
    String what;
    switch (args[0]) {
      case "ours" -> {
        ParseResult result = CatalogParser.builder().limits(SyntheticCatalog.LIMITS).build().parse(file);
        what = result.catalog().talks().size() + " talks, "
            + result.diagnostics().size() + " diagnostics";
        result.diagnostics().stream().limit(5).forEach(d -> System.out.println("  " + d));
      }
      case "flexmark" -> {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        com.vladsch.flexmark.util.ast.Node doc =
            com.vladsch.flexmark.parser.Parser.builder().build().parse(text);
        int blocks = 0;
        for (com.vladsch.flexmark.util.ast.Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
          blocks++;
        }
        what = "document with " + blocks + " top-level blocks";
      }
      case "commonmark" -> {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        org.commonmark.node.Node doc = org.commonmark.parser.Parser.builder().build().parse(text);
        int blocks = 0;
        for (org.commonmark.node.Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
          blocks++;
        }
        what = "document with " + blocks + " top-level blocks";
      }
      default -> {
        System.err.println("unknown parser '" + args[0] + "'");
        System.exit(2);
        return;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("%s: %s: %s in %d ms (max heap %d MB)%n", args[0], file, what, millis,
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }
}
