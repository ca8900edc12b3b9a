package io.github.talkcatalog.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a link written in a catalog file leads, and reading only what stays inside the catalog folder. */
class CatalogRootTest {

  @TempDir
  Path dir;

  private CatalogRoot root;

  @BeforeEach
  void folder() throws IOException {
    Files.createDirectories(dir.resolve("catalog/talks"));
    Files.writeString(dir.resolve("catalog/talks/one.md"), "# One\n");
    Files.writeString(dir.resolve("outside.md"), "# Secret\n");
    root = CatalogRoot.of(dir.resolve("catalog"));
  }

  @ParameterizedTest(name = "{0} from ''{1}''")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      talks/one.md              | ''     | talks/one.md  | true
      ./talks/one.md            | ''     | talks/one.md  | true
      one.md                    | talks  | talks/one.md  | true
      ../talks/one.md           | talks  | talks/one.md  | true
      talks/one.md#part         | ''     | talks/one.md  | true
      talks/one.md?x=1          | ''     | talks/one.md  | true
      talks\\one.md             | ''     | talks/one.md  | true
      talks/t%77o.md            | ''     | talks/two.md  | false
      """)
  void linksInsideTheRoot(String link, String baseDir, String relative, boolean exists) {
    CatalogRoot.Resolution r = root.resolve(baseDir, link);
    assertThat(r).isInstanceOfSatisfying(CatalogRoot.Inside.class, in -> {
      assertThat(in.relative()).isEqualTo(relative);
      assertThat(in.exists()).isEqualTo(exists);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ../outside.md             | climbs out with '..'
      talks/../../outside.md    | climbs out with '..'
      /etc/passwd               | is an absolute path
      C:/Windows/win.ini        | is an absolute path
      file:///etc/passwd        | is an absolute path
      ~/notes.md                | is an absolute path
      %2e%2e/outside.md         | hides a dot or a slash behind percent-encoding
      talks%2fone.md            | hides a dot or a slash behind percent-encoding
      .                         | names the catalog folder itself
      talks/..                  | names the catalog folder itself
      """)
  void linksLeadingOut(String link, String reason) {
    assertThat(root.resolve("", link)).isEqualTo(new CatalogRoot.Outside(reason));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      https://example.org/talk
      mailto:someone@example.org
      #anchor
      ?query
      """)
  void linksThatAreNotFilesAreNotLocal(String link) {
    assertThat(root.resolve("", link)).isInstanceOf(CatalogRoot.NotLocal.class);
  }

  @Test
  void aSymbolicLinkLeadingOutIsOutside() throws IOException {
    Path link = dir.resolve("catalog/escape.md");
    try {
      Files.createSymbolicLink(link, dir.resolve("outside.md"));
    } catch (UnsupportedOperationException | IOException e) {
      return; // no symbolic links on this file system
    }
    assertThat(root.resolve("", "escape.md")).isEqualTo(new CatalogRoot.Outside("is a symbolic link leading outside"));
  }

  @Test
  void readsAFileInsideUpToALimit() throws IOException {
    CatalogRoot.Inside page = (CatalogRoot.Inside) root.resolve("", "talks/one.md");
    assertThat(root.read(page, 100)).hasValueSatisfying(
        b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("# One\n"));
    assertThat(root.read(page, 3)).isEmpty();
    CatalogRoot.Inside missing = (CatalogRoot.Inside) root.resolve("", "talks/none.md");
    assertThatThrownBy(() -> root.read(missing, 100)).isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void folderOfARelativePath() {
    assertThat(CatalogRoot.folderOf("talks/2031/one.md")).isEqualTo("talks/2031");
    assertThat(CatalogRoot.folderOf("one.md")).isEmpty();
    assertThat(root.folder()).isEqualTo(dir.resolve("catalog"));
  }
}
