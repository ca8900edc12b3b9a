package io.github.talkcatalog.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a JMH result file ({@code -rf json -rff FILE}) of {@link ParseBenchmarks} and
 * {@link JsonBenchmarks} and prints, per benchmark, layout and size, the time per operation, the
 * throughput in MB/s (10^6 bytes of Markdown per second), the allocation per operation and per
 * input byte (when run with {@code -prof gc}); then per layout and size the ratios a/c with both
 * cores, a1/c on one thread, a/b and the allocation a/b; the scaling of (f), per-byte time at each
 * size relative to the smallest, per layout; and d/e for the JSON.
 *
 * <p>All ratios are taken between benchmarks of the same result file, i.e. measured side by side
 * in one run: compare ratios across runs, never absolute times.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.talkcatalog.benchmarks.Report target/jmh-result.json
 * </pre>
 */
public final class Report {

  /** The benchmarks that parse the Markdown, whose per-byte figures are printed. */
  private static final Set<String> PARSES =
      Set.of("ours", "oursSingleThread", "flexmark", "commonmark");

  /** The layout column of benchmarks without a layout parameter (the JSON ones). */
  private static final String NO_LAYOUT = "-";

  private Report() {}

  /** One measured benchmark at one size: time in ms per operation, allocation in bytes per op. */
  private record Row(double millis, double millisError, double allocBytes) {}

  /** A benchmark's result key: layout and size. */
  private record Key(String layout, int talks) implements Comparable<Key> {
    @Override
    public int compareTo(Key o) {
      int c = layoutOrder(layout) - layoutOrder(o.layout);
      return c != 0 ? c : Integer.compare(talks, o.talks);
    }
  }

  private static int layoutOrder(String layout) {
    if (layout.equals(NO_LAYOUT)) {
      return -1;
    }
    return SyntheticCatalog.Layout.of(layout).ordinal();
  }

