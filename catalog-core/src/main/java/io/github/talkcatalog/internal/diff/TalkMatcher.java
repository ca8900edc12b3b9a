package io.github.talkcatalog.internal.diff;

import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Pairs the talks of two editions of a catalog, in three passes over the talks still unpaired:
 * the same YouTube video id; then the same normalised title and speakers; then the same normalised
 * title when exactly one unpaired talk on each side has it. Within a pass, talks with the same key
 * pair in document order. Position, line and heading play no part, so a catalog and the same talks
 * in another layout or order pair completely.
 */
public final class TalkMatcher {

  /**
   * Two talks that are the same talk in two editions.
   *
   * @param oldTalk the talk in the old edition
   * @param newTalk the talk in the new edition
   */
  public record Pair(Talk oldTalk, Talk newTalk) {}

  /**
   * The outcome.
   *
   * @param pairs the paired talks, in the new edition's order
   * @param removed the old talks without a partner, in the old edition's order
   * @param added the new talks without a partner, in the new edition's order
   */
  public record Result(List<Pair> pairs, List<Talk> removed, List<Talk> added) {}

  private TalkMatcher() {}

  /**
   * Pairs the talks of {@code oldTalks} and {@code newTalks}.
   *
   * @param oldTalks the old edition's talks in document order
   * @param newTalks the new edition's talks in document order
   * @return the pairs and the talks left over on each side
   */
  public static Result match(List<Talk> oldTalks, List<Talk> newTalks) {
    Talk[] partnerOfNew = new Talk[newTalks.size()];
    boolean[] oldPaired = new boolean[oldTalks.size()];
    pass(oldTalks, newTalks, oldPaired, partnerOfNew, t -> t.video().flatMap(v -> v.id()), false);
    pass(oldTalks, newTalks, oldPaired, partnerOfNew, t -> Optional.of(titleAndSpeakers(t)), false);
    pass(oldTalks, newTalks, oldPaired, partnerOfNew, t -> Optional.of(fold(t.title())), true);
    List<Pair> pairs = new ArrayList<>();
    List<Talk> added = new ArrayList<>();
    for (int i = 0; i < newTalks.size(); i++) {
      if (partnerOfNew[i] != null) {
        pairs.add(new Pair(partnerOfNew[i], newTalks.get(i)));
      } else {
        added.add(newTalks.get(i));
      }
    }
    List<Talk> removed = new ArrayList<>();
    for (int i = 0; i < oldTalks.size(); i++) {
      if (!oldPaired[i]) {
        removed.add(oldTalks.get(i));
      }
    }
    return new Result(List.copyOf(pairs), List.copyOf(removed), List.copyOf(added));
  }

  private static void pass(List<Talk> oldTalks, List<Talk> newTalks, boolean[] oldPaired, Talk[] partnerOfNew,
      Function<Talk, Optional<String>> key, boolean uniqueOnly) {
    Map<String, Deque<Integer>> oldByKey = new LinkedHashMap<>();
    for (int i = 0; i < oldTalks.size(); i++) {
      if (!oldPaired[i]) {
        int index = i;
        key.apply(oldTalks.get(i)).ifPresent(k -> oldByKey.computeIfAbsent(k, x -> new ArrayDeque<>()).add(index));
      }
    }
    Map<String, Integer> newCount = new LinkedHashMap<>();
    if (uniqueOnly) {
      for (int j = 0; j < newTalks.size(); j++) {
        if (partnerOfNew[j] == null) {
          key.apply(newTalks.get(j)).ifPresent(k -> newCount.merge(k, 1, Integer::sum));
        }
      }
    }
    for (int j = 0; j < newTalks.size(); j++) {
      if (partnerOfNew[j] != null) {
        continue;
      }
      Optional<String> k = key.apply(newTalks.get(j));
      if (k.isEmpty()) {
        continue;
      }
      Deque<Integer> candidates = oldByKey.get(k.get());
      if (candidates == null || candidates.isEmpty()
          || uniqueOnly && (candidates.size() != 1 || newCount.get(k.get()) != 1)) {
        continue;
      }
      int i = candidates.removeFirst();
      oldPaired[i] = true;
      partnerOfNew[j] = oldTalks.get(i);
    }
  }

  private static String titleAndSpeakers(Talk talk) {
    List<String> names = new ArrayList<>();
    for (Speaker s : talk.speakers()) {
      names.add(fold(s.name()));
    }
    names.sort(null);
    return fold(talk.title()) + "\n" + String.join("\n", names);
  }

  /**
   * Text compared without case, accents, punctuation or spacing differences: NFKD without
   * combining marks, lower case, each run of characters other than letters and digits as one
   * space, trimmed.
   *
   * @param text any text
   * @return the normalised text
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(decomposed.length());
    boolean gap = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
