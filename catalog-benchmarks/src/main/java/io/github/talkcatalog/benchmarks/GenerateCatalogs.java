package io.github.talkcatalog.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the synthetic catalogs to files: {@code synthetic-1000.md}, {@code synthetic-10000.md}
 * and {@code synthetic-100000.md} (or the sizes given) with {@link SyntheticCatalog#DEFAULT_SEED}.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.talkcatalog.benchmarks.GenerateCatalogs DIR [TALKS...]
 * </pre>
 */
public final class GenerateCatalogs {

  private GenerateCatalogs() {}

  /**
   * Entry point.
   *
   * @param args the output directory (created if missing), then optional sizes in talks
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: GenerateCatalogs DIR [TALKS...]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes.addAll(SyntheticCatalog.SIZES);
    }
    Files.createDirectories(dir);
    for (int talks : sizes) {
      Path file = dir.resolve(fileName(talks));
      String text = SyntheticCatalog.generate(talks, SyntheticCatalog.DEFAULT_SEED).text();
      Files.writeString(file, text, StandardCharsets.UTF_8);
      System.out.printf("%s: %d talks, %d bytes%n", file, talks, text.length());
    }
  }

  /**
   * The file name of a generated catalog.
   *
   * @param talks the size in talks
   * @return {@code synthetic-TALKS.md}
   */
  public static String fileName(int talks) {
    return "synthetic-" + talks + ".md";
  }
}
