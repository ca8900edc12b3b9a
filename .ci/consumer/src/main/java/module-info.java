/** The consumer check on the module path: requires only the Jackson module, which brings core. */
module consumer {
  requires io.github.talkcatalog.jackson;
}
