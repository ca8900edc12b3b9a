package io.github.talkcatalog.benchmarks;

import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.model.Catalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing the same synthetic catalog three ways: (a) our full parse into the typed {@link Catalog};
 * (b) flexmark's parse into its syntax tree, default options; (c) commonmark-java's parse into its
 * syntax tree, default options. Run at every size of {@link CatalogInput#talks} and every
 * {@link CatalogInput#layout}, (a) also gives the scaling (f). Time is wall time per parse, in
 * milliseconds.
 *
 * <p>Our parser reads large catalogs (1,000 talks and more) on the common fork-join pool, so (a)
 * uses both cores of a 2-core machine; flexmark and commonmark-java use one thread. {@link
 * #oursSingleThread} is (a) in a fork whose common pool has no worker threads
 * ({@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=0}), so it reads on the calling
 * thread only: the like-for-like comparison with (c). The garbage collector may use both cores in
 * every fork.
 *
 * <p>The warmup is long (10 × 2 s) because flexmark needs about ten iterations to settle.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParseBenchmarks {

  /** The parsers, built once: building is not what is measured. */
  @State(Scope.Benchmark)
  public static class Parsers {
    CatalogParser ours;
    com.vladsch.flexmark.parser.Parser flexmark;
    org.commonmark.parser.Parser commonmark;

    /** Builds the parsers with default options. */
    @Setup
    public void build() {
      ours = CatalogParser.builder().limits(SyntheticCatalog.LIMITS).build();
      flexmark = com.vladsch.flexmark.parser.Parser.builder().build();
      commonmark = org.commonmark.parser.Parser.builder().build();
    }
  }

  /** (a), (f): our parse into the typed model. */
  @Benchmark
  public Catalog ours(CatalogInput input, Parsers parsers) {
    return parsers.ours.parse(input.markdown).catalog();
  }

  /** (a) on one thread: the common pool has no worker in this fork. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g",
      "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0"})
  public Catalog oursSingleThread(CatalogInput input, Parsers parsers) {
    return parsers.ours.parse(input.markdown).catalog();
  }

  /** (b): flexmark 0.64.8, default options, syntax tree only. */
  @Benchmark
  public Object flexmark(CatalogInput input, Parsers parsers) {
    return parsers.flexmark.parse(input.markdown);
  }

  /** (c): commonmark-java 0.32.0, default options, syntax tree only. */
  @Benchmark
  public Object commonmark(CatalogInput input, Parsers parsers) {
    return parsers.commonmark.parse(input.markdown);
  }
}
