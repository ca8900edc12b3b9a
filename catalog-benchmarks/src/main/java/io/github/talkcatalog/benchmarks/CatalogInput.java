package io.github.talkcatalog.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Markdown every parse benchmark reads: the synthetic catalog of {@link #talks} talks with
 * {@link SyntheticCatalog#DEFAULT_SEED}, generated once per trial, so all parsers read the same
 * text in one run.
 */
@State(Scope.Benchmark)
public class CatalogInput {

  /** The catalog size in talks; override with {@code -p talks=10000}. */
  @Param({"1000", "10000", "100000"})
  public int talks;

  /** The catalog text (ASCII, so characters = UTF-8 bytes). */
  public String markdown;

  /** Generates the text. */
  @Setup(Level.Trial)
  public void generate() {
    markdown = SyntheticCatalog.generate(talks, SyntheticCatalog.DEFAULT_SEED).text();
  }
}
