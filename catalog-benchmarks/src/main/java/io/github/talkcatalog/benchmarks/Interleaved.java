package io.github.talkcatalog.benchmarks;

import io.github.talkcatalog.CatalogParser;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The side-by-side comparison for a shared, loaded machine: in one JVM, our parse, commonmark-java
 * and flexmark read the same synthetic catalog in turn, round after round, and each keeps its
 * smallest <em>CPU time of the calling thread</em> and its allocation of the calling thread
 * (bytes per input byte) over the rounds. Thread CPU time does not grow when other processes take
 * the cores (only cache effects remain), so its ratios hold on a busy machine, where wall times
 * of separate JMH forks do not.
 *
 * <p>Run it with {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0}: our parse then
 * runs entirely on the calling thread, so its CPU time and allocation are all of its work (a1/c).
 * With the pool on, our parse also uses worker threads; the column "a wall" is then the smallest
 * wall time with both cores, which only means something on a quiet machine.
 *
 * <pre>
 * java -Xms2g -Xmx2g -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 \
 *     -cp target/benchmarks.jar io.github.talkcatalog.benchmarks.Interleaved \
 *     [--rounds N] [--no-flexmark] [LAYOUT:TALKS ...]
 * </pre>
 *
 * <p>Without arguments: every layout at 1,000 and 10,000 talks. flexmark is left out for tables
 * above 1,000 talks (without its table extension it reads the table as one paragraph, and does
 * not finish 10,000 rows in minutes). Output: one line per layout and
 * size, times in milliseconds, allocation in bytes per input byte, ratios ours/commonmark-java
 * (a/c) and ours/flexmark (a/b).
 */
public final class Interleaved {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Interleaved() {}

  /** One parser under test: a name and the parse (its result is kept from being optimised away). */
  private record Contender(String name, Function<String, Object> parse) {}

  /** The best of the rounds of one contender. */
  private static final class Best {
    long cpu = Long.MAX_VALUE;
    long wall = Long.MAX_VALUE;
    long allocated = Long.MAX_VALUE;
  }

  /**
   * Runs the comparison.
   *
   * @param args {@code --rounds N} (default: enough rounds for about 2 × 10^7 bytes per
   *     contender, at least 5), {@code --no-flexmark}, then {@code layout:talks} pairs
   */
  public static void main(String[] args) {
    int rounds = 0;
    boolean flexmark = true;
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--no-flexmark" -> flexmark = false;
        default -> cases.add(args[i]);
      }
    }
    if (cases.isEmpty()) {
      for (SyntheticCatalog.Layout layout : SyntheticCatalog.Layout.values()) {
        cases.add(layout.id() + ":1000");
        cases.add(layout.id() + ":10000");
      }
    }
    CatalogParser ours = CatalogParser.builder().limits(SyntheticCatalog.LIMITS).build();
    org.commonmark.parser.Parser commonmark = org.commonmark.parser.Parser.builder().build();
    com.vladsch.flexmark.parser.Parser flex = com.vladsch.flexmark.parser.Parser.builder().build();
    List<Contender> contenders = new ArrayList<>();
    contenders.add(new Contender("ours", text -> ours.parse(text).catalog()));
    contenders.add(new Contender("commonmark", commonmark::parse));
    contenders.add(new Contender("flexmark", flex::parse));
    System.out.printf(Locale.ROOT, "parallelism %d, %s%n",
        java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(),
        System.getProperty("java.vm.version"));
    System.out.printf(Locale.ROOT, "%-9s %7s %6s | %9s %9s %9s | %8s %8s %8s | %7s %7s %7s | %6s%n",
        "layout", "talks", "MB", "a cpu", "c cpu", "b cpu", "a B/B", "c B/B", "b B/B",
        "a1/c", "a1/b", "al a/b", "a wall");
    for (String c : cases) {
      String[] parts = c.split(":");
      SyntheticCatalog.Layout layout = SyntheticCatalog.Layout.of(parts[0]);
      int talks = Integer.parseInt(parts[1]);
      String text = SyntheticCatalog.generate(layout, talks, SyntheticCatalog.DEFAULT_SEED).text();
      // flexmark without its table extension reads a table as one paragraph, in quadratic time
      boolean withFlexmark = flexmark && !(layout == SyntheticCatalog.Layout.TABLE && talks > 1000);
      List<Contender> run = withFlexmark ? contenders : contenders.subList(0, 2);
      int n = rounds > 0 ? rounds : Math.max(5, (int) Math.min(200, 20_000_000L / text.length()));
      Best[] best = new Best[run.size()];
      for (int k = 0; k < best.length; k++) {
        best[k] = new Best();
      }
      for (int r = 0; r < n; r++) {
        for (int k = 0; k < run.size(); k++) {
          int at = (k + r) % run.size();
          measure(run.get(at), text, best[at]);
        }
      }
      Best a = best[0];
      Best cm = best[1];
      Best b = withFlexmark ? best[2] : null;
      double bytes = text.length();
      System.out.printf(Locale.ROOT,
          "%-9s %7d %6.2f | %9.2f %9.2f %9s | %8.1f %8.1f %8s | %7.2f %7s %7s | %6.1f%n",
          layout.id(), talks, bytes / 1e6, a.cpu / 1e6, cm.cpu / 1e6,
          b == null ? "-" : String.format(Locale.ROOT, "%.2f", b.cpu / 1e6),
          a.allocated / bytes, cm.allocated / bytes,
          b == null ? "-" : String.format(Locale.ROOT, "%.1f", b.allocated / bytes),
          (double) a.cpu / cm.cpu,
          b == null ? "-" : String.format(Locale.ROOT, "%.2f", (double) a.cpu / b.cpu),
          b == null ? "-" : String.format(Locale.ROOT, "%.2f", (double) a.allocated / b.allocated),
          a.wall / 1e6);
    }
  }

  private static Object sink;

  private static void measure(Contender contender, String text, Best best) {
    long thread = Thread.currentThread().getId();
    long allocated = THREADS.getThreadAllocatedBytes(thread);
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    sink = contender.parse().apply(text);
    long wallEnd = System.nanoTime();
    long cpuEnd = THREADS.getCurrentThreadCpuTime();
    long allocatedEnd = THREADS.getThreadAllocatedBytes(thread);
    best.cpu = Math.min(best.cpu, cpuEnd - cpu);
    best.wall = Math.min(best.wall, wallEnd - wall);
    best.allocated = Math.min(best.allocated, allocatedEnd - allocated);
  }
}
