package io.github.talkcatalog.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.talkcatalog.CatalogParser;
import io.github.talkcatalog.jackson.CatalogJson;
import io.github.talkcatalog.model.Catalog;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing and reading catalog JSON: (d) our catalog-jackson format on the typed model, against
 * (e) Jackson databind on {@link PlainCatalog} records of the same shape, both on the synthetic
 * catalog parsed once in the setup. Time per operation, in milliseconds.
 * Both sides write compact JSON.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class JsonBenchmarks {

  /** The catalog and its JSON, prepared once per trial. */
  @State(Scope.Benchmark)
  public static class JsonInput {

    /** The catalog size in talks; JSON is measured at one size by default. */
    @Param({"10000"})
    public int talks;

    Catalog catalog;
    PlainCatalog plain;
    String plainJson;
    ObjectMapper mapper;
    String oursJson;

    /**
     * Parses the synthetic catalog and writes the records' JSON once.
     *
     * @throws JsonProcessingException never for these records
     */
    @Setup(Level.Trial)
    public void prepare() throws JsonProcessingException {
      String markdown = SyntheticCatalog.generate(talks, SyntheticCatalog.DEFAULT_SEED).text();
      catalog = CatalogParser.builder().build().parse(markdown).catalog();
      plain = PlainCatalog.of(catalog);
      mapper = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
      plainJson = mapper.writeValueAsString(plain);
      oursJson = CatalogJson.standard().writeCompact(catalog);
    }
  }

  /** (d) write: catalog-jackson, the typed model to compact catalog JSON. */
  @Benchmark
  public String oursWrite(JsonInput input) {
    return CatalogJson.standard().writeCompact(input.catalog);
  }

  /** (d) read: catalog-jackson, compact catalog JSON to the typed model. */
  @Benchmark
  public Catalog oursRead(JsonInput input) {
    return CatalogJson.standard().read(input.oursJson);
  }

  /** (e) write: Jackson databind, plain records to a JSON string. */
  @Benchmark
  public String plainWrite(JsonInput input) throws JsonProcessingException {
    return input.mapper.writeValueAsString(input.plain);
  }

  /** (e) read: Jackson databind, a JSON string to plain records. */
  @Benchmark
  public PlainCatalog plainRead(JsonInput input) throws JsonProcessingException {
    return input.mapper.readValue(input.plainJson, PlainCatalog.class);
  }
}
