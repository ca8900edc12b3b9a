package io.github.talkcatalog.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines and decoding: the first things every document goes through. */
class SourceTextTest {

  @Test
  void linesEndAtLfCrLfOrCrAndAFinalNewlineAddsNoLine() {
    SourceText s = SourceText.of("t.md", "one\r\ntwo\rthree\n\nfive\n");
    assertThat(s.lines()).containsExactly("one", "two", "three", "", "five");
    assertThat(s.lineCount()).isEqualTo(5);
    assertThat(s.line(3)).isEqualTo("three");
    assertThat(s.name()).isEqualTo("t.md");
    assertThat(s.text(2, 4)).isEqualTo("two\nthree");
    assertThat(s.text(2, 2)).isEmpty();
  }

  @Test
  void aByteOrderMarkIsNoPartOfTheFirstLine() {
    assertThat(SourceText.of("t.md", "\uFEFF# T").line(1)).isEqualTo("# T");
  }

  @Test
  void emptyAndBlankDocuments() {
    assertThat(SourceText.of("t.md", "").lineCount()).isZero();
    assertThat(SourceText.of("t.md", "").isBlank()).isTrue();
    assertThat(SourceText.of("t.md", " \n\t\n").isBlank()).isTrue();
    assertThat(SourceText.of("t.md", " \nx\n").isBlank()).isFalse();
  }

  @Test
  void longLinesAreCutNeverBetweenTheHalvesOfAPair() {
    String pair = "\uD83C\uDFA5"; // one code point, two chars
    SourceText s = SourceText.of("t.md", "ok\nabc" + pair + "def\n" + "x".repeat(9), 4);
    assertThat(s.lines()).containsExactly("ok", "abc", "xxxx");
    assertThat(s.cutLines()).isEqualTo(2);
    assertThat(s.firstCutLine()).isEqualTo(2);
    SourceText none = SourceText.of("t.md", "short", 10);
    assertThat(none.cutLines()).isZero();
    assertThat(none.firstCutLine()).isZero();
  }

  @Test
  void otherLinesKeepTheNameAndTheCuts() {
    SourceText s = SourceText.of("t.md", "aaaaaa\nb", 3);
    SourceText other = s.withLines(List.of("x", "y"));
    assertThat(other.lines()).containsExactly("x", "y");
    assertThat(other.name()).isEqualTo("t.md");
    assertThat(other.firstCutLine()).isEqualTo(1);
    assertThat(other.cutLines()).isEqualTo(1);
    assertThat(s.lines()).containsExactly("aaa", "b");
  }

  @Test
  void utf8WithOrWithoutItsMark() {
    byte[] plain = "Caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
    SourceBytes d = SourceBytes.decode(plain);
    assertThat(d.text()).isEqualTo("Caf\u00e9\n");
    assertThat(d.encoding()).isEqualTo("UTF-8");
    assertThat(d.badSequences()).isZero();
    assertThat(d.firstBadLine()).isZero();
    assertThat(d.firstBadOffset()).isEqualTo(-1);
    byte[] marked = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(SourceBytes.decode(marked).text()).isEqualTo("hi");
  }

  @Test
  void utf16ByItsMarkInBothByteOrders() {
    byte[] le = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i', 0};
    byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'h', 0, 'i'};
    assertThat(SourceBytes.decode(le)).satisfies(d -> {
      assertThat(d.text()).isEqualTo("hi");
      assertThat(d.encoding()).isEqualTo("UTF-16LE");
    });
    assertThat(SourceBytes.decode(be)).satisfies(d -> {
      assertThat(d.text()).isEqualTo("hi");
      assertThat(d.encoding()).isEqualTo("UTF-16BE");
    });
  }

  @Test
  void eachMalformedSequenceIsOneReplacementAndTheFirstIsLocated() {
    byte[] bytes = {'a', '\n', 'b', (byte) 0xC3, '\n', (byte) 0x80, 'c'};
    SourceBytes d = SourceBytes.decode(bytes);
    assertThat(d.text()).isEqualTo("a\nb\uFFFD\n\uFFFDc");
    assertThat(d.badSequences()).isEqualTo(2);
    assertThat(d.firstBadOffset()).isEqualTo(3);
    assertThat(d.firstBadLine()).isEqualTo(2);
  }

  @Test
  void onlyTheGivenLengthIsDecoded() {
    byte[] bytes = "abcdef".getBytes(StandardCharsets.UTF_8);
    assertThat(SourceBytes.decode(bytes, 3).text()).isEqualTo("abc");
  }

  @Test
  void aCutFallsAfterTheLastLineFeedWithinTheLimit() {
    byte[] utf8 = "ab\ncd\nef".getBytes(StandardCharsets.UTF_8);
    assertThat(SourceBytes.cut(utf8, 7)).isEqualTo(6);
    assertThat(SourceBytes.cut(utf8, 5)).isEqualTo(3);
    assertThat(SourceBytes.cut("abcdef".getBytes(StandardCharsets.UTF_8), 4)).isEqualTo(4);
    byte[] le = {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0, 'b', 0, 'c', 0};
    assertThat(SourceBytes.cut(le, 9)).isEqualTo(6);
    byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'a', 0, 'b', 0, 'c'};
    assertThat(SourceBytes.cut(be, 7)).isEqualTo(6);
  }
}