  /**
   * Entry point.
   *
   * @param args the JMH JSON result file
   * @throws IOException when it cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Report JMH-RESULT.json");
      System.exit(2);
    }
    JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    // name -> (layout, talks) -> row
    Map<String, TreeMap<Key, Row>> rows = new TreeMap<>();
    for (JsonNode r : results) {
      String benchmark = r.path("benchmark").asText();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      int talks = r.path("params").path("talks").asInt();
      String layout = r.path("params").path("layout").asText(NO_LAYOUT);
      JsonNode primary = r.path("primaryMetric");
      double millis = toMillis(primary.path("score").asDouble(), primary.path("scoreUnit").asText());
      double error = toMillis(primary.path("scoreError").asDouble(Double.NaN),
          primary.path("scoreUnit").asText());
      double alloc = Double.NaN;
      Iterator<Map.Entry<String, JsonNode>> secondary = r.path("secondaryMetrics").fields();
      while (secondary.hasNext()) {
        Map.Entry<String, JsonNode> m = secondary.next();
        if (m.getKey().replace("\u00b7", "").equals("gc.alloc.rate.norm")) {
          alloc = m.getValue().path("score").asDouble();
        }
      }
      rows.computeIfAbsent(name, k -> new TreeMap<>()).put(new Key(layout, talks),
          new Row(millis, error, alloc));
    }

    Map<Key, Integer> bytes = new HashMap<>();
    System.out.printf(Locale.ROOT, "%-17s %-8s %7s %8s %19s %8s %12s %8s%n",
        "benchmark", "layout", "talks", "MB", "ms/op", "MB/s", "alloc MB/op", "B/byte");
    for (Map.Entry<String, TreeMap<Key, Row>> e : rows.entrySet()) {
      for (Map.Entry<Key, Row> s : e.getValue().entrySet()) {
        Key key = s.getKey();
        int size = bytes.computeIfAbsent(key, Report::inputBytes);
        Row row = s.getValue();
        // MB/s and B/byte relate to the Markdown text, so they are printed for parses only.
        boolean parse = PARSES.contains(e.getKey());
        System.out.printf(Locale.ROOT, "%-17s %-8s %7d %8.2f %10.2f±%-8.2f %8s %12.1f %8s%n",
            e.getKey(), key.layout(), key.talks(), size / 1e6, row.millis(), row.millisError(),
            parse ? String.format(Locale.ROOT, "%.1f", size / 1e6 / (row.millis() / 1e3)) : "-",
            row.allocBytes() / 1e6,
            parse ? String.format(Locale.ROOT, "%.1f", row.allocBytes() / size) : "-");
      }
    }

    System.out.println();
    System.out.println("Ratios (same run). a = ours (may use both cores), a1 = ours on one thread,");
    System.out.println("b = flexmark, c = commonmark-java (both one thread).");
    System.out.printf(Locale.ROOT, "%-8s %7s %10s %10s %8s %10s %10s%n",
        "layout", "talks", "a1/c", "a/c", "a/b", "alloc a/b", "f a/a@1st");
    TreeMap<Key, Row> ours = rows.getOrDefault("ours", new TreeMap<>());
    TreeMap<Key, Row> single = rows.getOrDefault("oursSingleThread", new TreeMap<>());
    TreeMap<Key, Row> flex = rows.getOrDefault("flexmark", new TreeMap<>());
    TreeMap<Key, Row> common = rows.getOrDefault("commonmark", new TreeMap<>());
    java.util.TreeSet<Key> keys = new java.util.TreeSet<>(ours.keySet());
    keys.addAll(single.keySet());
    Map<String, Double> firstPerByte = new HashMap<>();
    for (Key k : keys) {
      Row a = ours.get(k);
      Row a1 = single.get(k);
      Row b = flex.get(k);
      Row c = common.get(k);
      String scaling = "-";
      if (a != null) {
        double perByte = a.millis() / bytes.get(k);
        Double first = firstPerByte.putIfAbsent(k.layout(), perByte);
        scaling = fmt(first == null ? 1.0 : perByte / first);
      }
      System.out.printf(Locale.ROOT, "%-8s %7d %10s %10s %8s %10s %10s%n", k.layout(), k.talks(),
          a1 != null && c != null ? fmt(a1.millis() / c.millis()) : "-",
          a != null && c != null ? fmt(a.millis() / c.millis()) : "-",
          a != null && b != null ? fmt(a.millis() / b.millis()) : "-",
          a != null && b != null ? fmt(a.allocBytes() / b.allocBytes()) : "-",
          scaling);
    }
    System.out.println("Targets (issue 24): a1/c <= 1.5, a/c <= 1.0, alloc a/b <= 1.0 at every size"
        + " and layout; f (per-byte time / that at the smallest size) <= 1.2 at 100,000 talks.");

    System.out.println();
    ratio(rows, "oursWrite", "plainWrite", "d/e write (<= 1.3 is the target)");
    ratio(rows, "oursRead", "plainRead", "d/e read (<= 1.3 is the target)");
  }

  /** The size of the Markdown of a parse benchmark, or of the L1 catalog the JSON is made from. */
  private static int inputBytes(Key key) {
    SyntheticCatalog.Layout layout = key.layout().equals(NO_LAYOUT)
        ? SyntheticCatalog.Layout.HEADINGS : SyntheticCatalog.Layout.of(key.layout());
    return SyntheticCatalog.generate(layout, key.talks(), SyntheticCatalog.DEFAULT_SEED).utf8Length();
  }

  private static String fmt(double ratio) {
    return String.format(Locale.ROOT, "%.2f", ratio);
  }

  private static void ratio(Map<String, TreeMap<Key, Row>> rows, String a, String b, String what) {
    TreeMap<Key, Row> as = rows.get(a);
    TreeMap<Key, Row> bs = rows.get(b);
    if (as == null || bs == null) {
      return;
    }
    for (Map.Entry<Key, Row> e : as.entrySet()) {
      Row other = bs.get(e.getKey());
      if (other != null) {
        System.out.printf(Locale.ROOT, "%s at %d talks = %.2f%n", what, e.getKey().talks(),
            e.getValue().millis() / other.millis());
      }
    }
  }

  private static double toMillis(double score, String unit) {
    return switch (unit) {
      case "ns/op" -> score / 1e6;
      case "us/op" -> score / 1e3;
      case "ms/op" -> score;
      case "s/op" -> score * 1e3;
      default -> throw new IllegalArgumentException("unexpected JMH unit '" + unit
          + "'; run the benchmarks in average-time mode");
    };
  }
}
