package io.github.talkcatalog.internal.html;

import io.github.talkcatalog.internal.source.CatalogRoot;
import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Organization;
import io.github.talkcatalog.model.OrganizationProfile;
import io.github.talkcatalog.model.Platform;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Renders a catalog as one self-contained HTML page: a card per talk, grouped by section, with a
 * search box and label and organization filters that the page's script enables.
 *
 * <p>Every value from the catalog enters the DOM as a text node or an attribute value, which jsoup
 * escapes; none enters the style sheet or the script. Links are kept only with an {@code http} or
 * {@code https} URL ({@link #webUrl}); anything else ({@code javascript:}, {@code data:}, a relative
 * path) is dropped and its text shown without a link. A Content Security Policy in the page allows
 * only its own style sheet and script (by their SHA-256), images from {@code data:} URIs and, when
 * enabled, YouTube's thumbnail host.
 */
public final class HtmlPage {

  /** The host of YouTube thumbnails, the only place the page may fetch from. */
  static final String THUMBNAIL_ORIGIN = "https://i.ytimg.com";

  private static final String CSS = resource("page.css");
  private static final String SCRIPT = resource("page.js");

  private final @Nullable CatalogRoot imageRoot;
  private final boolean youtubeThumbnails;

  /**
   * A renderer.
   *
   * @param imageRoot the folder relative image paths are resolved in; {@code null} to inline no
   *     catalog image
   * @param youtubeThumbnails whether a talk without an inlined image shows its YouTube thumbnail
   *     (fetched by the browser when the page is viewed)
   */
  public HtmlPage(@Nullable CatalogRoot imageRoot, boolean youtubeThumbnails) {
    this.imageRoot = imageRoot;
    this.youtubeThumbnails = youtubeThumbnails;
  }

  /**
   * Renders {@code catalog}.
   *
   * @param catalog the catalog
   * @return the page, starting with {@code <!DOCTYPE html>}
   */
  public String render(Catalog catalog) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
    doc.prependChild(new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "en");
    String pageTitle = catalog.title().isBlank() ? "Talks" : catalog.title();
    head(doc.head(), pageTitle);

    Element body = doc.body();
    body.appendElement("a").addClass("skip").attr("href", "#talks").text("Skip to the talks");
    Element header = body.appendElement("header").addClass("page");
    header.appendElement("h1").text(pageTitle);
    catalog.description().ifPresent(d -> header.appendElement("p").text(d));

    Filters filters = new Filters(catalog);
    tools(body.appendElement("div").addClass("tools"), catalog, filters);

    Element main = body.appendElement("main").id("talks").attr("tabindex", "-1");
    if (catalog.talks().stream().anyMatch(t -> t.section().isPresent())) {
      List<List<Talk>> runs = sectionRuns(catalog.talks());
      for (List<Talk> run : runs) {
        Element group = main.appendElement("section").addClass("group");
        Optional<String> section = run.get(0).section();
        int level = 2;
        if (section.isPresent()) {
          String id = "section-" + (main.childrenSize());
          group.attr("aria-labelledby", id);
          group.appendElement("h2").id(id).text(section.get());
          level = 3;
        }
        cards(group, run, level, filters);
      }
    } else {
      cards(main, catalog.talks(), 2, filters);
    }
    footer(body.appendElement("footer"), catalog);
    withoutNoncharacters(doc);
    body.appendElement("script").appendChild(new DataNode(SCRIPT));
    return doc.outerHtml() + "\n";
  }

  /**
   * Replaces, in every text node and attribute value, each character that HTML calls a parse error
   * (controls other than white space, noncharacters such as U+FFFF, unpaired surrogates) by U+FFFD,
   * so that every HTML parser reads the page alike.
   */
  private static void withoutNoncharacters(Document doc) {
    doc.traverse((node, depth) -> {
      if (node instanceof TextNode text) {
        text.text(clean(text.getWholeText()));
      } else if (node instanceof Element element) {
        for (Attribute a : element.attributes()) {
          a.setValue(clean(a.getValue()));
        }
      }
    });
  }

  /**
   * {@code s} with each control character other than tab, line feed, form feed and carriage
   * return, each noncharacter and each unpaired surrogate replaced by U+FFFD.
   *
   * @param s any text
   * @return the text an HTML parser reads without a parse error
   */
  static String clean(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int n = Character.charCount(cp);
      boolean bad = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\f' && cp != '\r')
          || (cp >= 0x7F && cp <= 0x9F)
          || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE
          || Character.isSurrogate((char) cp) && n == 1;
      if (bad && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        if (bad) {
          b.append('\uFFFD');
        } else {
          b.appendCodePoint(cp);
        }
      }
      i += n;
    }
    return b == null ? s : b.toString();
  }

  private void head(Element head, String pageTitle) {
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy")
        .attr("content", "default-src 'none'; img-src data:" + (youtubeThumbnails ? " " + THUMBNAIL_ORIGIN : "")
            + "; style-src '" + sha256(CSS) + "'; script-src '" + sha256(SCRIPT) + "'"
            + "; base-uri 'none'; form-action 'none'");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "talk-catalog");
    head.appendElement("title").text(pageTitle);
    head.appendElement("style").appendChild(new DataNode(CSS));
  }

  /** The search form (hidden until the script shows it) and the count of talks shown. */
  private static void tools(Element tools, Catalog catalog, Filters filters) {
    Element form = tools.appendElement("form").id("filters").attr("role", "search").attr("hidden", true)
        .attr("aria-label", "Filter the talks");
    Element search = form.appendElement("label").addClass("grow").text("Search");
    search.appendElement("input").attr("type", "search").id("q").attr("name", "q")
        .attr("placeholder", "Title, speaker, organization, event, abstract").attr("autocomplete", "off");
    if (!filters.labels.isEmpty()) {
      Element select = form.appendElement("label").text("Label").appendElement("select").id("label");
      select.appendElement("option").val("").text("All labels");
      filters.labels.forEach((token, name) -> select.appendElement("option").val(token)
          .text(name + " (" + filters.labelCounts.get(token) + ")"));
    }
    if (!filters.organizations.isEmpty()) {
      Element select = form.appendElement("label").text("Organization").appendElement("select").id("org");
      select.appendElement("option").val("").text("All organizations");
      filters.organizations.forEach((token, profile) -> select.appendElement("option").val(token)
          .text(profile.name() + " (" + profile.talks().size() + ")"));
    }
    form.appendElement("button").attr("type", "reset").text("Clear");
    int n = catalog.talks().size();
    tools.appendElement("p").addClass("count").id("count").attr("role", "status").attr("aria-live", "polite")
        .text(n + (n == 1 ? " talk" : " talks"));
    tools.appendElement("p").addClass("none").id("none").attr("hidden", true).text("No talk matches.");
  }

  private void cards(Element parent, List<Talk> talks, int headingLevel, Filters filters) {
    Element list = parent.appendElement("ol").addClass("cards");
    for (Talk talk : talks) {
      Element card = list.appendElement("li").addClass("card")
          .attr("data-search", fold(searchText(talk)))
          .attr("data-labels", String.join(" ", filters.labelTokens(talk)))
          .attr("data-orgs", String.join(" ", filters.organizationTokens(talk)));
      Element article = card.appendElement("article");
      thumbnail(article.appendElement("div").addClass("thumb"), talk);
      Element body = article.appendElement("div").addClass("body");
      if (!talk.labels().isEmpty()) {
        Element badges = body.appendElement("ul").addClass("badges").attr("aria-label", "Labels");
        talk.labels().forEach(l -> badges.appendElement("li").text(l));
      }
      Element heading = body.appendElement("h" + headingLevel);
      Optional<String> watch = talk.video().flatMap(HtmlPage::watchUrl);
      if (watch.isPresent()) {
        heading.appendElement("a").attr("href", watch.get()).text(talk.title());
      } else {
        heading.text(talk.title());
      }
      if (!talk.speakers().isEmpty()) {
        Element speakers = body.appendElement("ul").addClass("speakers").attr("aria-label", "Speakers");
        for (Speaker speaker : talk.speakers()) {
          Element li = speakers.appendElement("li").text(speaker.name());
          List<String> orgs = organizations(speaker);
          if (!orgs.isEmpty()) {
            li.appendElement("span").addClass("org").text(" · " + String.join(", ", orgs));
          }
        }
      }
      List<String> facts = new ArrayList<>();
      talk.event().ifPresent(facts::add);
      talk.year().ifPresent(y -> facts.add(String.valueOf(y)));
      talk.duration().ifPresent(d -> facts.add(duration(d)));
      if (!facts.isEmpty()) {
        body.appendElement("p").addClass("event").text(String.join(" · ", facts));
      }
      // an abstract that is empty (the summary only echoed the heading) shows nothing, not a lone "…"
      talk.abstractText().filter(s -> !s.isBlank()).ifPresent(s -> body.appendElement("p").addClass("summary")
          .text(talk.summaryTruncated() ? s + " …" : s));
      List<Element> links = new ArrayList<>();
      for (Link link : talk.links()) {
        webUrl(link.url()).ifPresent(url -> links.add(new Element("a").attr("href", url)
            .text(link.label().isBlank() ? url : link.label())));
      }
      if (!links.isEmpty()) {
        Element ul = body.appendElement("ul").addClass("links").attr("aria-label", "Links");
        links.forEach(a -> ul.appendElement("li").appendChild(a));
      }
    }
  }

  private void thumbnail(Element thumb, Talk talk) {
    thumb.appendElement("span").addClass("play").attr("aria-hidden", "true");
    Optional<String> src = Optional.empty();
    if (imageRoot != null && talk.image().isPresent()) {
      src = InlineImage.dataUri(imageRoot, talk.image().get().src());
    }
    if (src.isEmpty() && youtubeThumbnails) {
      src = talk.video().flatMap(Video::thumbnailUrl).filter(url -> url.startsWith(THUMBNAIL_ORIGIN + "/"));
    }
    if (src.isEmpty()) {
      return;
    }
    String alt = talk.image().map(i -> i.alt().strip()).filter(a -> !a.isEmpty())
        .orElse("Thumbnail of " + talk.title());
    Element img = thumb.appendElement("img").attr("src", src.get()).attr("alt", alt)
        .attr("width", "480").attr("height", "270").attr("decoding", "async");
    if (!src.get().startsWith("data:")) {
      img.attr("loading", "lazy").attr("referrerpolicy", "no-referrer");
    }
  }

  private static void footer(Element footer, Catalog catalog) {
    Element p = footer.appendElement("p");
    p.appendText(catalog.talks().size() + (catalog.talks().size() == 1 ? " talk" : " talks"));
    catalog.collection().ifPresent(c -> webUrl(c.url()).ifPresent(url -> {
      p.appendText(" from ");
      p.appendElement("a").attr("href", url).text(c.label().filter(l -> !l.isBlank()).orElse("the full collection"));
    }));
    p.appendText(". Written by talk-catalog.");
  }

  /** Consecutive talks of the same section, in order. */
  private static List<List<Talk>> sectionRuns(List<Talk> talks) {
    List<List<Talk>> runs = new ArrayList<>();
    for (Talk talk : talks) {
      if (runs.isEmpty() || !runs.get(runs.size() - 1).get(0).section().equals(talk.section())) {
        runs.add(new ArrayList<>());
      }
      runs.get(runs.size() - 1).add(talk);
    }
    return runs;
  }

  private static List<String> organizations(Speaker speaker) {
    Set<String> names = new LinkedHashSet<>();
    for (Affiliation a : speaker.affiliations()) {
      a.organization().map(Organization::name).ifPresent(names::add);
    }
    return List.copyOf(names);
  }

  /** What the search box looks in: title, speakers, organizations, event and abstract. */
  private static String searchText(Talk talk) {
    StringBuilder b = new StringBuilder(talk.title());
    for (Speaker speaker : talk.speakers()) {
      b.append('\n').append(speaker.name());
      organizations(speaker).forEach(o -> b.append('\n').append(o));
    }
    talk.event().ifPresent(e -> b.append('\n').append(e));
    talk.abstractText().ifPresent(s -> b.append('\n').append(s));
    return b.toString();
  }

  /** A length in seconds as {@code 41 min} or {@code 1 h 05 min}; under a minute {@code 45 s}. */
  static String duration(int seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    int minutes = (seconds + 30) / 60;
    return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format(Locale.ROOT, "%02d", minutes % 60) + " min";
  }

  /**
   * Text as the page's script compares it: accents removed (NFD without combining marks), lower
   * case, runs of white space as one space. The script folds the query the same way.
   *
   * @param text any text
   * @return the folded text
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c >= '\u0300' && c <= '\u036f') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The address that plays {@code video} from its start: a YouTube watch URL with {@code &t=Ns}, or
   * another platform's URL when it is a web URL.
   */
  static Optional<String> watchUrl(Video video) {
    if (video.platform() == Platform.YOUTUBE && video.id().isPresent()) {
      String url = Video.canonicalYouTubeUrl(video.id().get());
      return Optional.of(video.start().isPresent() ? url + "&t=" + video.start().getAsInt() + "s" : url);
    }
    return webUrl(video.url());
  }

  /**
   * {@code url} when it is an absolute {@code http} or {@code https} URL without white space or
   * control characters; empty for anything else, {@code javascript:} and {@code data:} included.
   *
   * @param url a URL from the catalog
   * @return the URL to link to, or empty to link to nothing
   */
  static Optional<String> webUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
      return Optional.empty();
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == '\u007f' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return Optional.empty();
      }
    }
    return Optional.of(url);
  }

  /** {@code sha256-BASE64}, a CSP source for an inline element with exactly this text. */
  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The label and organization filters: each label and organization of the catalog as a short token
   * ({@code l1}, {@code o1}, ...) that the cards list in {@code data-labels} and {@code data-orgs}.
   * Labels and organizations are sorted by name for the menus.
   */
  private static final class Filters {
    final Map<String, String> labels = new LinkedHashMap<>();
    final Map<String, Integer> labelCounts = new LinkedHashMap<>();
    final Map<String, OrganizationProfile> organizations = new LinkedHashMap<>();
    private final Map<String, String> labelToken = new LinkedHashMap<>();
    private final Map<Talk, List<String>> organizationTokens = new IdentityHashMap<>();

    Filters(Catalog catalog) {
      Collator collator = Collator.getInstance(Locale.ROOT);
      collator.setStrength(Collator.SECONDARY);
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Talk talk : catalog.talks()) {
        for (String label : new LinkedHashSet<>(talk.labels())) {
          counts.merge(label, 1, Integer::sum);
        }
      }
      List<String> sortedLabels = new ArrayList<>(counts.keySet());
      sortedLabels.sort(collator);
      for (String label : sortedLabels) {
        String token = "l" + (labels.size() + 1);
        labels.put(token, label);
        labelCounts.put(token, counts.get(label));
        labelToken.put(label, token);
      }
      List<OrganizationProfile> profiles = new ArrayList<>(catalog.organizations());
      profiles.sort(Comparator.comparing(OrganizationProfile::name, collator));
      for (OrganizationProfile profile : profiles) {
        String token = "o" + (organizations.size() + 1);
        organizations.put(token, profile);
        for (Talk talk : profile.talks()) {
          organizationTokens.computeIfAbsent(talk, t -> new ArrayList<>()).add(token);
        }
      }
    }

    List<String> labelTokens(Talk talk) {
      return talk.labels().stream().map(labelToken::get).distinct().toList();
    }

    List<String> organizationTokens(Talk talk) {
      return organizationTokens.getOrDefault(talk, List.of());
    }
  }
}
