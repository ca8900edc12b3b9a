package io.github.talkcatalog.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name-shape test on invented segments. */
class NameShapeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Ada Brun                  | Ada Brun
      Prof. Ada Brun            | Ada Brun
      Dr. Bo Tran               | Bo Tran
      Ana van der Berg          | Ana van der Berg
      Siobhan O'Neill           | Siobhan O'Neill
      Jean-Luc Moreau           | Jean-Luc Moreau
      Rui McAllister            | Rui McAllister
      James Edward Gray III     | James Edward Gray III
      Sam Ortiz Jr.             | Sam Ortiz Jr.
      Madhu C.S.                | Madhu C.S.
      Carina C.Zona             | Carina C.Zona
      M. Ayoub                  | M. Ayoub
      CJ Lee                    | CJ Lee
      Ann Lee (@annlee)         | Ann Lee
      Ann Lee (Acme)            | Ann Lee
      Иван Петров               | Иван Петров
      Ολγα Παππά                | Ολγα Παππά
      """)
  void names(String segment, String name) {
    assertThat(NameShape.name(segment)).contains(name);
    assertThat(NameShape.isName(segment)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      What's New
      Budget Planning
      Streaming Joins
      Java 21
      Cost Models in 2030
      Lightning Talks
      Partner Talk
      Track Two
      Northwind Labs
      Staff Engineer
      How Queues Fail
      The Tiny Lisp
      Node.js Live
      AMD GPU
      Ada
      王芳
      王芳 李明
      Loom by Ron Pressler
      ann lee
      BogConf 2022
      Rivertown Cloud Summit
      """)
  void notNames(String segment) {
    assertThat(NameShape.isName(segment)).isFalse();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Ann Lee & Bo Tran                         | true
      Ann Lee, Bo Tran and Kai Moreno           | true
      Lee, Park, Tran                           | true
      Ann Lee, Acme Corp                        | false
      Ann Lee; Bo Tran                          | true
      Ann Lee & the Team                        | false
      """)
  void nameLists(String segment, boolean expected) {
    assertThat(NameShape.isNameList(segment)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      Ann Lee                                   | true
      Ann Lee, Acme Corp                        | true
      Ann Lee, Staff Engineer at Acme           | true
      Ann Lee, CTO Acme                         | true
      Ann Lee (Acme) & Bo Tran                  | true
      Priya Valdes & Tomasz Okafor, Northwind Labs | true
      Greubel, Dreesen, Fitzpatrick             | true
      Ann Lee of Acme                           | false
      What's New                                | false
      Cost Models in 2030                       | false
      Ann Lee: Title                            | false
      Why Queues Lie?                           | false
      Queues, and why they lie                  | false
      Ann Lee, Anti-patterns in Queues          | false
      Ann Lee, Head of Queues at Acme           | true
      """)
  void speakerParts(String segment, boolean expected) {
    assertThat(NameShape.isSpeakerPart(segment)).isEqualTo(expected);
  }
}
