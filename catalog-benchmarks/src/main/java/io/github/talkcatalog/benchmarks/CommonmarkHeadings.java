package io.github.talkcatalog.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;

/**
 * The cold-start reference of {@code cold.sh}: the ten-line program a user would write with
 * commonmark-java 0.32.0 alone. It parses a Markdown file into commonmark's syntax tree and prints
 * the number of headings. Run on the class path of this module's classes and the commonmark jar
 * only, not the shaded benchmarks jar:
 *
 * <pre>
 * java -cp target/classes:commonmark-0.32.0.jar io.github.talkcatalog.benchmarks.CommonmarkHeadings FILE
 * </pre>
 */
public final class CommonmarkHeadings {

  private CommonmarkHeadings() {}

  /**
   * Entry point.
   *
   * @param args the Markdown file (UTF-8)
   * @throws IOException when it cannot be read
   */
  public static void main(String[] args) throws IOException {
    int[] headings = {0};
    org.commonmark.parser.Parser.builder().build().parse(Files.readString(Path.of(args[0])))
        .accept(new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            headings[0]++;
          }
        });
    System.out.println(headings[0] + " headings");
  }
}
