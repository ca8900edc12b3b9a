/**
 * JMH benchmarks of the parser and the JSON module, with the synthetic catalogs they read and a
 * report of the results.
 *
 * <p><b>Nothing in this package is API.</b> The benchmarks ship in no published artifact; they may
 * change or disappear in any release.
 */
package io.github.talkcatalog.benchmarks;
