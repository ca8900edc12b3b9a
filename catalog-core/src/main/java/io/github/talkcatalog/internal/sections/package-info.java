/**
 * The cheap line-level pass that finds where sections start (heading lines outside fenced code,
 * HTML comments and front matter). Internal.
 */
package io.github.talkcatalog.internal.sections;
