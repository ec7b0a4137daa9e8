package org.dyad.app.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web application in Debian's headless Chromium, driven by chromedriver: the dashboard, an
 * event page with each report's evidence, and an upload of a hostile document shown as text.
 * Skipped (with a message) where /usr/bin/chromium or /usr/bin/chromedriver is missing; .ci/run
 * installs both.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Held here: JUL keeps loggers weakly, and a collected one forgets its level. */
  private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

  @TempDir static Path dir;
  private static WebServer server;
  private static WebDriver driver;
  private static String base;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing (apt-get install chromium chromium-driver)");
    // Selenium's notes on the browser's DevTools version are no test output
    SELENIUM_LOG.setLevel(Level.SEVERE);
    server = Fixtures.start(dir, Fixtures.options(dir));
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + dir.resolve("profile"),
        "--window-size=1366,1000");
    // the console, to check that no script error and no policy violation happened
    o.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    // the driver named here, so that Selenium never looks for one to download
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    driver = new ChromeDriver(o);
  }

  @AfterAll
  static void stop() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  @BeforeEach
  void blank() {
    driver.get("about:blank");
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  /** Opens a page and waits until its script has drawn it. */
  private void open(String path) {
    driver.get(base + path);
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
  }

  /** Saves what the browser shows as NAME.png when -Ddyad.screenshots=DIR is given (for looking at the pages). */
  private void shot(String name) throws java.io.IOException {
    String to = System.getProperty("dyad.screenshots");
    if (to != null) {
      Files.createDirectories(Path.of(to));
      Files.write(Path.of(to, name + ".png"), ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }
  }

  /** The browser's console since the last call: errors and Content-Security-Policy violations fail the test. */
  private void assertCleanConsole() {
    for (org.openqa.selenium.logging.LogEntry e : driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER)) {
      String m = e.getMessage();
      boolean expected404 = m.contains("404"); // a page asked the API for something that is not there, on purpose
      assertTrue(expected404 || (e.getLevel().intValue() < Level.SEVERE.intValue() && !m.contains("Content Security Policy")), "console: " + m);
    }
  }

  private String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  @Test
  void dashboardShowsAPairWithChartAgreementsAndAid() throws Exception {
    open("/");
    assertEquals("Ecuador – Peru", text("h1"));
    assertTrue(driver.findElements(By.cssSelector(".chart svg rect")).size() >= 2, "a bar per type in the month");
    assertTrue(text("section[aria-labelledby=h-agree]").contains("Memorandum of Understanding on cross-border electricity trade"));
    assertTrue(text("section[aria-labelledby=h-actors]").contains("Rosa Quispe"));
    new Select(driver.findElement(By.id("pair"))).selectByValue("KEN-NOR");
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Kenya – Norway"));
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    String aid = text("section[aria-labelledby=h-aid]");
    assertTrue(aid.contains("NOK 20,000,000") && aid.contains("fisheries research on Lake Victoria"), aid);
    assertTrue(text(".stats").contains("aid stated in NOK"), text(".stats"));
    shot("test-dashboard");
    assertCleanConsole();
    // keyboard: the first Tab reaches the skip link
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    assertEquals("Skip to content", driver.switchTo().activeElement().getText());
  }

  @Test
  void eventPageShowsEveryReportWithItsEvidenceMarked() throws Exception {
    open("/events?countries=NOR,KEN&type=CONSULT");
    List<WebElement> rows = driver.findElements(By.cssSelector("tbody tr"));
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).getText().contains("oslo-nairobi-call") && rows.get(0).getText().contains("nairobi-readout"), rows.get(0).getText());
    rows.get(0).findElement(By.cssSelector("td:nth-child(4) a")).click();
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    assertTrue(driver.getCurrentUrl().matches(".*/events/\\d+"), driver.getCurrentUrl());
    assertEquals("The 2 reports", text("#h-reports"));
    waiting().until(d -> d.findElements(By.cssSelector("article.report .text mark")).size() == 2);
    List<WebElement> marks = driver.findElements(By.cssSelector("article.report .text mark"));
    assertEquals("Norway's Minister of Foreign Affairs Ola Nordmann spoke by telephone", marks.get(0).getText());
    assertEquals("Jane Mwangi held a telephone conversation with Ola Nordmann", marks.get(1).getText());
    assertTrue(text("article.report:nth-of-type(2) .why").contains("oslo-nairobi-call"));
    shot("test-event");
    assertCleanConsole();
    assertTrue(text("dl.facts").contains("Jane Mwangi"));
    driver.findElement(By.linkText("Jane Mwangi")).click();
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Jane Mwangi"));
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    assertTrue(text("section[aria-labelledby=h-off]").contains("Cabinet Secretary"));
    assertEquals(1, driver.findElements(By.cssSelector(".chart circle")).size());
  }

  @Test
  void theConsoleCheckSeesErrors() {
    open("/events/99999");
    assertEquals("Not found", text("h1"));
    List<org.openqa.selenium.logging.LogEntry> log = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll();
    assertTrue(log.stream().anyMatch(e -> e.getMessage().contains("404")), "the failed request is in the console: " + log);
  }

  @Test
  void uploadedDocumentWithScriptAndOnerrorIsShownAsText() throws Exception {
    String hostile = "Ministers met in Oslo <script>window.__pwned = 1;</script> and looked at <img src=x onerror=\"window.__pwned = 2\">"
        + " a photograph.\nThe <b>talks</b> went on.";
    Path file = dir.resolve("hostile notes.txt");
    Files.writeString(file, hostile, StandardCharsets.UTF_8);
    open("/upload");
    driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.doc-link")));
    assertEquals("100", driver.findElement(By.cssSelector(".upload-item progress")).getDomProperty("value"));
    assertTrue(text(".upload-item").contains("1 events"), text(".upload-item"));
    shot("test-upload");
    link.click();
    waiting().until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    assertEquals("hostile-notes", text("h1"));
    String shown = text("#repaired");
    assertTrue(shown.contains("<script>window.__pwned = 1;</script>"), shown);
    assertTrue(shown.contains("<img src=x onerror=\"window.__pwned = 2\">"), shown);
    assertTrue(text("#raw").contains("<b>talks</b>"), "the raw text is the kept upload, as text");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    assertEquals(Boolean.TRUE, js.executeScript("return window.__pwned === undefined"));
    assertEquals(0L, js.executeScript("return document.querySelectorAll('main script, main img, main b').length"));
    assertEquals(1, driver.findElements(By.cssSelector("#repaired mark")).size(), "the event's evidence is marked");
    shot("test-hostile-document");
    assertCleanConsole();
  }
}
