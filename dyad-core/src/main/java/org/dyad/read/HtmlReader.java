package org.dyad.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.SourceInfo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the main content of a web page with jsoup: the article (or main element, or the block
 * holding most paragraph text), without navigation, scripts, styles, headers and footers, asides,
 * forms, share buttons and lists of related links; one paragraph per block element, separated by
 * blank lines. Title, publication day, author and canonical URL come from meta tags
 * (Open Graph, {@code article:published_time}, Dublin Core), JSON-LD structured data and
 * {@code <time>} elements.
 */
public final class HtmlReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})");
  /** Tags that are never content. */
  private static final String DROP_TAGS =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, canvas, button, select,"
          + " input, textarea, label, figure, picture, img, video, audio, object, embed, dialog, menu";
  private static final String DROP_ROLES =
      "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog],"
          + " [aria-hidden=true], [hidden]";
  /** Class or id words of boilerplate blocks. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|side-bar|footer|masthead|related|recommended|"
              + "more-stories|read-more|share|sharing|social|comments?|cookies?|consent|advert\\w*|ads?|sponsored|promo|"
              + "newsletter|subscribe|subscription|widget|popup|modal|banner|tags|tag-list|pagination|pager|"
              + "print|skip|author-bio|byline-share|caption|credit)($|[\\s_-])",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
          "dd", "blockquote", "pre", "table", "tr", "td", "th", "address", "center", "hr", "figcaption", "details",
          "summary");

  private HtmlReader() {}

  /** A page's text and metadata. */
  public record Page(String text, SourceInfo info) {}

  /**
   * Reads a page from its bytes, in the charset its byte order mark or {@code <meta charset>}
   * declares, else the one {@link TextDecoder} detects.
   *
   * @param baseUrl the URL the page came from, for relative links, or {@code null}
   */
  public static Page read(byte[] bytes, String baseUrl) throws UnreadableException {
    String base = baseUrl == null ? "" : baseUrl;
    Document doc;
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    boolean bom = bytes.length >= 2 && ((bytes[0] & 0xff) >= 0xef || bytes[0] == 0 && bytes[1] == 0);
    if (m.find() && !bom) {
      try {
        doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, base);
      } catch (IOException e) {
        throw new UnreadableException("cannot read HTML (" + e.getMessage() + ")");
      }
    } else {
      doc = Jsoup.parse(TextDecoder.decode(bytes).text(), base);
    }
    return read(doc);
  }

  /** Reads a parsed page. */
  public static Page read(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return new Page("", metadata(doc, null));
    }
    Element content = mainContent(body);
    SourceInfo info = metadata(doc, content);
    Element work = content.clone();
    clean(work);
    String text = render(work);
    String headline = work.selectFirst("h1") == null ? headline(doc) : null;
    if (headline != null && !text.startsWith(headline)) {
      text = text.isEmpty() ? headline : headline + "\n\n" + text;
    }
    return new Page(text, info);
  }

  /** The headline outside the content: the page's first h1. */
  private static String headline(Document doc) {
    Element h1 = doc.body().selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    return null;
  }

  private static Element mainContent(Element body) {
    for (String sel : new String[] {"[itemprop=articleBody]", "article", "main", "[role=main]"}) {
      Element best = null;
      int bestText = 0;
      for (Element e : body.select(sel)) {
        if (tooDeep(e, body)) {
          continue;
        }
        int text = paragraphText(e);
        if (best == null || text > bestText) {
          best = e;
          bestText = text;
        }
      }
      if (best != null && bestText > 0) {
        return best;
      }
    }
    // no semantic markup: the element whose own paragraphs hold the most text
    java.util.Map<Element, Integer> score = new java.util.HashMap<>();
    for (Element p : body.select("p, pre, blockquote")) {
      if (tooDeep(p, body)) {
        continue;
      }
      int len = p.text().length();
      Element parent = p.parent();
      if (parent != null && len > 0) {
        score.merge(parent, len, Integer::sum);
        if (parent.parent() != null) {
          score.merge(parent.parent(), len / 2, Integer::sum);
        }
      }
    }
    Element top = body;
    int topScore = 0;
    for (var e : score.entrySet()) {
      if (e.getValue() > topScore) {
        top = e.getKey();
        topScore = e.getValue();
      }
    }
    return top;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n == 0 ? e.text().length() / 4 : n;
  }

  /**
   * Elements nested this deep below the content are not looked at as content or boilerplate:
   * each look reads the element's whole subtree, so looking at every element of a page nested
   * thousands deep took time quadratic in its length (found by ReadersFuzzTest). Real pages nest
   * a few dozen deep.
   */
  private static final int MAX_DEPTH = 64;

  private static boolean tooDeep(Element e, Element root) {
    int depth = 0;
    for (Element p = e; p != null && p != root; p = p.parent()) {
      if (++depth > MAX_DEPTH) {
        return true;
      }
    }
    return false;
  }

  /** Removes boilerplate below the content element. */
  private static void clean(Element root) {
    root.select(DROP_TAGS).remove();
    root.select(DROP_ROLES).remove();
    List<Element> drop = new ArrayList<>();
    int total = root.text().length();
    for (Element e : root.getAllElements()) {
      if (e == root || tooDeep(e, root)) {
        continue;
      }
      String words = e.className() + " " + e.id();
      // a wrapper named after a feature ("has-share-buttons") that holds most of the text stays
      if (!words.isBlank() && BOILERPLATE.matcher(words).find() && e.text().length() < total / 2) {
        drop.add(e);
      } else if (e.nameIs("ul") || e.nameIs("ol") || e.nameIs("div") || e.nameIs("section") || e.nameIs("p")) {
        // lists of links (related stories, tags) and "Read more: ..." paragraphs
        int all = e.text().length();
        int links = 0;
        for (Element a : e.select("a")) {
          links += a.text().length();
        }
        if (all > 0 && links >= 0.6 * all && (!e.nameIs("p") || links == all)) {
          drop.add(e);
        }
      }
    }
    for (Element e : drop) {
      e.remove();
    }
  }

  /** The text of an element: inline text joined with single spaces, one paragraph per block. */
  private static String render(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              Element parent = t.parentElement();
              boolean pre = parent != null && parent.closest("pre") != null;
              if (!pre) {
                s = s.replaceAll("[\\s\\u00a0]+", " ");
                if (s.startsWith(" ") && (sb.length() == 0 || Character.isWhitespace(sb.charAt(sb.length() - 1)))) {
                  s = s.substring(1);
                }
              }
              sb.append(s);
            } else if (node instanceof Element e) {
              if (e.nameIs("br")) {
                trimEnd(sb);
                sb.append('\n');
              } else if (e.nameIs("li") || e.nameIs("tr") || e.nameIs("dt") || e.nameIs("dd")) {
                breakLine(sb, false);
              } else if (BLOCKS.contains(e.normalName())) {
                breakLine(sb, true);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e.nameIs("td") || e.nameIs("th")) {
                sb.append(' ');
              } else if (e.nameIs("li") || e.nameIs("tr") || e.nameIs("dt") || e.nameIs("dd")) {
                breakLine(sb, false);
              } else if (BLOCKS.contains(e.normalName())) {
                breakLine(sb, true);
              }
            }
          }
        },
        root);
    StringBuilder out = new StringBuilder();
    for (String line : sb.toString().split("\n", -1)) {
      out.append(line.strip()).append('\n');
    }
    return out.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  private static void trimEnd(StringBuilder sb) {
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
      sb.setLength(sb.length() - 1);
    }
  }

  /** Ends the current line; with {@code paragraph}, leaves a blank line. */
  private static void breakLine(StringBuilder sb, boolean paragraph) {
    trimEnd(sb);
    if (sb.length() == 0) {
      return;
    }
    if (sb.charAt(sb.length() - 1) != '\n') {
      sb.append('\n');
    }
    if (paragraph && (sb.length() < 2 || sb.charAt(sb.length() - 2) != '\n')) {
      sb.append('\n');
    }
  }

  // ---------------------------------------------------------------- metadata

  /**
   * Title, publication day, author and canonical URL from meta tags, JSON-LD and time elements
   * (those of the article only: a sidebar's times are other stories').
   */
  static SourceInfo metadata(Document doc, Element content) {
    List<JsonNode> ld = jsonLd(doc);
    String url = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"), ldText(ld, "url"), ldId(ld));
    String title =
        first(meta(doc, "og:title"), meta(doc, "twitter:title"), ldText(ld, "headline"), meta(doc, "dc.title"),
            text(doc, "h1"), doc.title());
    String published =
        first(
            day(meta(doc, "article:published_time")),
            day(meta(doc, "og:published_time")),
            day(ldText(ld, "datePublished")),
            day(attr(doc, "[itemprop=datePublished]", "content")),
            day(attr(doc, "[itemprop=datePublished]", "datetime")),
            day(meta(doc, "dc.date.issued")),
            day(meta(doc, "dc.date")),
            day(meta(doc, "dcterms.created")),
            day(meta(doc, "date")),
            day(meta(doc, "pubdate")),
            day(meta(doc, "publish-date")),
            day(meta(doc, "sailthru.date")),
            day(attr(doc, "time[pubdate]", "datetime")),
            day(attr(doc, "article time[datetime]", "datetime")),
            content == null ? null : day(attr(content, "time[datetime]", "datetime")));
    String author =
        first(meta(doc, "author"), ldAuthor(ld), meta(doc, "dc.creator"), text(doc, "[rel=author]"),
            text(doc, "[itemprop=author]"), nonUrl(meta(doc, "article:author")));
    return new SourceInfo(url, title, published, author);
  }

  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[property], meta[name], meta[itemprop]")) {
      String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
        return m.attr("content");
      }
    }
    return null;
  }

  private static String attr(Element root, String css, String attr) {
    for (Element e : root.select(css)) {
      String v = e.attr(attr);
      if (!v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String text(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : e.text();
  }

  private static String nonUrl(String s) {
    return s == null || s.startsWith("http") ? null : s;
  }

  /** Written-out forms of a publication date in meta tags and feeds, tried in order. */
  private static final List<DateTimeFormatter> DAY_FORMATS =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT),
          DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT));

  /**
   * The day of a publication date: an ISO date or date-time ({@code 2023-06-22T09:30+07:00}, its
   * local day), an RFC 1123 date ({@code Thu, 22 Jun 2023 09:30:00 GMT}) or an English date
   * ({@code 22 June 2023}, {@code June 22, 2023}); {@code null} for anything else.
   */
  static String day(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = ISO_DAY.matcher(s);
    if (m.find()) {
      try {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
      } catch (DateTimeException e) {
        return null;
      }
    }
    String t = s.strip().replaceAll("\\s+", " ").replaceAll("(?<=\\d)(st|nd|rd|th)\\b", "").replace("Sept ", "Sep ");
    for (DateTimeFormatter f : DAY_FORMATS) {
      try {
        String d = LocalDate.from(f.parse(f == DateTimeFormatter.RFC_1123_DATE_TIME ? t : t.replaceAll("^\\p{L}+day, ", ""))).toString();
        return d.matches("\\d{4}-\\d{2}-\\d{2}") ? d : null;
      } catch (DateTimeException e) {
        // the next form
      }
    }
    return null;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null && !(v instanceof String s && s.isBlank())) {
        return v;
      }
    }
    return null;
  }

  /** The JSON-LD objects of the page, {@code @graph} members included. */
  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(s.data()), out);
      } catch (IOException | RuntimeException e) {
        // broken structured data is ignored: the page is still read
      }
    }
    // articles first: a page's WebSite or Organization object also has a url
    out.sort((a, b) -> Boolean.compare(!isArticle(a), !isArticle(b)));
    return out;
  }

  private static boolean isArticle(JsonNode n) {
    String t = n.path("@type").isArray() ? n.path("@type").toString() : n.path("@type").asText("");
    return t.toLowerCase(Locale.ROOT).contains("article") || t.contains("Posting") || t.contains("Report");
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(x -> collect(x, out));
    } else if (n.isObject()) {
      out.add(n);
      collect(n.get("@graph"), out);
    }
  }

  private static String ldText(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank() && (isArticle(n) || !field.equals("url"))) {
        return v.asText();
      }
    }
    return null;
  }

  private static String ldId(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode m = n.get("mainEntityOfPage");
      if (m != null && m.isTextual()) {
        return m.asText();
      }
      if (m != null && m.has("@id")) {
        return m.get("@id").asText();
      }
    }
    return null;
  }

  private static String ldAuthor(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.get("author");
      if (a == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (JsonNode x : a.isArray() ? a : List.of(a)) {
        String name = x.isTextual() ? x.asText() : x.path("name").asText("");
        if (!name.isBlank()) {
          names.add(name.strip());
        }
      }
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    return null;
  }
}
