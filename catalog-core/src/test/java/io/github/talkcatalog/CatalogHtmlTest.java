package io.github.talkcatalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.talkcatalog.model.Affiliation;
import io.github.talkcatalog.model.Catalog;
import io.github.talkcatalog.model.Image;
import io.github.talkcatalog.model.Link;
import io.github.talkcatalog.model.Speaker;
import io.github.talkcatalog.model.Talk;
import io.github.talkcatalog.model.Video;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CatalogHtml}: the page's cards, filters, images and escaping. */
class CatalogHtmlTest {

  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

  @Test
  void theBundledCatalogHasACardPerTalkWithItsTitleLinkAndThumbnail() {
    Document page = Jsoup.parse(CatalogHtml.builder().build().write(Seed.catalog()));

    assertThat(page.select("li.card")).hasSize(53);
    assertThat(page.title()).isEqualTo("vLLM-in-PyTorch-Conference-2025");
    assertThat(page.select("h1").text()).isEqualTo("vLLM-in-PyTorch-Conference-2025");
    assertThat(page.getElementById("count").text()).isEqualTo("53 talks");
    Element first = page.selectFirst("li.card");
    assertThat(first.select(".badges li").eachText()).containsExactly("Keynote");
    assertThat(first.selectFirst("h2 a").attr("href")).isEqualTo("https://www.youtube.com/watch?v=ACxHFY_zUb8");
    assertThat(first.selectFirst("h2 a").text()).isEqualTo("Welcome & Opening Remarks");
    assertThat(first.select(".speakers li").eachText()).containsExactly("Matt White · PyTorch Foundation");
    // imgs/image1.png is not bundled: the YouTube thumbnail, with alt text
    assertThat(first.selectFirst(".thumb img").attr("src")).isEqualTo("https://i.ytimg.com/vi/ACxHFY_zUb8/hqdefault.jpg");
    assertThat(first.selectFirst(".thumb img").attr("alt")).isEqualTo("Thumbnail of Welcome & Opening Remarks");
    // the summary is only the heading's echo: its abstract is empty and adds nothing
    assertThat(first.attr("data-search")).isEqualTo("welcome & opening remarks matt white pytorch foundation");
    // every talk still shows without the script; the form waits for it
    assertThat(page.getElementById("filters").hasAttr("hidden")).isTrue();
    assertThat(page.select("li.card[hidden]")).isEmpty();
  }

  @Test
  void labelAndOrganizationMenusListEachOnceSortedWithCounts() {
    Catalog catalog = catalog(
        talk(1, "Alpha", List.of("Keynote"), Speaker.of("Ana Ruiz", Affiliation.ofOrganization("Zeta Labs"))),
        talk(2, "Beta", List.of("Lightning Talk", "Keynote"),
            Speaker.of("Bo Li", Affiliation.ofOrganization("acme corp")),
            Speaker.of("Cy Ng", Affiliation.of("CTO", "Acme Corp"))),
        talk(3, "Gamma", List.of(), Speaker.of("Di Ho")));

    Document page = Jsoup.parse(CatalogHtml.builder().build().write(catalog));

    assertThat(page.select("#label option").eachText())
        .containsExactly("All labels", "Keynote (2)", "Lightning Talk (1)");
    assertThat(page.select("#org option").eachText())
        .containsExactly("All organizations", "acme corp (1)", "Zeta Labs (1)");
    assertThat(page.select("li.card").eachAttr("data-labels")).containsExactly("l1", "l2 l1", "");
    assertThat(page.select("li.card").eachAttr("data-orgs")).containsExactly("o2", "o1", "");
    assertThat(page.select("li.card").get(1).select(".speakers li").eachText())
        .containsExactly("Bo Li · acme corp", "Cy Ng · Acme Corp");
  }

