package io.github.talkcatalog.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code catalog html} in a real browser: Debian's {@code chromium}, headless, driven by
 * its own {@code chromedriver} through Selenium, with the network off.
 *
 * <p>Both programs are found at {@code /usr/bin} (or where the system properties
 * {@code catalog.chromium} and {@code webdriver.chrome.driver} say), so Selenium Manager never runs
 * and nothing is downloaded. Without them the test is skipped with a message, except when the
 * environment variable {@code CI} is {@code true}: there a missing browser fails it. The
 * screenshots go to {@code target/browser/}.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HtmlPageBrowserTest {

  private static final Path OUT = Path.of("target", "browser");

  private static ChromeDriver driver;
  private static Path profile;

  @BeforeAll
  static void startBrowser() throws IOException {
    File chromium = new File(System.getProperty("catalog.chromium", "/usr/bin/chromium"));
    File chromedriver = new File(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
    if (!chromium.canExecute() || !chromedriver.canExecute()) {
      String message = "no browser to test the HTML page in: " + chromium + " and " + chromedriver
          + " are needed (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(message);
      }
      Assumptions.abort(message);
    }
    System.setProperty("webdriver.chrome.driver", chromedriver.getPath());
    Files.createDirectories(OUT);
    profile = Files.createTempDirectory("catalog-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + profile,
        // the network off: no name resolves, and every request would go to a closed port
        "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
        "--window-size=1280,1000", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--force-color-profile=srgb", "--lang=en-US");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver)
        .usingAnyFreePort()
        .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  @Test
  void theBundledCatalogShowsFiftyThreeCardsAndTheSearchKeepsTheMetaTalks() throws IOException {
    Path page = OUT.resolve("bundled.html").toAbsolutePath();
    assertThat(CliRun.of("html", "-o", page.toString()).exitCode()).isZero();

    driver.get(page.toUri().toString());
    WebElement count = driver.findElement(By.id("count"));
    waitFor(() -> count.getText().equals("53 of 53 talks"));

    assertThat(visibleCards()).hasSize(53);
    assertThat(driver.findElement(By.id("filters")).isDisplayed()).isTrue();
    screenshot("catalog-page.png");

    driver.findElement(By.id("q")).sendKeys("meta");
    waitFor(() -> count.getText().equals("10 of 53 talks"));

    assertThat(visibleCards()).extracting(HtmlPageBrowserTest::title).containsExactly(
        "PyTorch Symmetric Memory: A New Programming Paradigm for Distributed AI",
        "Hardware-Aware Python Packages ~ PyTorch and WheelNext Grab the Wheel!",
        "The Building Blocks of Agentic Al",
        "PyTorch Technical Deep Dive",
        "PyTorch-Native Stack for Agents",
        "Unlock the Future of Generative AI: TorchTitan's Latest Breakthroughs",
        "Flex Attention for Inference",
        "Building the Open Agent Ecosystem Together: Introducing OpenEnv",
        "Blazing Fast GenAI Inference With Torch.compile",
        "A Stable Limited LibTorch ABI? How?! (and Why?)");
    screenshot("catalog-page-meta.png");

    driver.findElement(By.id("q")).sendKeys(" flex");
    waitFor(() -> count.getText().equals("1 of 53 talks"));
    assertThat(visibleCards()).extracting(HtmlPageBrowserTest::title).containsExactly("Flex Attention for Inference");
  }

  @Test
  void markupInTheCatalogShowsAsTextAndNeverRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path json = dir.resolve("hostile.json");
    Files.writeString(json, """
        {"format": "talk-catalog/1", "title": "<img src=x onerror=alert(1)>", "talks": [
          {"position": 1, "heading": "<script>alert(2)</script>", "labels": ["<b onmouseover=alert(3)>L</b>"],
           "title": "<script>alert(2)</script>",
           "speakers": [{"name": "Ana <b onmouseover=alert(4)>Ruiz</b>", "affiliations": []}],
           "video": {"url": "javascript:alert(5)", "platform": "other"},
           "links": [{"label": "slides", "url": "javascript:alert(6)"}],
           "image": {"src": "javascript:alert(7)", "alt": "\\" onerror=\\"alert(8)"},
           "summary": "An <iframe src=\\"javascript:alert(9)\\"></iframe> summary.",
           "summaryTruncated": false}]}
        """);
    Path page = OUT.resolve("hostile.html").toAbsolutePath();
    assertThat(CliRun.of("html", json.toString(), "-o", page.toString()).exitCode()).isZero();

    driver.get(page.toUri().toString());
    waitFor(() -> driver.findElement(By.id("count")).getText().equals("1 of 1 talk"));

    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("<img src=x onerror=alert(1)>");
    assertThat(driver.findElement(By.cssSelector("li.card h2")).getText()).isEqualTo("<script>alert(2)</script>");
    assertThat(driver.findElement(By.cssSelector("li.card .speakers")).getText()).isEqualTo("Ana <b onmouseover=alert(4)>Ruiz</b>");
    assertThat(driver.findElement(By.cssSelector("li.card .summary")).getText())
        .isEqualTo("An <iframe src=\"javascript:alert(9)\"></iframe> summary.");
    assertThat(driver.findElements(By.cssSelector("li.card a, iframe, img, b"))).isEmpty();
    assertThat(driver.findElements(By.tagName("script"))).hasSize(1);
  }

  private static List<WebElement> visibleCards() {
    return driver.findElements(By.cssSelector("li.card")).stream().filter(WebElement::isDisplayed).toList();
  }

  private static String title(WebElement card) {
    return card.findElement(By.cssSelector("h2, h3")).getText();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
  }

  private static void screenshot(String name) throws IOException {
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height, 1000)));
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
