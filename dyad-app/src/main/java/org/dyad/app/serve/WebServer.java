package org.dyad.app.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dyad.store.Browse;
import org.dyad.store.Store;
import org.dyad.store.StoreException;

/**
 * The {@code dyad serve} server: the REST API under {@code /api} and the web application's pages,
 * over one store. Start it with {@link #start}, stop it with {@link #close}.
 */
public final class WebServer implements AutoCloseable {
  /** The strict policy every answer carries: scripts and styles from this server only, no inline script. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** The pages of the web application: each is the same shell, which draws the page from the API. */
  static final List<String> PAGES =
      List.of("/", "/events", "/events/{id}", "/actors", "/actors/{actor}", "/documents", "/documents/{doc}", "/search", "/upload", "/api-docs");

  /**
   * How the server runs.
   *
   * @param host the address to bind (127.0.0.1 unless told otherwise)
   * @param port the port, 0 for any free one
   * @param maxUploadBytes the largest upload accepted (413 beyond)
   * @param ratePerSecond requests a second each client may make to the API, on average
   * @param rateBurst requests a client may make at once before the rate applies
   * @param uploadsDir where uploaded files are kept by content hash, or {@code null} to keep none
   * @param readers connections that answer reads in parallel (writes take one more)
   * @param extractions uploads extracted at once
   * @param loadExtractorNow whether the extractor loads in the background from the start (else on
   *     the first upload)
   */
  public record Options(
      String host, int port, long maxUploadBytes, double ratePerSecond, int rateBurst, Path uploadsDir, int readers, int extractions,
      boolean loadExtractorNow) {
    public Options {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, not " + port);
      }
      if (maxUploadBytes < 1 || readers < 1 || extractions < 1) {
        throw new IllegalArgumentException("upload size, readers and extractions must be positive");
      }
    }

