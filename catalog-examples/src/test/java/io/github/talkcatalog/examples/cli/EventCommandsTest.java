package io.github.talkcatalog.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code query --event}, {@code query --text} over events, and {@code stats} by event. */
class EventCommandsTest {

  private static final String TALKS = """
      # Invented Favourites

      * Dana Whitfield: **Iterators All the Way Down** (RegionalPy 2015)
          * Video: [youtube](https://www.youtube.com/watch?v=It2fake09Qr)
      * Marco Quist: **Packaging Without Tears** (RegionalPy 2016)
      * Ana Lima: **Tiny Queues** (QueueConf 2016)
      * Bo Chen: **Big Queues** (2017)
      """;

  @Test
  void queryByEventMatchesPartOfItsNameIgnoringCase(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("talks.md");
    Files.writeString(file, TALKS);

    CliRun byEvent = CliRun.of("query", file.toString(), "--event", "regionalpy", "--format", "ids");
    CliRun byText = CliRun.of("query", file.toString(), "--text", "queueconf", "--format", "ids");

    assertThat(byEvent.exitCode()).isZero();
    assertThat(byEvent.out()).isEqualTo("1\tIt2fake09Qr\n2\t-\n");
    assertThat(byText.out()).isEqualTo("3\t-\n");
  }

  @Test
  void statsCountTalksByEvent(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("talks.md");
    Files.writeString(file, TALKS);

    CliRun text = CliRun.of("stats", file.toString());
    CliRun json = CliRun.of("stats", file.toString(), "--format", "json");

    assertThat(text.out()).contains("""

        events (3):
          1  RegionalPy 2015
          1  RegionalPy 2016
          1  QueueConf 2016
        """);
    JsonNode events = new ObjectMapper().readTree(json.out()).get("events");
    assertThat(events).hasSize(3);
    assertThat(events.get(2).get("name").asText()).isEqualTo("QueueConf 2016");
    assertThat(events.get(2).get("talks").asInt()).isEqualTo(1);
  }
}
