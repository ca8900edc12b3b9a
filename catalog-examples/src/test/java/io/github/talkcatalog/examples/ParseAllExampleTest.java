package io.github.talkcatalog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseAllExampleTest {

  @Test
  void printsEachFileThenTheJoinedCatalogBySection(@TempDir Path dir) throws Exception {
    Files.copy(Path.of(ExampleRun.testdata("seed/vllm-pytorch-conference-2025.md")),
        dir.resolve("vllm-pytorch-conference-2025.md"));
    Files.writeString(dir.resolve("harbor-days.md"), """
        # Harbor Days 2026

        ## Tides of Data - Ada Quill, Northwind Labs
        - Link: https://www.youtube.com/watch?v=HHHHHHHHHH1

        ## Small Boats, Big Models - Bo Tran
        - Link: https://www.youtube.com/watch?v=HHHHHHHHHH2
        """);
    Files.writeString(dir.resolve("lantern-meetup.md"), """
        # Lantern Meetup

        ## Lighting the Cache - Kai Moreno
        """);

    String out = ExampleRun.output(ParseAllExample::main, dir.toString());

    assertThat(out).isEqualTo("""
        harbor-days.md: 2 talks, 0 warnings
        lantern-meetup.md: 1 talks, 1 warnings
        vllm-pytorch-conference-2025.md: 53 talks, 1 warnings
        56 talks, positions 1 to 56
        Harbor Days 2026: 2
        Lantern Meetup: 1
        vLLM-in-PyTorch-Conference-2025: 53
        """);
  }

  @Test
  void readmeShowsTheCodeOfTheExample() throws Exception {
    ReadmeSnippet.assertIsCodeOf(ReadmeSnippet.under("Parse a folder of catalogs"), ParseAllExample.class);
  }
}
