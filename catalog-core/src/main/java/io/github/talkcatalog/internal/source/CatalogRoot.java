package io.github.talkcatalog.internal.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folder a catalog on disk lives in, and the only place the parser reads from.
 *
 * <p>Links are resolved as relative paths inside the root. A {@code ..} segment steps back inside the
 * root; a link is refused when it climbs above the root with {@code ..}, is absolute (leading {@code /} or {@code \}, a drive letter, a {@code file:}
 * URL, a {@code ~}), hides a dot or a slash behind percent-encoding ({@code %2e}, {@code %2f},
 * {@code %5c}), holds a NUL, or names a file whose real path (symbolic links followed) is outside
 * the root's real path. Nothing is fetched from the network: a link with another scheme is not a
 * local file.
 */
public final class CatalogRoot {

  private final Path folder;
  private final Path realFolder;

  private CatalogRoot(Path folder, Path realFolder) {
    this.folder = folder;
    this.realFolder = realFolder;
  }

  /**
   * Opens a root.
   *
   * @param folder the catalog's folder, as given
   * @return the root
   * @throws IOException when the folder's real path cannot be found
   */
  public static CatalogRoot of(Path folder) throws IOException {
    return new CatalogRoot(folder, folder.toRealPath());
  }

  /** What a link resolves to. */
  public sealed interface Resolution {}

  /**
   * A file inside the root.
   *
   * @param path the path as named ({@code folder.resolve(relative)}), for messages
   * @param relative the normalized path relative to the root, {@code /}-separated
   * @param exists whether a regular file is there
   * @param real the real path that was checked to be inside the root, the one {@link #read} reads;
   *     null when nothing exists there
   */
  public record Inside(Path path, String relative, boolean exists, Path real) implements Resolution {}

  /**
   * A link that would leave the root.
   *
   * @param reason why, as a phrase ("climbs out with '..'")
   */
  public record Outside(String reason) implements Resolution {}

  /** A URL with a network scheme, or an in-page anchor: not a local file. */
  public record NotLocal() implements Resolution {}

  /** The folder as given. */
  public Path folder() {
    return folder;
  }

  /**
   * Resolves {@code link} written in a file whose folder is {@code baseDir}.
   *
   * @param baseDir the naming file's folder relative to the root, {@code /}-separated, {@code ""}
   *     for the root itself; already normalized
   * @param link the link destination as written
   * @return where it leads
   */
  public Resolution resolve(String baseDir, String link) {
    String l = link.strip();
    int cut = firstOf(l, '#', '?');
    if (cut == 0) {
      return new NotLocal();
    }
    if (cut > 0) {
      l = l.substring(0, cut);
    }
    if (l.isEmpty()) {
      return new NotLocal();
    }
    String lower = l.toLowerCase(Locale.ROOT);
    int scheme = schemeLength(l);
    if (scheme == 1 || lower.startsWith("file:")) {
      return new Outside("is an absolute path");
    }
    if (scheme > 1) {
      return new NotLocal();
    }
    if (l.startsWith("/") || l.startsWith("\\") || l.startsWith("~")) {
      return new Outside("is an absolute path");
    }
    if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c")) {
      return new Outside("hides a dot or a slash behind percent-encoding");
    }
    String decoded = percentDecode(l);
    if (decoded.indexOf('\0') >= 0) {
      return new Outside("holds a NUL character");
    }
    List<String> segments = new ArrayList<>();
    for (String s : (baseDir + "/" + decoded.replace('\\', '/')).split("/")) {
      if (s.equals("..")) {
        if (segments.isEmpty()) {
          return new Outside("climbs out with '..'");
        }
        segments.remove(segments.size() - 1);
      } else if (!s.isEmpty() && !s.equals(".")) {
        segments.add(s);
      }
    }
    if (segments.isEmpty()) {
      return new Outside("names the catalog folder itself");
    }
    String relative = String.join("/", segments);
    Path path;
    try {
      path = folder.resolve(relative);
    } catch (InvalidPathException e) {
      return new Outside("is not a valid path");
    }
    try {
      Path real = path.toRealPath();
      if (!real.startsWith(realFolder)) {
        return new Outside(LEADS_OUT);
      }
      return new Inside(path, relative, Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS), real);
    } catch (IOException | SecurityException e) {
      // nothing there, a dangling symbolic link, or one that cannot be followed: where it would
      // lead decides, so that a missing file outside reads as an existing one does
      return wouldLeadOut(path) ? new Outside(LEADS_OUT) : new Inside(path, relative, false, null);
    }
  }

  private static final String LEADS_OUT = "is a symbolic link leading outside";

  /**
   * Whether a path that cannot be resolved would lie outside the root: its symbolic links followed
   * as far as they go (at most 40), then the real path of its deepest existing folder.
   */
  private boolean wouldLeadOut(Path path) {
    try {
      Path p = path.toAbsolutePath().normalize();
      for (int hops = 0; hops < 40; hops++) {
        Path existing = p;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
          existing = existing.getParent();
        }
        if (existing == null) {
          return true;
        }
        if (Files.isSymbolicLink(existing)) {
          Path target = Files.readSymbolicLink(existing);
          Path base = existing.getParent() == null ? existing : existing.getParent();
          p = base.resolve(target).resolve(existing.relativize(p)).normalize();
          continue;
        }
        Path realExisting = existing.toRealPath();
        return !realExisting.resolve(existing.relativize(p)).normalize().startsWith(realFolder);
      }
      return true;
    } catch (IOException | SecurityException | IllegalArgumentException e) {
      return true;
    }
  }

  /**
   * Reads exactly the file that {@link #resolve} checked: through its real path, without following a
   * symbolic link put in its place since (a folder on the way swapped for a link is caught by
   * comparing the real path again after reading).
   *
   * @param page a resolved file that exists
   * @param maxBytes the most bytes read
   * @return the file's bytes, or empty when it is larger than {@code maxBytes}
   * @throws IOException when it cannot be read, or no longer is the file that was checked
   */
  public java.util.Optional<byte[]> read(Inside page, long maxBytes) throws IOException {
    if (page.real() == null) {
      throw new java.nio.file.NoSuchFileException(page.relative());
    }
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(page.real(), LinkOption.NOFOLLOW_LINKS)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }
    if (!page.real().toRealPath().equals(page.real())) {
      throw new java.nio.file.FileSystemException(page.relative(), null, "changed while being read");
    }
    return bytes.length > maxBytes ? java.util.Optional.empty() : java.util.Optional.of(bytes);
  }

  /**
   * The folder part of a root-relative file path.
   *
   * @param relative a root-relative file path
   * @return its folder, {@code ""} for a file in the root
   */
  public static String folderOf(String relative) {
    int slash = relative.lastIndexOf('/');
    return slash < 0 ? "" : relative.substring(0, slash);
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) {
      return j;
    }
    return j < 0 ? i : Math.min(i, j);
  }

  /** Length of a URL scheme before its colon ({@code "https"} -> 5), or 0 when there is none. */
  private static int schemeLength(String s) {
    for (int i = 0; i < s.length() && i < 32; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        return i;
      }
      boolean ok = Character.isLetter(c) && c < 128 || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
      if (!ok) {
        return 0;
      }
    }
    return 0;
  }

  private static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() + 0 && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 3;
      } else {
        int cp = s.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        i += Character.charCount(cp);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
