/** Cross-talk resolution: the catalog-wide registry of people and organizations. Internal. */
package io.github.talkcatalog.internal.reconcile;
