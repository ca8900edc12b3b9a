/**
 * What a catalog on disk spreads over files: {@link io.github.talkcatalog.internal.files.CatalogFiles}
 * follows an index's {@code Details:} links to their pages (layout L3), inside the catalog root,
 * and checks that images exist. It reads a page's bytes through the source stage and is handed the
 * reader of a page as a function, so it knows no layout reader. Internal.
 */
package io.github.talkcatalog.internal.files;
