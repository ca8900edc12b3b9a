package io.github.talkcatalog.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.talkcatalog.model.Catalog;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code CatalogJson.write} to a file, a character stream and a byte stream (Jackson 3). */
class CatalogJsonWriteTest {

  private final CatalogJson json = CatalogJson.standard();
  private final Catalog seed = TestData.parse(TestData.SEED);

  @Test
  void aFileGetsTheSameTextInUtf8AndReadsBack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, "an older, longer content that must not survive ".repeat(5000));

    json.write(seed, file);

    assertThat(seed.talks()).hasSize(53);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(json.write(seed));
    assertThat(json.read(file)).isEqualTo(seed);
  }

  @Test
  void aWriterIsFlushedAndLeftOpen() throws IOException {
    StringWriter chars = new StringWriter();
    BufferedWriter buffered = new BufferedWriter(chars);

    json.write(seed, buffered);
    assertThat(chars.toString()).isEqualTo(json.write(seed));
    buffered.write("\n");
    buffered.flush();

    assertThat(chars.toString()).isEqualTo(json.write(seed) + "\n");
  }

  @Test
  void aStreamGetsUtf8AndIsLeftOpen() {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    Catalog accented = Catalog.builder().from(seed).title("Café Ñandú 東京").build();

    json.write(accented, bytes);
    json.write(accented, bytes);

    String once = json.write(accented);
    assertThat(once).contains("Café Ñandú 東京");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(once + once);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void aFileInAMissingFolderIsAnUncheckedIoError(@TempDir Path dir) {
    Path file = dir.resolve("no-such-folder").resolve("seed.json");

    assertThatThrownBy(() -> json.write(seed, file))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(NoSuchFileException.class);
  }
}
