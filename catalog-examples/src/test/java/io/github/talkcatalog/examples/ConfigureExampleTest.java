package io.github.talkcatalog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigureExampleTest {

  @Test
  void addedLabelsJoinTheDefaultsAndImagesAreNotChecked(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("talks.md"), """
        # Deep Days

        ## Deep Dive: Tuning the Planner - Ada Quill
        - Link: https://www.youtube.com/watch?v=DDDDDDDDDD1

        ![](elsewhere/one.png)

        ## Keynote: Opening Words - Bo Tran
        - Link: https://www.youtube.com/watch?v=DDDDDDDDDD2

        ![](elsewhere/two.png)

        ## Deep Dive: Caches - Kai Moreno
        """);

    String out = ExampleRun.output(ConfigureExample::main, file.toString());

    assertThat(out).isEqualTo("""
        Deep Dive: 2
        Keynote: 1
        %s:13:4: warning missing-video: talk 'Caches' has no video link
        """.formatted(file));
  }

  @Test
  void readmeShowsTheCodeOfTheExample() throws Exception {
    ReadmeSnippet.assertIsCodeOf(ReadmeSnippet.under("Labels and rule switches"), ConfigureExample.class);
  }
}
