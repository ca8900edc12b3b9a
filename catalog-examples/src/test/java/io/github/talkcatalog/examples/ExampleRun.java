package io.github.talkcatalog.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs an example's {@code main} and returns what it printed. */
final class ExampleRun {

  /** An example's {@code main}. */
  interface Main {
    void run(String[] args) throws Exception;
  }

  private ExampleRun() {}

  static String output(Main main, String... args) throws Exception {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      main.run(args);
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  /** The path of a file under the repository's {@code testdata/}. */
  static String testdata(String name) throws Exception {
    return Path.of(ExampleRun.class.getClassLoader().getResource("testdata/" + name).toURI()).toString();
  }
}
