package io.github.talkcatalog.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** The version of this module, from {@code catalog-jackson3.properties} filled in by the build. */
final class PackageVersion {

  /** This module's version; {@link Version#unknownVersion()} when the resource is missing. */
  static final Version VERSION = load();

  private PackageVersion() {}

  private static Version load() {
    try (InputStream in = PackageVersion.class.getResourceAsStream("catalog-jackson3.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties p = new Properties();
      p.load(in);
      return VersionUtil.parseVersion(
          p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