  @Test
  void sectionsGroupTheCardsUnderTheirHeading() {
    Talk a = Talk.builder().from(talk(1, "Alpha", List.of())).section("Day 1").build();
    Talk b = Talk.builder().from(talk(2, "Beta", List.of())).section("Day 1").build();
    Talk c = Talk.builder().from(talk(3, "Gamma", List.of())).section("Day 2").build();

    Document page = Jsoup.parse(CatalogHtml.builder().build().write(catalog(a, b, c)));

    assertThat(page.select("section.group > h2").eachText()).containsExactly("Day 1", "Day 2");
    assertThat(page.select("section.group").get(0).select("li.card h3").eachText()).containsExactly("Alpha", "Beta");
    assertThat(page.select("section.group").get(1).select("li.card h3").eachText()).containsExactly("Gamma");
  }

  @Test
  void eventYearLengthAndTheAbstractShowOnTheCardAndAreSearched() {
    Talk talk = Talk.builder().from(talk(1, "Alpha", List.of())).event("DevDays 2030").year(2030).duration(2472)
        .summary("Alpha - Ana Ruiz Ana shows caches.").abstractText("Ana shows caches.").build();

    Element card = Jsoup.parse(CatalogHtml.builder().build().write(catalog(talk))).selectFirst("li.card");

    assertThat(card.selectFirst(".event").text()).isEqualTo("DevDays 2030 · 2030 · 41 min");
    assertThat(card.selectFirst(".summary").text()).isEqualTo("Ana shows caches.");
    assertThat(card.attr("data-search")).isEqualTo("alpha devdays 2030 ana shows caches.");
  }

  @Test
  void aSummaryThatOnlyEchoesTheHeadingShowsNoTextNotALoneEllipsis() {
    Talk talk = Talk.builder().from(talk(1, "Alpha", List.of())).summary("Alpha - Ana Ruiz, Lead")
        .summaryTruncated(true).abstractText("").build();

    Element card = Jsoup.parse(CatalogHtml.builder().build().write(catalog(talk))).selectFirst("li.card");

    assertThat(card.select(".summary")).isEmpty();
    assertThat(card.selectFirst("h2").text()).isEqualTo("Alpha");
  }

  @Test
  void aVideoStartOffsetIsInTheLink() {
    Talk talk = Talk.builder().from(talk(1, "Alpha", List.of()))
        .video(Video.builder().from(Video.youtube("ACxHFY_zUb8")).start(95).build()).build();

    Document page = Jsoup.parse(CatalogHtml.builder().build().write(catalog(talk)));

    assertThat(page.selectFirst("li.card h2 a").attr("href")).isEqualTo("https://www.youtube.com/watch?v=ACxHFY_zUb8&t=95s");
  }

