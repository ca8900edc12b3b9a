package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Talk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingTest {

  private static final String TEXT = "# Café catalog\n\n## Zürich keynote - Ada Quill\n"
      + "- Link: https://youtu.be/AAAAAAAAAA1\n\n## Second - Bo Tran\n- Link: https://youtu.be/BBBBBBBBBB2\n";

  private static final CatalogParser PARSER = CatalogParser.builder().build();

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static void assertReadsTheCatalog(ParseResult r) {
    assertThat(r.catalog().title()).isEqualTo("Café catalog");
    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Zürich keynote", "Second");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void utf8WithAndWithoutByteOrderMark() {
    byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
    assertReadsTheCatalog(PARSER.parse(utf8));
    assertReadsTheCatalog(PARSER.parse(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)));
    assertReadsTheCatalog(PARSER.parse(new ByteArrayInputStream(utf8)));
  }

  @Test
  void utf16WithByteOrderMark() {
    assertReadsTheCatalog(PARSER.parse(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        TEXT.getBytes(StandardCharsets.UTF_16LE))));
    assertReadsTheCatalog(PARSER.parse(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        TEXT.getBytes(StandardCharsets.UTF_16BE))));
  }

  @Test
  void invalidUtf8BecomesReplacementCharactersWithTheByteOffset() {
    byte[] head = "# Cat\n\n## Bad ".getBytes(StandardCharsets.UTF_8);
    byte[] tail = " title - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n\n## Good - Bo Tran\n"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(head, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, tail);

    ParseResult r = PARSER.parse(bytes);

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("Bad \uFFFD(\uFFFD title", "Good");
    assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        "<string>:3:0: error undecodable-bytes: bytes that are not UTF-8 at byte offset 14 and 1 more;"
            + " replaced by U+FFFD",
        "<string>:6:4: warning missing-video: talk 'Good' has no video link");
  }

  @Test
  void aFileIsDecodedTheSameWay(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("talks.md");
    Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE)));
    assertReadsTheCatalog(PARSER.parse(file));

    Files.write(file, concat(TEXT.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x80}));
    ParseResult r = PARSER.parse(file);
    assertThat(r.catalog().talks()).hasSize(2);
    assertThat(r.diagnostics()).extracting(Diagnostic::toString).containsExactly(
        file + ":8:0: error undecodable-bytes: bytes that are not UTF-8 at byte offset "
            + TEXT.getBytes(StandardCharsets.UTF_8).length + "; replaced by U+FFFD");
  }

  @Test
  void loneSurrogatesInUtf16AreReplaced() {
    byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "# C\n\n## A ".getBytes(StandardCharsets.UTF_16LE), new byte[] {0x00, (byte) 0xD8},
        " - Ada Quill\n- Link: https://youtu.be/AAAAAAAAAA1\n".getBytes(StandardCharsets.UTF_16LE));

    ParseResult r = PARSER.parse(bytes);

    assertThat(r.catalog().talks()).extracting(Talk::title).containsExactly("A \uFFFD");
    assertThat(r.diagnostics()).extracting(Diagnostic::ruleId).containsExactly("undecodable-bytes");
    assertThat(r.diagnostics().get(0).message()).startsWith("bytes that are not UTF-16LE at byte offset 22;");
    assertThat(List.of(r.diagnostics().get(0).line())).containsExactly(3);
  }
}
