package org.dyad.model;

/**
 * What a document says about itself outside its text: the metadata of a web page (meta tags,
 * structured data) or of a feed entry. Written into the record as the extra {@code source} object.
 * Every field may be {@code null}.
 *
 * @param url the canonical URL (or the URL the document was fetched from)
 * @param title the headline
 * @param published the publication day as {@code YYYY-MM-DD}; it takes precedence over dates read
 *     from the text
 * @param author the author or authors, as given
 */
public record SourceInfo(String url, String title, String published, String author) implements java.io.Serializable {
  /** No metadata at all. */
  public static final SourceInfo NONE = new SourceInfo(null, null, null, null);

  public SourceInfo {
    url = blankToNull(url);
    title = blankToNull(title);
    published = blankToNull(published);
    author = blankToNull(author);
    if (published != null && !published.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException("published must be YYYY-MM-DD, not " + published);
    }
  }

  /** Whether no field is known. */
  public boolean isEmpty() {
    return url == null && title == null && published == null && author == null;
  }

  /** This metadata, with the fields it lacks taken from {@code other}. */
  public SourceInfo orElse(SourceInfo other) {
    if (other == null) {
      return this;
    }
    return new SourceInfo(
        url != null ? url : other.url,
        title != null ? title : other.title,
        published != null ? published : other.published,
        author != null ? author : other.author);
  }

  private static String blankToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip().replaceAll("\\s+", " ");
    return t.isEmpty() ? null : t;
  }
}
