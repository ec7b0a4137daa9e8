package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dyad.model.SourceInfo;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {
  static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="en"><head>
      <meta charset="utf-8">
      <title>Ministers meet in Hanoi | Daily Wire Service</title>
      <link rel="canonical" href="https://news.example.org/2023/06/ministers-meet">
      <meta property="og:title" content="Viet Nam and Korea sign minerals MoU">
      <meta property="article:published_time" content="2023-06-22T09:30:00+07:00">
      <meta name="author" content="Tran Thi Mai">
      <style>body { font-family: serif; }</style>
      <script>window.dataLayer = [{"page": "article"}]; function track() { return "Exit mobile version"; }</script>
      </head><body>
      <header class="site-header"><a href="/">Daily Wire Service</a>
        <nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      </header>
      <h1>Viet Nam and Korea sign minerals MoU</h1>
      <article>
        <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <p>Ha Noi, 21 June 2023 - Viet Nam's Minister of Planning and Investment met his Korean
        counterpart in Seoul on Wednesday.</p>
        <p>The two ministers signed a <b>Memorandum of Understanding</b> on cooperation in supply
        chains for critical minerals.</p>
        <ul class="related-links"><li><a href="/a">Korea eyes ASEAN minerals</a></li><li><a href="/b">Ha Noi hosts forum</a></li></ul>
        <form action="/subscribe"><input type="email" placeholder="Your e-mail"><button>Subscribe to our newsletter</button></form>
      </article>
      <aside><h3>Most read</h3><p>Storm hits the coast of Japan again this week.</p></aside>
      <footer><p>Copyright 2023 Daily Wire Service. All rights reserved.</p></footer>
      <script>track();</script>
      </body></html>
      """;

  @Test
  void mainContentWithoutNavigationScriptsOrBoilerplate() throws UnreadableException {
    HtmlReader.Page page = HtmlReader.read(PAGE.getBytes(StandardCharsets.UTF_8), null);
    String text = page.text();
    assertEquals(
        "Viet Nam and Korea sign minerals MoU\n\n"
            + "Ha Noi, 21 June 2023 - Viet Nam's Minister of Planning and Investment met his Korean counterpart in"
            + " Seoul on Wednesday.\n\n"
            + "The two ministers signed a Memorandum of Understanding on cooperation in supply chains for critical"
            + " minerals.",
        text);
    for (String junk :
        new String[] {"World", "Business", "dataLayer", "Exit mobile", "font-family", "Share on", "Korea eyes", "Subscribe",
            "Most read", "Storm", "Copyright", "Daily Wire"}) {
      assertFalse(text.contains(junk), junk + " in: " + text);
    }
  }

  @Test
  void metadataFromMetaTags() throws UnreadableException {
    SourceInfo info = HtmlReader.read(PAGE.getBytes(StandardCharsets.UTF_8), null).info();
    assertEquals(
        new SourceInfo(
            "https://news.example.org/2023/06/ministers-meet", "Viet Nam and Korea sign minerals MoU", "2023-06-22",
            "Tran Thi Mai"),
        info);
  }

  @Test
  void metadataFromJsonLdAndTimeElements() throws UnreadableException {
    String html =
        """
        <html><head><title>Press release</title>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "url": "https://mofa.example.gov/"},
          {"@type": "NewsArticle", "headline": "Foreign Minister receives Ambassador",
           "datePublished": "2021-05-04T14:05:00+05:30", "url": "https://mofa.example.gov/press/123",
           "author": [{"@type": "Person", "name": "Press Office"}]}]}
        </script></head>
        <body><div id="content"><p>The Foreign Minister received the Ambassador of Japan today.</p>
        <p>They discussed cooperation in health.</p><time datetime="2019-01-01">old</time></div></body></html>
        """;
    HtmlReader.Page page = HtmlReader.read(html.getBytes(StandardCharsets.UTF_8), null);
    assertEquals(
        new SourceInfo("https://mofa.example.gov/press/123", "Foreign Minister receives Ambassador", "2021-05-04", "Press Office"),
        page.info());
    assertTrue(page.text().startsWith("The Foreign Minister received"), page.text());

    String onlyTime = "<html><body><article><p>Talks were held.</p><time datetime=\"2020-03-16T08:00\">16 March</time></article></body></html>";
    assertEquals("2020-03-16", HtmlReader.read(onlyTime.getBytes(StandardCharsets.UTF_8), null).info().published());
    // a time beside the article (another story's) is no publication date
    String sidebarTime =
        "<html><body><article><p>Talks were held.</p></article><aside><time datetime=\"2019-01-01\">1 Jan</time></aside></body></html>";
    assertEquals(null, HtmlReader.read(sidebarTime.getBytes(StandardCharsets.UTF_8), null).info().published());
  }

  @Test
  void publicationDayForms() {
    assertEquals("2023-06-22", HtmlReader.day("2023-06-22T23:30:00-05:00"));
    assertEquals("2023-06-22", HtmlReader.day("Thu, 22 Jun 2023 09:30:00 GMT"));
    assertEquals("2023-06-22", HtmlReader.day("22 June 2023"));
    assertEquals("2023-06-22", HtmlReader.day("Thursday, June 22nd, 2023"));
    assertEquals("2023-09-05", HtmlReader.day("Sept 5, 2023"));
    assertEquals(null, HtmlReader.day("2023-02-30"));
    assertEquals(null, HtmlReader.day("yesterday"));
  }

  @Test
  void legacyCharsetDeclaredInThePage() throws UnreadableException {
    String html = "<html><head><meta charset=\"windows-1252\"></head><body><p>\u201cWe agreed,\u201d the Minister said \u2013 in Bras\u00edlia.</p></body></html>";
    HtmlReader.Page page = HtmlReader.read(html.getBytes(Charset.forName("windows-1252")), null);
    assertEquals("\u201cWe agreed,\u201d the Minister said \u2013 in Bras\u00edlia.", page.text());
  }

  @Test
  void pageWithoutSemanticMarkupKeepsTheParagraphBlock() throws UnreadableException {
    String html =
        "<html><body><div class=\"top\"><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/about\">About us</a></div>"
            + "<div class=\"wrap\"><div class=\"body\"><p>First paragraph of the statement on the visit.</p>"
            + "<p>Second paragraph, with the signing of two agreements.</p></div></div>"
            + "<div class=\"bottom\">Contact: press@example.gov</div></body></html>";
    assertEquals(
        "First paragraph of the statement on the visit.\n\nSecond paragraph, with the signing of two agreements.",
        HtmlReader.read(html.getBytes(StandardCharsets.UTF_8), null).text());
  }
}
