/**
 * Entry readers: pure functions on small strings (a heading, a speaker list, a
 * summary), each with its own tests and fuzz target. Internal.
 */
package io.github.talkcatalog.internal.read;
