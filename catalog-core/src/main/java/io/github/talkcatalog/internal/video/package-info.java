/**
 * Video URLs: YouTube's single-video forms and the other video hosts. A leaf, like
 * {@code internal.names}: the parser's readers and the public {@code Video.fromUrl} both use it,
 * so the rule lives in one place. Internal.
 */
package io.github.talkcatalog.internal.video;
