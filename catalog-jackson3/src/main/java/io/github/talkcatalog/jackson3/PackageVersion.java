package io.github.talkcatalog.jackson3;

import io.github.talkcatalog.internal.json.ModuleProperties;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** This module's Maven coordinates as a Jackson {@link Version}, read from the build's properties. */
final class PackageVersion {

  /** Unknown ({@link Version#unknownVersion()}) only if {@code catalog-jackson3.properties} is absent. */
  static final Version VERSION = of(ModuleProperties.load(PackageVersion.class, "catalog-jackson3.properties"));

  private PackageVersion() {}

  private static Version of(Properties p) {
    String version = p.getProperty("version");
    return version == null ? Version.unknownVersion()
        : VersionUtil.parseVersion(version, p.getProperty("groupId"), p.getProperty("artifactId"));
  }
}
