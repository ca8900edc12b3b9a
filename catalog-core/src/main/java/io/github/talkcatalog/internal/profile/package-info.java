/**
 * The document profile: what a whole document says about how its talks are written, computed
 * once per document from the planner's {@link io.github.talkcatalog.internal.plan.Structure} and
 * the text of every talk ({@link io.github.talkcatalog.internal.read.TextProfile}), and handed to
 * the catalog-wide stage. Imports no layout reader, no Markdown adapter. Internal.
 */
package io.github.talkcatalog.internal.profile;
