package io.github.talkcatalog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRoundTripExampleTest {

  @Test
  void theSeedComesBackEqualFromItsJsonFile(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("catalog.json");

    String out = ExampleRun.output(JsonRoundTripExample::main,
        ExampleRun.testdata("seed/vllm-pytorch-conference-2025.md"), json.toString());

    assertThat(out).startsWith("equal after the round trip: true\ncompact: ");
    assertThat(Files.readString(json)).startsWith("{\n  \"format\": \"talk-catalog/1\",\n"
        + "  \"title\": \"vLLM-in-PyTorch-Conference-2025\",\n");
  }

  @Test
  void readmeShowsTheCodeOfTheExample() throws Exception {
    ReadmeSnippet.assertIsCodeOf(ReadmeSnippet.under("Read and write JSON"), JsonRoundTripExample.class);
  }
}
