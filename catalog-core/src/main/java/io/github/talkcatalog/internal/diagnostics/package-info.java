/**
 * The diagnostics of one parse: the {@link io.github.talkcatalog.internal.diagnostics.DiagnosticSink}
 * every stage reports to (source stage, layout readers, detail pages, reconciliation). A leaf: it
 * imports only the public {@code Diagnostic} and {@code Severity}. Internal.
 */
package io.github.talkcatalog.internal.diagnostics;
