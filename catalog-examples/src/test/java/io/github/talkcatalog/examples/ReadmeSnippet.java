package io.github.talkcatalog.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that a Java snippet of README.md is the code of an example class. */
final class ReadmeSnippet {

  private ReadmeSnippet() {}

  /** The first {@code ```java} block after the level-2 heading {@code ## section} of README.md. */
  static String under(String section) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int heading = readme.indexOf("\n## " + section + "\n");
    assertThat(heading).as("README section %s", section).isNotNegative();
    int start = readme.indexOf("```java\n", heading) + "```java\n".length();
    int next = readme.indexOf("\n## ", heading + 1);
    assertThat(next < 0 || start < next).as("a java block in README section %s", section).isTrue();
    return readme.substring(start, readme.indexOf("```", start));
  }

  /** Asserts that every non-blank line of the snippet, stripped, occurs in the example's source. */
  static void assertIsCodeOf(String snippet, Class<?> example) throws IOException {
    String source = Files.readString(Path.of("src", "main", "java",
        example.getName().replace('.', '/') + ".java"));
    assertThat(snippet.lines().map(String::strip).filter(l -> !l.isEmpty()))
        .hasSizeGreaterThan(2)
        .allSatisfy(line -> assertThat(source).contains(line));
  }
}
