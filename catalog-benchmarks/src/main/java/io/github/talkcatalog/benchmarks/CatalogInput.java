package io.github.talkcatalog.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Markdown every parse benchmark reads: the synthetic catalog of {@link #talks} talks in
 * {@link #layout} with {@link SyntheticCatalog#DEFAULT_SEED}, generated once per trial, so all
 * parsers read the same text in one run.
 */
@State(Scope.Benchmark)
public class CatalogInput {

  /** The catalog size in talks; override with {@code -p talks=10000}. */
  @Param({"1000", "10000", "100000"})
  public int talks;

  /**
   * The layout, a {@link SyntheticCatalog.Layout#id()}; override with {@code -p layout=list}.
   */
  @Param({"headings", "list", "table", "plain"})
  public String layout;

  /** The catalog text (ASCII, so characters = UTF-8 bytes). */
  public String markdown;

  /** Generates the text. */
  @Setup(Level.Trial)
  public void generate() {
    markdown = SyntheticCatalog.generate(SyntheticCatalog.Layout.of(layout), talks,
        SyntheticCatalog.DEFAULT_SEED).text();
  }
}
