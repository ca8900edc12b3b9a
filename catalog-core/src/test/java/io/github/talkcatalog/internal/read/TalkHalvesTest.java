package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Title, speaker part, event and category of invented talk texts. */
class TalkHalvesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', emptyValue = "", textBlock = """
      Java 21 - What's New                                   | Java 21 - What's New        |                           |                 |
      Loom by Ron Pressler                                   | Loom                        | Ron Pressler              |                 |
      Budget Planning - Cost Models in 2030                  | Budget Planning - Cost Models in 2030 |                 |                 |
      How to Fail at Strategy: Lena Hoshino & Tom Okafor     | How to Fail at Strategy     | Lena Hoshino & Tom Okafor |                 |
      Ines Varga - Consensus Over Coffee                     | Consensus Over Coffee       | Ines Varga                |                 |
      Gossip Protocols - Ines Varga                          | Gossip Protocols            | Ines Varga                |                 |
      `Queues for Everyone | BogConf EU 2014`                         | Queues for Everyone                  |                           | BogConf EU 2014 |
      BogConf 2016 - Queues for Everyone                              | Queues for Everyone                  |                           | BogConf 2016    |
      BogConf 2016 - Ann Lee - Queues for Everyone                    | Queues for Everyone                  | Ann Lee                   | BogConf 2016    |
      Queues for Everyone - Ann Lee - Rivertown Cloud Summit          | Queues for Everyone                  | Ann Lee                   | Rivertown Cloud Summit |
      Queues for Everyone - Ann Lee at BOGCONF14                      | Queues for Everyone                  | Ann Lee                   | BOGCONF14       |
      Queues for Everyone - Ann Lee, Clean Queue Talks 2008           | Queues for Everyone                  | Ann Lee                   | Clean Queue Talks 2008 |
      Queues for Everyone (BogConf 2019)                              | Queues for Everyone                  |                           | BogConf 2019    |
      BogConf 2017: Queues for Everyone by Ann Lee                    | Queues for Everyone                  | Ann Lee                   | BogConf 2017    |
      Queues for Everyone by Ann Lee (Acme)                           | Queues for Everyone                  | Ann Lee (Acme)            |                 |
      Queues for Everyone by Ann Lee, Acme Corp                       | Queues for Everyone                  | Ann Lee, Acme Corp        |                 |
      Session -Ann Lee: Queues for Everyone                           | Queues for Everyone                  | Ann Lee                   |                 | Session
      Partner Talk—A. Lee: Queues for Everyone                        | Queues for Everyone                  | A. Lee                    |                 | Partner Talk
      Tutorials - Marco Quist, Aiyana Brandt: Wheels Without Tears | Wheels Without Tears  | Marco Quist, Aiyana Brandt |                | Tutorials
      Lightning Talks - May 18, 5pm                          | Lightning Talks - May 18, 5pm |                         |                 |
      Queues for Everyone- Ann Lee                                    | Queues for Everyone                  | Ann Lee                   |                 |
      Ann Lee - Queues - The Basics                          | Queues - The Basics         | Ann Lee                   |                 |
      "Queues for Everyone" - Ann Lee                                 | Queues for Everyone                  | Ann Lee                   |                 |
      Queues for Everyone [I] - Ann Lee                               | Queues for Everyone                  | Ann Lee                   |                 |
      Queues for Everyone {/*queues-lie*/}                            | Queues for Everyone                  |                           |                 |
      主题演讲：队列更新<br>Keynote: Queue Update - Ann Lee, Acme | Queue Update             | Ann Lee, Acme             |                 | Keynote
      队列（入门）：Ann Lee                                   | 队列(入门)                   | Ann Lee                   |                 |
      王芳的演讲                                              | 王芳的演讲                    | 王芳                      |                 |
      Backstage with Kubernetes                              | Backstage with Kubernetes   |                           |                 |
      Queues for Everyone with Ann Lee and Bo Tran           | Queues for Everyone         | Ann Lee and Bo Tran       |                 |
      Datacenter Computing with Apache Mesos                 | Datacenter Computing with Apache Mesos |                |                 |
      Streaming Joins - Bo Tran                              | Streaming Joins             | Bo Tran                   |                 |
      ---- - Bo Tran                                         | ----                        | Bo Tran                   |                 |
      Bo Tran - Streaming Joins                              | Streaming Joins             | Bo Tran                   |                 |
      A Small Parser in a Weekend - Bo Tran                  | A Small Parser in a Weekend | Bo Tran                   |                 |
      Rivertown Cloud Summit - Bo Tran                       | Rivertown Cloud Summit      | Bo Tran                   |                 |
      Queues for Everyone / Bo Tran                          | Queues for Everyone         | Bo Tran                   |                 |
      TCP/IP for Everyone - Bo Tran                          | TCP/IP for Everyone         | Bo Tran                   |                 |
      Queues for Everyone at BogConf 2016                    | Queues for Everyone         |                           | BogConf 2016    |
      Queues at Scale                                        | Queues at Scale             |                           |                 |
      Bo Tran: "Queues: the Hard Parts" - how we fixed ours  | Queues: the Hard Parts      | Bo Tran                   |                 |
      Bo Tran on "Queues for Everyone" [BogConf]             | Queues for Everyone         | Bo Tran                   |                 |
      Why "Fast" Queues Fail - Bo Tran                       | Why "Fast" Queues Fail      | Bo Tran                   |                 |
      Bo Tran: Monads and Lists                              | Monads and Lists            | Bo Tran                   |                 |
      Fireside Chat with Ann Lee & Bo Tran                   | Fireside Chat with Ann Lee & Bo Tran | Ann Lee & Bo Tran |            |
      Backend, Frontend — all mixed up. A tour               | Backend, Frontend — all mixed up. A tour |                   |                 |
      Bo Tran - "Oops!" Paying Down Queue Debt               | "Oops!" Paying Down Queue Debt | Bo Tran                |                 |
      """)
  void reads(String text, String title, String speakers, String event, String category) {
    TalkHalves.Reading r = TalkHalves.read(text.replace("<br>", " "));
    assertThat(r.title() + " | " + r.speakerPart().orElse("") + " | " + r.event().orElse("") + " | "
        + String.join(",", r.categories()))
        .isEqualTo(title + " | " + orEmpty(speakers) + " | " + orEmpty(event) + " | " + orEmpty(category));
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
