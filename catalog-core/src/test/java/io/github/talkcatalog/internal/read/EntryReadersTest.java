package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The duration, year and title/speaker readers of list entries, on invented entries. */
class EntryReadersTest {

  private final TalkHalves halves = new TalkHalves(new HeadingReader(HeadingReader.DEFAULT_LABELS));

  @Test
  void durationsInBracketsBackticksAndUnits() {
    assertThat(DurationReader.find("Undo Trees [00:41:12] by Hana")).contains(new DurationReader.Found(2472, 11, 21));
    assertThat(DurationReader.find("Layout Tricks 38:02")).map(DurationReader.Found::seconds).contains(2282);
    assertThat(DurationReader.find("3k+ views ⸱ 00h 27m 40s")).map(DurationReader.Found::seconds).contains(1660);
    assertThat(DurationReader.find("Release 1.10:30 notes")).isEmpty();
    assertThat(DurationReader.find("at 7:75 sharp")).isEmpty();
    assertThat(DurationReader.find("Part 2 of 3")).isEmpty();
  }

  @Test
  void yearsInParenthesesAndTags() {
    assertThat(YearReader.find("Gossip (2019)")).contains(new YearReader.Found(2019, 7, 13));
    assertThat(YearReader.find("Iterators (RegionalPy 2015)")).map(YearReader.Found::year).contains(2015);
    assertThat(YearReader.find("Cache (Part 2)")).isEmpty();
    assertThat(YearReader.find("Odd (1850)")).isEmpty();
  }

  @Test
  void titleFirstSpeakerFirstAndUnsure() {
    assertThat(halves.split("Gossip Protocols for Houseplants - Ines Varga"))
        .isEqualTo(new TalkHalves.Split(List.of(), "Gossip Protocols for Houseplants", Optional.of("Ines Varga"), false, false, Optional.empty()));
    assertThat(halves.split("Mara Quist | Leases without Clocks"))
        .isEqualTo(new TalkHalves.Split(List.of(), "Leases without Clocks", Optional.of("Mara Quist"), false, true, Optional.empty()));
    assertThat(halves.split("Cobalt Harbor - Sol Navarro"))
        .isEqualTo(new TalkHalves.Split(List.of(), "Cobalt Harbor", Optional.of("Sol Navarro"), true, false, Optional.empty()));
    assertThat(halves.split("Lightning Talk - Storage by Numbers by Eli Fonseca, Gridmark Inc."))
        .isEqualTo(new TalkHalves.Split(List.of("Lightning Talk"), "Storage by Numbers",
            Optional.of("Eli Fonseca, Gridmark Inc."), false, false, Optional.empty()));
    assertThat(halves.split("Talks - Ola Berg: Taming Date Parsing"))
        .isEqualTo(new TalkHalves.Split(List.of("Talks"), "Taming Date Parsing", Optional.of("Ola Berg"), false, true, Optional.empty()));
  }

  @Test
  void aggregateEntriesHaveNoSpeakers() {
    assertThat(halves.split("Lightning Talks - May 18, 5pm"))
        .isEqualTo(new TalkHalves.Split(List.of(), "Lightning Talks - May 18, 5pm", Optional.empty(), false, false, Optional.empty()));
    assertThat(halves.split("Closing Remarks"))
        .isEqualTo(new TalkHalves.Split(List.of(), "Closing Remarks", Optional.empty(), false, false, Optional.empty()));
  }
}
