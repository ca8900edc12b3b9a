package io.github.talkcatalog.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the synthetic catalogs to files: {@code synthetic-1000.md}, {@code synthetic-10000.md}
 * and {@code synthetic-100000.md} (or the sizes given) with {@link SyntheticCatalog#DEFAULT_SEED}
 * in layout L1, and with {@code --layout list} (or {@code table}, {@code plain}) in another layout,
 * named {@code synthetic-list-1000.md} and so on.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.talkcatalog.benchmarks.GenerateCatalogs [--layout L] DIR [TALKS...]
 * </pre>
 */
public final class GenerateCatalogs {

  private GenerateCatalogs() {}

  /**
   * Entry point.
   *
   * @param args optionally {@code --layout ID}, then the output directory (created if missing),
   *     then optional sizes in talks
   * @throws IOException when a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    SyntheticCatalog.Layout layout = SyntheticCatalog.Layout.HEADINGS;
    int first = 0;
    if (args.length >= 2 && args[0].equals("--layout")) {
      layout = SyntheticCatalog.Layout.of(args[1]);
      first = 2;
    }
    if (args.length < first + 1) {
      System.err.println("usage: GenerateCatalogs [--layout headings|list|table|plain] DIR [TALKS...]");
      System.exit(2);
    }
    Path dir = Path.of(args[first]);
    List<Integer> sizes = new ArrayList<>();
    for (int i = first + 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes.addAll(SyntheticCatalog.SIZES);
    }
    Files.createDirectories(dir);
    for (int talks : sizes) {
      Path file = dir.resolve(fileName(layout, talks));
      String text = SyntheticCatalog.generate(layout, talks, SyntheticCatalog.DEFAULT_SEED).text();
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
    return fileName(SyntheticCatalog.Layout.HEADINGS, talks);
  }

  /**
   * The file name of a generated catalog in a layout.
   *
   * @param layout the layout
   * @param talks the size in talks
   * @return {@code synthetic-TALKS.md} for layout L1, {@code synthetic-LAYOUT-TALKS.md} for others
   */
  public static String fileName(SyntheticCatalog.Layout layout, int talks) {
    return layout == SyntheticCatalog.Layout.HEADINGS
        ? "synthetic-" + talks + ".md"
        : "synthetic-" + layout.id() + "-" + talks + ".md";
  }
}
