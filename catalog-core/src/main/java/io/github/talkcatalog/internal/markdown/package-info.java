/**
 * flexmark-java behind a small neutral representation: a section's Markdown becomes plain text,
 * links and images with their source positions. No flexmark type leaves this package. Internal.
 */
package io.github.talkcatalog.internal.markdown;
