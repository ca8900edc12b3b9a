package io.github.talkcatalog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FilterExampleTest {

  @Test
  void printsTheOrganizationsTalksAndTheMostFrequentSpeakers() throws Exception {
    String out = ExampleRun.output(FilterExample::main,
        ExampleRun.testdata("seed/vllm-pytorch-conference-2025.md"), "Meta");

    assertThat(out).isEqualTo("""
        6. PyTorch Symmetric Memory: A New Programming Paradigm for Distributed AI
        14. PyTorch Technical Deep Dive
        18. PyTorch-Native Stack for Agents
        31. Building the Open Agent Ecosystem Together: Introducing OpenEnv
        43. Blazing Fast GenAI Inference With Torch.compile
        Simon Mo: 2 talks
        Robert Nishihara: 2 talks
        Luca Antiga: 2 talks
        """);
  }

  @Test
  void readmeShowsTheCodeOfTheExample() throws Exception {
    ReadmeSnippet.assertIsCodeOf(ReadmeSnippet.under("Filter talks"), FilterExample.class);
  }
}
