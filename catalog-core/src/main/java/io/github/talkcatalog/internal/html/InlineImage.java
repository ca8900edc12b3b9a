package io.github.talkcatalog.internal.html;

import io.github.talkcatalog.internal.source.CatalogRoot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * A catalog image on disk as a {@code data:} URI, so that the page needs no file next to it.
 *
 * <p>Only a file inside the catalog folder is read (the rules of {@link CatalogRoot}: no {@code ..}
 * above it, no absolute path, no symbolic link leading out), at most {@value #MAX_BYTES} bytes, and
 * only when its first bytes are those of a PNG, JPEG, GIF or WebP image; the media type comes from
 * those bytes, never from the file name. Anything else gives no URI and the page falls back to the
 * video's thumbnail or a placeholder.
 */
final class InlineImage {

  /** The largest image file inlined, in bytes (5 MiB). */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private InlineImage() {}

  /**
   * The image {@code src} of a catalog rooted at {@code root} as a {@code data:} URI.
   *
   * @param root the catalog folder
   * @param src the image source as the catalog writes it
   * @return the URI; empty when the file is outside the root, missing, too large, unreadable or no
   *     image of a known kind
   */
  static Optional<String> dataUri(CatalogRoot root, String src) {
    if (!(root.resolve("", src) instanceof CatalogRoot.Inside inside) || !inside.exists()) {
      return Optional.empty();
    }
    byte[] bytes;
    try {
      if (Files.size(inside.path()) > MAX_BYTES) {
        return Optional.empty();
      }
      bytes = read(inside.path());
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
    return mediaType(bytes)
        .map(type -> "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
  }

  private static byte[] read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IOException("grew beyond " + MAX_BYTES + " bytes while read");
      }
      return bytes;
    }
  }

  /** The media type that the leading bytes announce; empty for anything else. */
  static Optional<String> mediaType(byte[] b) {
    if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (starts(b, 0, 'G', 'I', 'F', '8')) {
      return Optional.of("image/gif");
    }
    if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of("image/webp");
    }
    return Optional.empty();
  }

  private static boolean starts(byte[] b, int from, int... expected) {
    if (b.length < from + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((b[from + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
