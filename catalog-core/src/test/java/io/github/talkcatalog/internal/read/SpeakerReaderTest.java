package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.Seed;
import io.github.talkcatalog.model.Speaker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerReaderTest {

  private final SpeakerReader reader = new SpeakerReader(List.of());



  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Ada Quill                                     | Ada Quill
      Ada Quill, Northwind Labs                     | Ada Quill { @ Northwind Labs}
      Ada Quill, Chief Scientist, Northwind Labs    | Ada Quill {Chief Scientist @ Northwind Labs}
      Bo Tran & Kai Moreno, Contoso Data            | Bo Tran { @ Contoso Data} ; Kai Moreno { @ Contoso Data}
      Lena Ortiz, Mira Okafor & Sam Lee, Fabrikam   | Lena Ortiz { @ Fabrikam} ; Mira Okafor { @ Fabrikam} ; Sam Lee { @ Fabrikam}
      Ines Park, Tailspin & Otto Reyes, Fernway AI  | Ines Park { @ Tailspin} ; Otto Reyes { @ Fernway AI}
      Priya Valdes, Tomasz Okafor                   | Priya Valdes ; Tomasz Okafor
      Ana van der Berg & Luis de la Cruz, Acme Widgets, Inc. | Ana van der Berg { @ Acme Widgets, Inc.} ; Luis de la Cruz { @ Acme Widgets, Inc.}
      Siobhan O'Neill & Jean-Luc Moreau             | Siobhan O'Neill ; Jean-Luc Moreau
      Brandon Lee and Sandra Park, Northwind Labs   | Brandon Lee { @ Northwind Labs} ; Sandra Park { @ Northwind Labs}
      王芳 & 김민준, Example Institute               | 王芳 { @ Example Institute} ; 김민준 { @ Example Institute}
      D Patel, S Zhou, P Salanki                    | D Patel ; S Zhou ; P Salanki
      M. Ayoub & C. Liu                             | M. Ayoub ; C. Liu
      Jo Park, Solo.io & CNCF                       | Jo Park { @ Solo.io} { @ CNCF}
      Dana Reyes, Founder, CEO & Chief Analyst, Quillfeather; Lee Wong, VP of AI, Bluestem | Dana Reyes {Founder, CEO & Chief Analyst @ Quillfeather} ; Lee Wong {VP of AI @ Bluestem}
      Rui Tanaka, Co-Founder, Gridmark & Co-creator, Ray | Rui Tanaka {Co-Founder @ Gridmark} {Co-creator @ Ray}
      Mira Costa, Staff Engineer & Tech Lead, Contoso Data | Mira Costa {Staff Engineer & Tech Lead @ Contoso Data}
      Hana Petrov, Professor of Physics, Example University; Director of Example Lab | Hana Petrov {Professor of Physics @ Example University} {Director of Example Lab @ }
      Kofi Lindqvist (Copperline Systems)           | Kofi Lindqvist { @ Copperline Systems}
      Kofi Lindqvist (@kofi)                        | Kofi Lindqvist
      Prof. Ada Brun and Bo Tran (TU Berlin)        | Ada Brun { @ TU Berlin} ; Bo Tran { @ TU Berlin}
      Ann Lee at BogConf 2014                       | Ann Lee
      James Edward Gray III                         | James Edward Gray III
      Eli Fonseca, Gridmark Inc.                    | Eli Fonseca { @ Gridmark Inc.}
      Wren Ashby, ByteForge Seed                    | Wren Ashby { @ ByteForge Seed}
      Yu Chin Fabian Lim, Example Research          | Yu Chin Fabian Lim { @ Example Research}
      """)
  void headingSpeakerParts(String part, String expected) {
    assertThat(Seed.render(reader.readHeading(part))).isEqualTo(expected.replace(" ; ", " | "));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      M. Ayoub & C. Liu | Maroon Ayoub, Example Research & Cong Liu, Fernway Joins are hard. | false | Maroon Ayoub { @ Example Research} ; Cong Liu { @ Fernway}
      Ada Quill, Northwind Labs | Ada Quill, Chief Scientist, Northwind Labs Lakehouses promised one copy of the data | true | Ada Quill {Chief Scientist @ Northwind Labs}
      Bo Tran & Kai Moreno | Bo Tran, Contoso Data & Kai Moreno, Fabrikam Research Stream processors join unbounded inputs. | false | Bo Tran { @ Contoso Data} ; Kai Moreno { @ Fabrikam Research}
      Sol Navarro | Sol Navarro, Lead, Tailspin Project & Principal Softw | true | Sol Navarro {Lead @ Tailspin Project}
      D Patel, S Zhou | Dana Patel, Founder, Quillfeather; Sam Zhou, C | true | Dana Patel {Founder @ Quillfeather} ; Sam Zhou
      Ines Park | Ines Park, Tailspin The talk covers queues, and more | true | Ines Park { @ Tailspin}
      Ines Park | Ines Park, Gridmark Labs Moore's law has slowed while | true | Ines Park { @ Gridmark Labs}
      Ines Park | Ines Park, Quillfeather Arctic Dreams is an open-source tool | true | Ines Park { @ Quillfeather}
      Ines Park | Ines Park, Bluestem Pipelines, much like other projects, have | true | Ines Park { @ Bluestem}
      Ines Park | Ines Park, Corp. Vice President of AI Software, Gridmark In this keynote, Ines | true | Ines Park {Corp. Vice President of AI Software @ Gridmark}
      Ines Park | Ines Park, Fernway Cloud | false | Ines Park { @ Fernway Cloud}
      Ines Park | Ines Park, Copperline | false | Ines Park { @ Copperline}
      Ines Park | Ines Park, Tailspin & Gridmark Large Language Models (LLMs) have become | true | Ines Park { @ Tailspin} { @ Gridmark}
      Ines Park & Otto Reyes | Ines Park & Otto Reyes, Bluestem We show a thing. | false | Ines Park { @ Bluestem} ; Otto Reyes { @ Bluestem}
      """)
  void summaryDetails(String headingPart, String speakerText, boolean truncated, String expected) {
    List<Speaker> heading = reader.readHeading(headingPart);
    assertThat(Seed.render(reader.withSummary(heading, speakerText, truncated)))
        .isEqualTo(expected.replace(" ; ", " | "));
  }

  @Test
  void organizationsKnownFromElsewhereBoundTheTail() {
    SpeakerReader knowing = new SpeakerReader(List.of("Copperline Labs AI"));
    List<Speaker> heading = knowing.readHeading("Ines Park");
    assertThat(Seed.render(knowing.withSummary(heading, "Ines Park, Copperline Labs AI Fast queues are here", true)))
        .isEqualTo("Ines Park { @ Copperline Labs AI}");
  }

  @Test
  void aSummaryThatDoesNotRepeatTheSpeakersChangesNothing() {
    List<Speaker> heading = reader.readHeading("Ada Quill, Northwind Labs");
    assertThat(reader.withSummary(heading, "This talk is about lakehouses. Ada Quill, CEO", false))
        .isEqualTo(heading);
  }

  @Test
  @Timeout(10)
  void adversarialSpeakerPartsFinishQuickly() {
    for (String unit : List.of("&", ",", " - ", " ", "A & ", "Ab Cd, ", "; ", " and ")) {
      String part = "Ada Quill " + unit.repeat(100_000) + " Bo Tran";
      List<Speaker> speakers = reader.readHeading(part);
      assertThat(speakers).isNotEmpty();
      reader.withSummary(speakers, part, true);
    }
  }
}
