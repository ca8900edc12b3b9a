package io.github.talkcatalog.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void textWithoutControlCharactersIsReturnedAsItIs() {
    String text = "\uFEFF# T\n\ttab\r\nNUL \0 stays\n";
    ControlCharacters c = ControlCharacters.strip(text);
    assertThat(c.text()).isSameAs(text);
    assertThat(c.count()).isZero();
    assertThat(c.firstLine()).isZero();
  }

  @Test
  void controlCharactersAreTakenOutAndTheFirstIsLocated() {
    ControlCharacters c = ControlCharacters.strip("a\r\nb\rxy\u001B[1m\u0007\n\u0085z\uFEFF\u007F");
    assertThat(c.text()).isEqualTo("a\r\nb\rxy[1m\nz");
    assertThat(c.count()).isEqualTo(5);
    assertThat(c.firstLine()).isEqualTo(3);
    assertThat(c.firstColumn()).isEqualTo(3);
  }
}
