package io.github.talkcatalog.model;

import java.util.Objects;

/**
 * The argument checks of the model's static factories ({@code of(...)}), which throw
 * {@link IllegalArgumentException} before a builder's {@code @Value.Check} would throw
 * {@link IllegalStateException}: a bad argument is the caller's error, a bad builder state the
 * builder's.
 */
final class Arguments {

  private Arguments() {}

  /** Throws unless {@code value} is non-null and not blank; {@code what} names it in the message. */
  static void notBlank(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
