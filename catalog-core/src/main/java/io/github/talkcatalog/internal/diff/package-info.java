/**
 * The machinery of {@link io.github.talkcatalog.CatalogDiff}: which talk of one edition is which
 * talk of the other ({@link TalkMatcher}), and the fields that are compared and how their values
 * read ({@link Fields}). Not API.
 */
package io.github.talkcatalog.internal.diff;
