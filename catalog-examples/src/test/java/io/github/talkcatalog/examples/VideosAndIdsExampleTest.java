package io.github.talkcatalog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideosAndIdsExampleTest {

  @Test
  void printsTheVideoAndTheFirstIds() throws Exception {
    String out = ExampleRun.output(VideosAndIdsExample::main,
        ExampleRun.testdata("seed/vllm-pytorch-conference-2025.md"),
        "https://www.youtube.com/watch_popup?v=TalkVideo01&t=1m30s");
    assertThat(out).isEqualTo("""
        TalkVideo01 from 90 s
        https://i.ytimg.com/vi/TalkVideo01/hqdefault.jpg
        https://www.youtube.com/embed/TalkVideo01?start=90
        welcome-opening-remarks = Welcome & Opening Remarks
        vllm-deepspeed-updates = vLLM & Deepspeed Updates
        ray-a-distributed-compute-engine-for-ai = Ray: A Distributed Compute Engine for AI
        matt-white
        simon-mo
        tunji-ruwase
        pytorch-foundation
        uc-berkeley
        deepspeed-project
        """);
  }

  @Test
  void saysSoForAPlaylist() throws Exception {
    String out = ExampleRun.output(VideosAndIdsExample::main,
        ExampleRun.testdata("seed/vllm-pytorch-conference-2025.md"),
        "https://www.youtube.com/playlist?list=PLabcdefghij");
    assertThat(out).startsWith("no single video\n");
  }

  @Test
  void readmeShowsThisExample() throws Exception {
    ReadmeSnippet.assertIsCodeOf(ReadmeSnippet.under("Videos and ids"), VideosAndIdsExample.class);
  }
}
