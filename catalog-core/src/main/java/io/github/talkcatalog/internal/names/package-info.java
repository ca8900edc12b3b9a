/**
 * Name identity: matching keys for names, labels and organizations, and abbreviated-name
 * matching. A leaf: it imports nothing of the project, and the model, the query API and the
 * parser's stages all use it. Internal.
 */
package io.github.talkcatalog.internal.names;
