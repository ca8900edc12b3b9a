package io.github.talkcatalog.internal.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The build-filtered {@code groupId}, {@code artifactId} and {@code version} a Jackson module
 * reports as its {@code Version}.
 */
public final class ModuleProperties {

  private ModuleProperties() {}

  /**
   * Loads a properties resource next to a class.
   *
   * @param owner the class whose package holds the resource
   * @param resource the resource name
   * @return the properties; empty when the resource is missing
   */
  public static Properties load(Class<?> owner, String resource) {
    Properties p = new Properties();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in != null) {
        p.load(in);
      }
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