    /** 127.0.0.1:8080, uploads up to 20 MB, 50 requests a second (bursts of 200), two readers. */
    public static Options defaults() {
      return new Options("127.0.0.1", 8080, 20L << 20, 50, 200, null, 2, 1, true);
    }
  }

  /** A connection to the store for reads, with its reader of documents, events and actors. */
  record Reader(Store store, Browse browse) {}

  /** One connection for writes and a few for reads, taken in turn. */
  static final class Stores implements AutoCloseable {
    private final Store writer;
    private final List<Reader> readers = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    Stores(String db, int readers) {
      this.writer = Store.open(db);
      try {
        for (int i = 0; i < readers; i++) {
          Store s = Store.open(db);
          this.readers.add(new Reader(s, new Browse(s)));
        }
      } catch (RuntimeException e) {
        close();
        throw e;
      }
    }

    Store writer() {
      return writer;
    }

    Reader reader() {
      return readers.get(Math.floorMod(next.getAndIncrement(), readers.size()));
    }

    @Override
    public void close() {
      for (Reader r : readers) {
        r.store().close();
      }
      writer.close();
    }
  }

  private final Javalin app;
  private final Stores stores;
  private final String host;

  private WebServer(Javalin app, Stores stores, String host) {
    this.app = app;
    this.stores = stores;
    this.host = host;
  }

  /**
   * Opens the store and starts serving.
   *
   * @param db the store, as for {@link Store#open}
   * @param extraction makes the extractor for uploads (called once, on a background thread)
   * @param version the version the status endpoint reports
   * @throws StoreException when the store cannot be opened
   * @throws IllegalStateException when the server cannot start (the port is taken)
   */
  public static WebServer start(String db, Options o, Supplier<Extraction> extraction, String version) {
    Stores stores = new Stores(db, o.readers());
    try {
      ExtractorLoader loader = new ExtractorLoader(extraction);
      Uploads uploads = new Uploads(stores, loader, o.maxUploadBytes(), o.uploadsDir(), o.extractions());
      Api api = new Api(stores, uploads, loader, version);
      RateLimit limit = new RateLimit(o.ratePerSecond(), o.rateBurst());
      Map<String, Assets.Asset> assets = Assets.load();
      Javalin app = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = o.maxUploadBytes() + (1 << 20);
        config.jetty.multipartConfig.maxFileSize(o.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(o.maxUploadBytes() + (1 << 20), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.jetty.modifyServer(server -> server.setStopTimeout(2000));
        var r = config.routes;
        r.before(ctx -> {
          ctx.header("Content-Security-Policy", CSP);
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Referrer-Policy", "no-referrer");
          ctx.header("X-Frame-Options", "DENY");
          ctx.header("Cross-Origin-Opener-Policy", "same-origin");
          ctx.header("Cache-Control", "no-cache");
        });
        r.before("/api/*", ctx -> {
          long wait = limit.take(ctx.ip());
          if (wait > 0) {
            throw new ApiError(429, "too many requests; try again in " + wait + " s", wait);
          }
        });
        r.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.retryAfterSeconds()));
        r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), 0));
        r.exception(StoreException.class, (e, ctx) -> error(ctx, 500, e.getMessage(), 0));
        r.exception(Exception.class, (e, ctx) -> {
          System.err.println("dyad: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
          error(ctx, 500, "internal error: " + e.getClass().getSimpleName(), 0);
        });
        r.get("/api/status", api::status);
        r.get("/api/openapi.json", ctx -> assets.get("openapi.json").send(ctx));
        r.get("/api/documents", api::documents);
        r.post("/api/documents", api::upload);
        r.get("/api/documents/{doc}", api::document);
        r.get("/api/events", api::events);
        r.get("/api/events/{id}", api::event);
        r.get("/api/actors", api::actors);
        r.get("/api/actors/{actor}", api::actor);
        r.get("/api/search", api::search);
        r.get("/api/countries", api::countries);
        r.get("/api/pairs/{a}/{b}", api::pair);
        r.get("/api/export/{format}", api::export);
        r.get("/api/*", ctx -> {
          throw ApiError.notFound("no such API path: " + ctx.path() + " (see /api/openapi.json)");
        });
        r.post("/api/*", ctx -> {
          throw new ApiError(405, "only POST /api/documents takes a body");
        });
        for (String page : PAGES) {
          r.get(page, ctx -> assets.get("index.html").send(ctx));
        }
        r.get("/static/{name}", ctx -> {
          Assets.Asset a = assets.get(ctx.pathParam("name"));
          if (a == null || a.name().equals("index.html")) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("not found");
            return;
          }
          a.send(ctx);
        });
        r.get("/*", ctx -> ctx.status(404).contentType("text/plain; charset=utf-8").result("not found"));
      });
      app.start(o.host(), o.port());
      if (o.loadExtractorNow()) {
        loader.start();
      }
      return new WebServer(app, stores, o.host());
    } catch (RuntimeException e) {
      stores.close();
      throw e;
    }
  }

  private static void error(Context ctx, int status, String message, long retryAfter) {
    ObjectNode n = Json.object();
    ObjectNode e = n.putObject("error");
    e.put("status", status);
    e.put("message", message);
    if (retryAfter > 0) {
      ctx.header("Retry-After", Long.toString(retryAfter));
    }
    if (status == 413) {
      // the rest of the body is not read: the client must not send its next request on this connection
      ctx.header("Connection", "close");
    }
    Api.json(ctx, status, n);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    if ("0.0.0.0".equals(host) || "[::]".equals(h)) {
      h = "127.0.0.1";
    }
    return "http://" + h + ":" + port() + "/";
  }

  /** Stops serving and closes the store. */
  @Override
  public void close() {
    try {
      app.stop();
    } finally {
      stores.close();
    }
  }

  /** The web application's files, read once from the classpath; nothing else is served as a file. */
  static final class Assets {
    private static final List<String> FILES = List.of("index.html", "app.css", "app.js", "openapi.json", "favicon.svg");

    record Asset(String name, byte[] bytes, String type) {
      void send(Context ctx) {
        ctx.contentType(type).result(bytes);
      }
    }

    static Map<String, Asset> load() {
      Map<String, Asset> out = new java.util.HashMap<>();
      for (String f : FILES) {
        try (InputStream in = WebServer.class.getResourceAsStream("web/" + f)) {
          if (in == null) {
            throw new IllegalStateException("missing resource web/" + f);
          }
          out.put(f, new Asset(f, in.readAllBytes(), type(f)));
        } catch (IOException e) {
          throw new IllegalStateException("cannot read resource web/" + f, e);
        }
      }
      return Map.copyOf(out);
    }

    private static String type(String f) {
      if (f.endsWith(".html")) {
        return "text/html; charset=utf-8";
      }
      if (f.endsWith(".css")) {
        return "text/css; charset=utf-8";
      }
      if (f.endsWith(".js")) {
        return "text/javascript; charset=utf-8";
      }
      if (f.endsWith(".svg")) {
        return "image/svg+xml";
      }
      return "application/json; charset=utf-8";
    }
  }
}
