/**
 * The parser's machinery. Nothing in {@code io.github.talkcatalog.internal} or its subpackages is
 * API: it may change in any release without notice.
 */
package io.github.talkcatalog.internal;