  @Test
  void markupAndScriptUrlsFromTheCatalogAreTextOrDropped() throws Exception {
    String evil = "<script>alert(1)</script>";
    Talk talk = Talk.builder().position(1).heading(evil).title(evil)
        .addLabels("<b onmouseover=alert(2)>x</b>")
        .addSpeakers(Speaker.of("\"><img src=x onerror=alert(3)>", Affiliation.ofOrganization("</style><script>alert(4)</script>")))
        .video(Video.other("javascript:alert(5)"))
        .addLinks(Link.of("slides", "javascript:alert(6)"), Link.of("data", "data:text/html,<script>alert(7)</script>"),
            Link.of("ok", " https://example.org/x"), Link.of("spaced", "JaVaScRiPt:alert(8)"))
        .image(Image.of("javascript:alert(9)", "\" onerror=\"alert(10)"))
        .summary("</p><iframe src=javascript:alert(11)></iframe>")
        .build();
    Catalog catalog = Catalog.builder().title("<title>" + evil).description(evil).addTalks(talk).build();

    String html = CatalogHtml.builder().build().write(catalog);
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("script").first().data()).doesNotContain("alert");
    assertThat(page.select("iframe, img, [onerror], [onmouseover], b")).isEmpty();
    assertThat(page.select("[href]").eachAttr("href")).allMatch(h -> h.startsWith("https://") || h.equals("#talks"));
    assertThat(page.select("li.card a")).isEmpty(); // the video and every link are dropped
    assertThat(page.title()).isEqualTo("<title><script>alert(1)</script>");
    assertThat(page.selectFirst("li.card h2").text()).isEqualTo(evil);
    assertThat(page.selectFirst(".badges li").text()).isEqualTo("<b onmouseover=alert(2)>x</b>");
    assertThat(page.selectFirst(".speakers li").text())
        .isEqualTo("\"><img src=x onerror=alert(3)> · </style><script>alert(4)</script>");
    assertThat(page.selectFirst(".summary").text()).isEqualTo("</p><iframe src=javascript:alert(11)></iframe>");
    assertThat(html).doesNotContain("<script>alert").doesNotContain("<iframe");
  }

  @Test
  void theSecurityPolicyAllowsExactlyThePageOwnStyleAndScript() throws Exception {
    String html = CatalogHtml.builder().build().write(Seed.catalog());
    Document page = Jsoup.parse(html);

    String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");

    assertThat(policy).isEqualTo("default-src 'none'; img-src data: https://i.ytimg.com; style-src '"
        + sha256(page.selectFirst("style").data()) + "'; script-src '" + sha256(page.selectFirst("script").data())
        + "'; base-uri 'none'; form-action 'none'");
    assertThat(page.select("link, [src^=http]:not(img), iframe, object, embed")).isEmpty();
    assertThat(page.select("img").eachAttr("src")).allMatch(s -> s.startsWith("https://i.ytimg.com/vi/"));
  }

  @Test
  void withoutThumbnailsThePageFetchesNothing() {
    String html = CatalogHtml.builder().youtubeThumbnails(false).build().write(Seed.catalog());
    Document page = Jsoup.parse(html);

    assertThat(page.select("img")).isEmpty();
    assertThat(page.select(".thumb .play")).hasSize(53);
    assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'; img-src data:; style-src");
  }

  @Test
  void anImageInTheFolderIsInlinedAndNothingOutsideItIsRead(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("catalog"));
    Files.createDirectories(folder.resolve("imgs"));
    Files.write(folder.resolve("imgs/one.png"), PNG);
    Files.write(dir.resolve("outside.png"), PNG);
    Files.writeString(folder.resolve("imgs/fake.png"), "not an image");
    Catalog catalog = catalog(
        withImage(talk(1, "One", List.of()), "imgs/one.png", "Slide one"),
        withImage(talk(2, "Two", List.of()), "../outside.png", ""),
        withImage(talk(3, "Three", List.of()), "imgs/fake.png", ""),
        withImage(talk(4, "Four", List.of()), folder.resolve("imgs/one.png").toAbsolutePath().toString(), ""));

    Document page = Jsoup.parse(CatalogHtml.builder().imageFolder(folder).youtubeThumbnails(false).build().write(catalog));

    List<Element> cards = page.select("li.card");
    assertThat(cards.get(0).selectFirst(".thumb img").attr("src"))
        .isEqualTo("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG));
    assertThat(cards.get(0).selectFirst(".thumb img").attr("alt")).isEqualTo("Slide one");
    assertThat(cards.get(1).select("img")).isEmpty();
    assertThat(cards.get(2).select("img")).isEmpty();
    assertThat(cards.get(3).select("img")).isEmpty();
  }

  @Test
  void noncharactersAndControlsBecomeReplacementCharacters() {
    Talk talk = talk(1, "A\uFFFFB\u0007C\uD800D\uFDD0E", List.of());

    String html = CatalogHtml.builder().build().write(catalog(talk));

    assertThat(Jsoup.parse(html).selectFirst("li.card h2").text()).isEqualTo("A\uFFFDB\uFFFDC\uFFFDD\uFFFDE");
    assertThat(html).doesNotContain("\uFFFF").doesNotContain("\u0007");
  }

  @Test
  void theSamePageForTheSameCatalog() {
    assertThat(CatalogHtml.builder().build().write(Seed.catalog()))
        .isEqualTo(CatalogHtml.builder().build().write(Seed.catalog()));
  }

  private static Talk withImage(Talk talk, String src, String alt) {
    return Talk.builder().from(talk).image(Image.of(src, alt)).build();
  }

  private static Talk talk(int position, String title, List<String> labels, Speaker... speakers) {
    return Talk.builder().position(position).heading(title).title(title).addAllLabels(labels)
        .addSpeakers(speakers).build();
  }

  private static Catalog catalog(Talk... talks) {
    return Catalog.builder().title("Invented Summit").addTalks(talks).build();
  }

  private static String sha256(String text) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
