package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Talk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The abstract of each of the bundled catalog's 53 talks: where the summary echoes the heading
 * ({@code Title - Speaker, Role, Organization}), the abstract starts after the last speaker's
 * details; a summary that is only the echo (or only a cut-off echo) leaves nothing; a summary
 * without an echo is its own abstract.
 */
class SeedAbstractTest {

  /** Position, then the abstract's first three words; {@code (nothing)} for an empty abstract. */
  private static final String EXPECTED = """
      1 | (nothing)
      2 | (nothing)
      3 | (nothing)
      4 | This talk covers
      5 | SGLang is an
      6 | Recent advancements in
      7 | Jo
      8 | Generative AI (GenAI)
      9 | While open-source frameworks
      10 | The PyTorch ecosystem
      11 | In this session,
      12 | (nothing)
      13 | In this keynote,
      14 | This Deep Dive
      15 | Modern applications use
      16 | Tired of being
      17 | AI workloads require
      18 | Agents are the
      19 | This session will
      20 | Since its early
      21 | vLLM is an
      22 | The explosive growth
      23 | We're excited to
      24 | Embodied AI demands
      25 | FlexAttention is a
      26 | Learn about how
      27 | Moore’s law has
      28 | The AI ecosystem
      29 | Training LLMs with
      30 | This talk aims
      31 | (nothing)
      32 | In January 2025,
      33 | Transformers is relied
      34 | Luma AI was
      35 | The increasing complexity
      36 | As PyTorch-based LLMs
      37 | Large language models
      38 | PyTorch, much like
      39 | Learn how the
      40 | Efficient KV cache
      41 | In scenarios of
      42 | (nothing)
      43 | This talk dives
      44 | PyTorch has become
      45 | Techniques like GRPO,
      46 | The rapid evolution
      47 | Today, vLLM (part
      48 | Large Language Models
      49 | As the artificial
      50 | We'll first introduce
      51 | Do you use
      52 | Arctic Inference is
      53 | More than 3,000
      """;

  private final Catalog catalog = Seed.catalog();

  @Test
  void everyAbstractStartsWhereTheEchoOfTheHeadingEnds() {
    List<String> actual = new ArrayList<>();
    for (Talk t : catalog.talks()) {
      String a = t.abstractText().orElseThrow();
      String first = String.join(" ", List.of(a.split(" ")).subList(0, Math.min(3, a.split(" ").length)));
      actual.add(t.position() + " | " + (a.isEmpty() ? "(nothing)" : first));
    }

    assertThat(actual).containsExactlyElementsOf(EXPECTED.strip().lines().map(String::strip).toList());
  }

  @Test
  void anAbstractIsTheEndOfItsSummary() {
    for (Talk t : catalog.talks()) {
      assertThat(t.summary().orElseThrow()).as("talk %d", t.position()).endsWith(t.abstractText().orElseThrow());
    }
    assertThat(catalog.talks().get(52).abstractText()).isEqualTo(catalog.talks().get(52).summary());
  }
}
