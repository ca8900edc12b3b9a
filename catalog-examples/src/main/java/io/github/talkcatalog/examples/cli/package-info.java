/**
 * The {@code catalog} command line tool: {@code catalog parse [PATH]} prints catalog JSON,
 * {@code catalog check [PATH]} reports diagnostics. Start it with
 * {@code java -jar catalog-examples/target/catalog.jar}.
 */
package io.github.talkcatalog.examples.cli;
