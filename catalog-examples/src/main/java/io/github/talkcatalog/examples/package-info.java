/**
 * Runnable examples of the talk-catalog API; each is the code shown in {@code README.md}, compiled
 * and run by a test. Not part of the library.
 */
package io.github.talkcatalog.examples;
