package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Speaker;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Timeout;

/** Properties of the speaker reader that hold for every input. */
class SpeakerReaderFuzzTest {

  /** Seconds one input may take: a hang guard, which Jazzer passes to libFuzzer as -timeout. */
  private static final long PER_INPUT_SECONDS = 10;

  @FuzzTest(maxDuration = "30s")

  @Timeout(PER_INPUT_SECONDS)
  void speakersComeFromTheInputAndAreNeverRepeated(FuzzedDataProvider data) {
    String known = data.consumeString(40);
    String heading = data.consumeString(400);
    String summary = data.consumeRemainingAsString();
    boolean truncated = heading.length() % 2 == 0;
    SpeakerReader reader = new SpeakerReader(List.of(known));
    List<Speaker> fromHeading = reader.readHeading(heading);
    List<Speaker> speakers = reader.withSummary(fromHeading, summary, truncated);

    String input = normalize(heading + " " + summary);
    Set<String> keys = new HashSet<>();
    for (Speaker s : speakers) {
      assertThat(keys.add(Words.key(s.name()))).as("person returned twice: %s", s.name()).isTrue();
      assertWordsOccur(s.name(), input);
      for (Affiliation a : s.affiliations()) {
        a.role().ifPresent(r -> assertWordsOccur(r, input));
        a.organization().ifPresent(o -> assertWordsOccur(o.name(), input));
      }
    }
  }

  /**
   * Every word occurs in the input. Separators ({@code , ; &}) are list structure, not content: the
   * reader writes them back in one canonical spacing, so they are not part of the words compared.
   */
  private static void assertWordsOccur(String value, String input) {
    for (String word : normalize(value).split("[ ,;&]+")) {
      assertThat(input).as("'%s' of '%s'", word, value).contains(word);
    }
  }

  /**
   * Decomposed (NFD), so that a word the reader starts with a combining mark (split from its base
   * letter) is still found in the input.
   */
  private static String normalize(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\s+", " ");
  }
}
