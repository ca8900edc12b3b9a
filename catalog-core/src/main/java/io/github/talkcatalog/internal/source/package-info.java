/** Decoding and line indexing of source documents. Internal. */
package io.github.talkcatalog.internal.source;
