/**
 * The catalog JSON format, version 1, written once and independent of any JSON library: which
 * fields each model type has, in which order they are written, which are required, how each value
 * is checked, the JSON paths and every error text ({@link CatalogMapping}). The Jackson 2 and
 * Jackson 3 modules are thin adapters: each implements {@link JsonOutput} and {@link JsonInput}
 * over its own generator, parser and deserialization context, and wires one serializer and one
 * deserializer per {@link Mapping}. Internal.
 */
package io.github.talkcatalog.internal.json;
