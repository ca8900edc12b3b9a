package io.github.talkcatalog.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a JMH result file ({@code -rf json -rff FILE}) of {@link ParseBenchmarks} and
 * {@link JsonBenchmarks} and prints, per benchmark and size, the time per operation, the
 * throughput in MB/s (10^6 bytes of Markdown per second), the allocation per operation and per
 * input byte (when run with {@code -prof gc}), then the ratios a/c and a/b at each size, d/e, and
 * the scaling of (f): per-byte time at each size relative to the smallest.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.talkcatalog.benchmarks.Report target/jmh-result.json
 * </pre>
 */
public final class Report {

  /** The benchmarks that parse the Markdown, whose per-byte figures are printed. */
  private static final java.util.Set<String> PARSES = java.util.Set.of("ours", "flexmark", "commonmark");

  private Report() {}

  /** One measured benchmark at one size: time in ms per operation, allocation in bytes per op. */
  private record Row(double millis, double millisError, double allocBytes) {}

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
    // name -> talks -> row
    Map<String, TreeMap<Integer, Row>> rows = new TreeMap<>();
    for (JsonNode r : results) {
      String benchmark = r.path("benchmark").asText();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      int talks = r.path("params").path("talks").asInt();
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
      rows.computeIfAbsent(name, k -> new TreeMap<>()).put(talks, new Row(millis, error, alloc));
    }

    Map<Integer, Integer> bytes = new HashMap<>();
    System.out.printf(Locale.ROOT, "%-12s %7s %10s %17s %9s %12s %9s%n",
        "benchmark", "talks", "MB", "ms/op", "MB/s", "alloc MB/op", "B/byte");
    for (Map.Entry<String, TreeMap<Integer, Row>> e : rows.entrySet()) {
      for (Map.Entry<Integer, Row> s : e.getValue().entrySet()) {
        int size = bytes.computeIfAbsent(s.getKey(),
            t -> SyntheticCatalog.generate(t, SyntheticCatalog.DEFAULT_SEED).utf8Length());
        Row row = s.getValue();
        // MB/s and B/byte relate to the Markdown text, so they are printed for parses only.
        boolean parse = PARSES.contains(e.getKey());
        System.out.printf(Locale.ROOT, "%-12s %7d %10.2f %9.2f±%-7.2f %9s %12.1f %9s%n",
            e.getKey(), s.getKey(), size / 1e6, row.millis(), row.millisError(),
            parse ? String.format(Locale.ROOT, "%.1f", size / 1e6 / (row.millis() / 1e3)) : "-",
            row.allocBytes() / 1e6,
            parse ? String.format(Locale.ROOT, "%.1f", row.allocBytes() / size) : "-");
      }
    }

    System.out.println();
    ratio(rows, "ours", "commonmark", "a/c (≤ 1.0 is the target)");
    ratio(rows, "ours", "flexmark", "a/b");
    ratio(rows, "oursWrite", "plainWrite", "d/e write (≤ 1.3 is the target)");
    ratio(rows, "oursRead", "plainRead", "d/e read (≤ 1.3 is the target)");
    if (!rows.containsKey("oursWrite")) {
      System.out.println("d/e: not measured (JsonBenchmarks has no oursWrite/oursRead yet)");
    }
    TreeMap<Integer, Row> ours = rows.get("ours");
    if (ours != null && ours.size() > 1) {
      int first = ours.firstKey();
      double base = ours.get(first).millis() / bytes.get(first);
      for (Map.Entry<Integer, Row> s : ours.entrySet()) {
        System.out.printf(Locale.ROOT, "f scaling: per-byte time at %d talks / at %d talks = %.2f"
            + " (≤ 1.2 at the largest is the target)%n",
            s.getKey(), first, s.getValue().millis() / bytes.get(s.getKey()) / base);
      }
    }
    if (rows.containsKey("ours") && rows.containsKey("flexmark")) {
      for (Integer t : rows.get("ours").keySet()) {
        Row b = rows.get("flexmark").get(t);
        if (b != null) {
          System.out.printf(Locale.ROOT, "allocation a/b at %d talks = %.2f%n",
              t, rows.get("ours").get(t).allocBytes() / b.allocBytes());
        }
      }
    }
  }

  private static void ratio(Map<String, TreeMap<Integer, Row>> rows, String a, String b,
      String what) {
    TreeMap<Integer, Row> as = rows.get(a);
    TreeMap<Integer, Row> bs = rows.get(b);
    if (as == null || bs == null) {
      return;
    }
    for (Map.Entry<Integer, Row> e : as.entrySet()) {
      Row other = bs.get(e.getKey());
      if (other != null) {
        System.out.printf(Locale.ROOT, "%s at %d talks = %.2f%n", what, e.getKey(),
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
