package io.github.talkcatalog.model;

import java.util.Locale;

/**
 * The host of a talk's recording.
 *
 * @since 0.1.0
 */
public enum Platform {
  /** YouTube; the video has an 11-character id. */
  YOUTUBE,
  /** Any other host (Vimeo, a conference site, ...). */
  OTHER;

  /** {@return the name used in the catalog JSON format: {@code "youtube"} or {@code "other"}} */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the platform with this JSON name.
   *
   * @param jsonName {@code "youtube"} or {@code "other"}
   * @return the platform
   * @throws IllegalArgumentException for any other string
   */
  public static Platform fromJsonName(String jsonName) {
    for (Platform p : values()) {
      if (p.jsonName().equals(jsonName)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown platform '" + jsonName + "', expected youtube or other");
  }
}
