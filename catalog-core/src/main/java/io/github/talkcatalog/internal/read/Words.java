package io.github.talkcatalog.internal.read;

import io.github.talkcatalog.internal.names.Names;
import java.util.Locale;
import java.util.Set;

/**
 * General knowledge about the words of speaker lists: role words, organization words, name
 * particles, sentence-start words. None of it is specific to one catalog.
 */
public final class Words {

  private Words() {}

  /** Words that make a piece a job title or role ({@code "Executive Director"}). */
  static final Set<String> ROLE_WORDS = Set.of(
      "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "cio", "cso", "cpo", "cmo",
      "vp", "svp", "evp", "avp", "president", "vice", "director", "engineer", "engineers",
      "scientist", "researcher", "lead", "leader", "manager", "head", "chief", "officer",
      "professor", "prof.", "student", "phd", "ph.d.", "candidate", "architect", "developer",
      "maintainer", "analyst", "consultant", "fellow", "advocate", "evangelist", "member",
      "partner", "intern", "chair", "chairman", "chairwoman", "chairperson", "editor", "author",
      "creator", "co-creator", "contributor", "committer", "owner", "principal", "staff", "senior",
      "sr.", "executive", "specialist", "technologist", "designer", "strategist", "instructor",
      "lecturer", "postdoc", "dean", "adviser", "advisor", "coordinator", "administrator",
      "programmer", "sre", "swe", "gm", "ambassador", "organizer", "host", "emeritus", "assistant",
      "associate", "distinguished", "co-lead", "tech", "investor", "entrepreneur", "hacker",
      "educator", "writer", "journalist", "mentor", "coach", "champion", "steward");

  /** Words that mark an organization name ({@code "Northwind Labs"}, {@code "Acme Inc."}). */
  static final Set<String> ORGANIZATION_WORDS = Set.of(
      "ai", "labs", "lab", "laboratory", "laboratories", "research", "inc", "inc.", "llc", "ltd",
      "ltd.", "gmbh", "corp", "corp.", "corporation", "company", "co.", "technologies",
      "technology", "systems", "solutions", "software", "networks", "computing", "university",
      "universität", "college", "school", "institute", "academy", "foundation", "department",
      "group", "center", "centre", "council", "society", "association", "alliance", "consortium",
      "project", "team", "community", "cloud", "sciences", "science", "engineering", "studio",
      "studios", "partners", "ventures", "capital", "bank", "health", "analytics", "data",
      "robotics", "dynamics", "media", "games", "digital", "services", "s.a.", "ag", "plc", "oy",
      "ab", "bv", "b.v.", "srl", "spa", "s.p.a.", "pte", "pvt", "limited", "incorporated",
      "holdings", "industries", "international", "global", "io", "hq", "agency", "collective",
      "cooperative", "initiative", "org");

  /** Organization suffixes written after a comma: {@code "Acme Widgets, Inc."}. */
  static final Set<String> ORGANIZATION_SUFFIXES = Set.of(
      "inc", "inc.", "llc", "ltd", "ltd.", "gmbh", "corp", "corp.", "co.", "s.a.", "ag", "plc",
      "b.v.", "limited", "incorporated");

  /** Lower-case particles inside personal names ({@code "Ana van der Berg"}). */
  static final Set<String> NAME_PARTICLES = Set.of(
      "van", "von", "der", "den", "de", "la", "le", "du", "da", "di", "del", "della", "dos", "das",
      "do", "bin", "binti", "al", "el", "y", "ten", "ter", "zu", "af", "av", "st.");

  /** Lower-case words allowed inside roles and organization names ({@code "VP of AI"}). */
  static final Set<String> CONNECTORS = Set.of(
      "of", "and", "the", "for", "at", "de", "del", "la", "le", "du", "da", "di", "in", "on", "&",
      "und", "y", "e", "et", "für", "zu", "an", "a", "to");

  /** Capitalized words that typically start an abstract's first sentence. */
  static final Set<String> SENTENCE_STARTS = Set.of(
      "the", "this", "these", "those", "that", "in", "we", "we'll", "we’ll", "we're", "we’re",
      "our", "learn", "join", "as", "while", "today", "today,", "do", "did", "does", "how", "what",
      "why", "when", "where", "who", "is", "are", "with", "from", "for", "it", "its", "it's",
      "it’s", "a", "an", "i", "i'll", "i’ll", "i'm", "i’m", "my", "you", "your", "you'll",
      "you’ll", "come", "discover", "explore", "see", "hear", "get", "let's", "let’s", "over",
      "after", "since", "during", "at", "by", "to", "if", "there", "here", "many", "most", "some",
      "all", "every", "each", "one", "two", "three", "recent", "recently", "building", "training",
      "deploying", "scaling", "serving", "running", "using", "have", "has", "ever", "imagine",
      "traditional", "despite", "although", "though", "because", "whether", "both", "not", "no",
      "yes", "now", "then", "first", "last", "next", "new", "once", "meet", "so", "but", "and",
      "or", "also", "attendees", "participants", "developers", "researchers", "teams", "companies",
      "organizations", "users", "customers", "engineers", "today's", "today’s", "nowadays",
      "currently", "historically", "traditionally", "increasingly", "effective", "efficiently");

  /** The name key of {@code s}; the rule is {@link Names#key(String)}. */
  static String key(String s) {
    return Names.key(s);
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** Strips surrounding punctuation that does not belong to a word ({@code "(LLMs)"} stays). */
  static String bare(String word) {
    int s = 0;
    int e = word.length();
    while (e > s && ",;:".indexOf(word.charAt(e - 1)) >= 0) {
      e--;
    }
    return word.substring(s, e);
  }

  static boolean isRoleWord(String word) {
    return ROLE_WORDS.contains(lower(bare(word)));
  }

  static boolean isOrganizationWord(String word) {
    return ORGANIZATION_WORDS.contains(lower(bare(word)));
  }

  static boolean isSentenceStart(String word) {
    return SENTENCE_STARTS.contains(lower(bare(word)));
  }

  /** Starts with an upper-case letter or a digit, or with a letter of a script without case. */
  static boolean isCapitalized(String word) {
    int i = 0;
    while (i < word.length() && "\"'“‘([".indexOf(word.charAt(i)) >= 0) {
      i++;
    }
    if (i >= word.length()) {
      return false;
    }
    int cp = word.codePointAt(i);
    return Character.isUpperCase(cp) || Character.isDigit(cp) || Character.isTitleCase(cp)
        || (Character.isLetter(cp) && !Character.isLowerCase(cp))
        || (Character.isLowerCase(cp) && hasUpper(word)); // "vLLM", "iPhone"
  }

  private static boolean hasUpper(String word) {
    return word.codePoints().anyMatch(Character::isUpperCase);
  }

  /** An initial: one upper-case letter, optionally followed by a period ({@code "M."}, {@code "D"}). */
  static boolean isInitial(String token) {
    if (token.isEmpty()) {
      return false;
    }
    int cp = token.codePointAt(0);
    int len = Character.charCount(cp);
    if (!Character.isUpperCase(cp)) {
      return false;
    }
    return token.length() == len || (token.length() == len + 1 && token.charAt(len) == '.');
  }
}
