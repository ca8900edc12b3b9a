package io.github.talkcatalog.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import io.github.talkcatalog.internal.json.ModuleProperties;
import java.util.Properties;

/** The version of this module, from {@code catalog-jackson.properties} filled in by the build. */
final class PackageVersion {

  /** This module's version; {@link Version#unknownVersion()} when the resource is missing. */
  static final Version VERSION = load();

  private PackageVersion() {}

  private static Version load() {
    Properties p = ModuleProperties.load(PackageVersion.class, "catalog-jackson.properties");
    return p.isEmpty() ? Version.unknownVersion() : VersionUtil.parseVersion(
        p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
  }
}
