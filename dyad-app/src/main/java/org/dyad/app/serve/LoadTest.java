package org.dyad.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on a {@code dyad serve} on this machine: clients that search, query events and
 * upload documents at once, until a number of requests or a time is reached. Reports requests a
 * second and p50/p99 latency per kind, the errors, and whether every upload was stored.
 */
public final class LoadTest {
  /**
   * What to run.
   *
   * @param base the server, e.g. {@code http://127.0.0.1:8080} (loopback only)
   * @param clients requests under way at once
   * @param requests searches and event queries in all, at most
   * @param seconds the longest the run takes, uploads included
   * @param uploads documents uploaded in all (each a new text), spread over the run
   * @param seed for the choice of queries, so that two runs ask the same
   */
  public record Plan(String base, int clients, int requests, int seconds, int uploads, long seed) {
    public Plan {
      if (clients < 1 || requests < 0 || seconds < 1 || uploads < 0) {
        throw new IllegalArgumentException("clients and seconds must be positive, requests and uploads not negative");
      }
      base = base.replaceAll("/+$", "");
    }
  }

  /** Latencies of one kind of request. */
  public static final class Kind {
    final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger errors = new AtomicInteger();
    final AtomicInteger limited = new AtomicInteger();

    /** Requests answered with success. */
    public int ok() {
      return nanos.size();
    }

    public int errors() {
      return errors.get();
    }

    /** Requests refused by the rate limit (429). */
    public int limited() {
      return limited.get();
    }

    /** The latency at quantile {@code q} (0 to 1), in milliseconds. */
    public double quantileMillis(double q) {
      List<Long> s;
      synchronized (nanos) {
        s = new ArrayList<>(nanos);
      }
      if (s.isEmpty()) {
        return 0;
      }
      Collections.sort(s);
      int i = (int) Math.ceil(q * s.size()) - 1;
      return s.get(Math.max(0, Math.min(s.size() - 1, i))) / 1e6;
    }
  }

  /**
   * What a run measured.
   *
   * @param kinds by kind of request: search, events, event, upload
   * @param seconds how long the run took
   * @param lostUploads uploads answered as stored whose document the server then did not have
   */
  public record Result(Map<String, Kind> kinds, double seconds, int lostUploads) {
    public int errors() {
      return kinds.values().stream().mapToInt(Kind::errors).sum();
    }

    public int requests() {
      return kinds.values().stream().mapToInt(k -> k.ok() + k.errors() + k.limited()).sum();
    }
  }

  private static final String[] WORDS = {"minister", "agreement", "cooperation", "visit", "memorandum", "grant", "talks", "trade", "security",
      "energy", "relations", "signed", "meeting", "telephone", "aid", "development"};

  private LoadTest() {}

  /** Refuses any server that is not on this machine: a load goes to loopback only. */
  static void checkLoopback(String base) {
    URI u = URI.create(base);
    if (!"http".equals(u.getScheme()) || u.getHost() == null) {
      throw new IllegalArgumentException("the server must be an http://127.0.0.1:PORT address, not " + base);
    }
    try {
      for (InetAddress a : InetAddress.getAllByName(u.getHost())) {
        if (!a.isLoopbackAddress()) {
          throw new IllegalArgumentException(base + " is not on this machine (loopback only)");
        }
      }
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host in " + base, e);
    }
  }

  /** Runs the plan and returns what it measured; prints nothing. */
  public static Result run(Plan plan) throws InterruptedException {
    checkLoopback(plan.base());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    List<String> eventQueries = eventQueries(http, plan.base());
    Map<String, Kind> kinds = new LinkedHashMap<>();
    for (String k : List.of("search", "events", "event", "upload")) {
      kinds.put(k, new Kind());
    }
    long t0 = System.nanoTime();
    long deadline = t0 + TimeUnit.SECONDS.toNanos(plan.seconds());
    AtomicInteger reads = new AtomicInteger();
    AtomicInteger uploadsLeft = new AtomicInteger(plan.uploads());
    List<String> stored = Collections.synchronizedList(new ArrayList<>());
    long[] eventIds = ids(http, plan.base());
    ExecutorService pool = Executors.newFixedThreadPool(plan.clients());
    try {
      List<Future<?>> jobs = new ArrayList<>();
      for (int c = 0; c < plan.clients(); c++) {
        SplittableRandom rnd = new SplittableRandom(plan.seed() * 31 + c);
        boolean uploader = c == 0 && plan.uploads() > 0; // one client uploads, the others read
        jobs.add(pool.submit(() -> {
          while (System.nanoTime() < deadline) {
            if (uploader) {
              int n = uploadsLeft.getAndDecrement();
              if (n <= 0) {
                return null;
              }
              String name = "loadtest-" + plan.seed() + "-" + n;
              String text = "Capital City, 2 May 2024 - The foreign minister of the test republic met the visiting envoy number " + n
                  + " of run " + plan.seed() + " and they talked about " + WORDS[rnd.nextInt(WORDS.length)] + ".";
              HttpRequest req = HttpRequest.newBuilder(URI.create(plan.base() + "/api/documents?name=" + name + ".txt"))
                  .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
              String doc = send(http, req, kinds.get("upload"));
              if (doc != null) {
                JsonNode n2 = Json.parse(doc);
                stored.add(n2.path("doc").asText());
              }
              continue;
            }
            if (reads.getAndIncrement() >= plan.requests()) {
              return null;
            }
            int pick = rnd.nextInt(10);
            String kind;
            String path;
            if (pick < 4) {
              kind = "search";
              path = "/api/search?q=" + WORDS[rnd.nextInt(WORDS.length)] + (rnd.nextBoolean() ? "+" + WORDS[rnd.nextInt(WORDS.length)] : "");
            } else if (pick < 8 || eventIds.length == 0) {
              kind = "events";
              path = eventQueries.get(rnd.nextInt(eventQueries.size()));
            } else {
              kind = "event";
              path = "/api/events/" + eventIds[rnd.nextInt(eventIds.length)];
            }
            send(http, HttpRequest.newBuilder(URI.create(plan.base() + path)).timeout(Duration.ofSeconds(30)).build(), kinds.get(kind));
          }
          return null;
        }));
      }
      for (Future<?> f : jobs) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException("load client failed: " + e.getCause(), e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    int lost = 0;
    for (String doc : stored) {
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(plan.base() + "/api/documents/" + doc)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
          lost++;
        }
      } catch (java.io.IOException e) {
        lost++;
      }
    }
    return new Result(kinds, seconds, lost);
  }

  /** Sends one request, timing it; returns the body of a success, else {@code null}. */
  private static String send(HttpClient http, HttpRequest req, Kind kind) throws InterruptedException {
    long t = System.nanoTime();
    try {
      HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      long dt = System.nanoTime() - t;
      if (r.statusCode() == 429) {
        kind.limited.incrementAndGet();
        return null;
      }
      if (r.statusCode() >= 400) {
        kind.errors.incrementAndGet();
        return null;
      }
      kind.nanos.add(dt);
      return r.body();
    } catch (java.io.IOException e) {
      kind.errors.incrementAndGet();
      return null;
    }
  }

  private static List<String> eventQueries(HttpClient http, String base) throws InterruptedException {
    List<String> out = new ArrayList<>(List.of("/api/events?limit=50", "/api/events?type=AGREE", "/api/events?type=CONSULT&sort=-date",
        "/api/events?status=planned", "/api/events?from=2023-01-01&to=2024-12-31", "/api/countries"));
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/countries")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() == 200) {
        int n = 0;
        for (JsonNode p : Json.parse(r.body()).path("pairs")) {
          if (n++ >= 5) {
            break;
          }
          String a = p.path("countries").get(0).asText();
          String b = p.path("countries").get(1).asText();
          out.add("/api/events?countries=" + a + "," + b);
          out.add("/api/pairs/" + a + "/" + b);
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException("no server at " + base + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static long[] ids(HttpClient http, String base) throws InterruptedException {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events?limit=500")).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      List<Long> ids = new ArrayList<>();
      Json.parse(r.body()).path("items").forEach(e -> ids.add(e.path("id").asLong()));
      return ids.stream().mapToLong(Long::longValue).toArray();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("no server at " + base + ": " + e.getMessage(), e);
    }
  }

  /** The report: one row per kind, then the totals. */
  public static void print(Result r, PrintWriter out) {
    out.println(String.format(Locale.ROOT, "%-8s %8s %7s %8s %9s %9s %9s", "KIND", "OK", "ERRORS", "LIMITED", "REQ/S", "P50 MS", "P99 MS"));
    r.kinds().forEach((name, k) -> out.println(String.format(Locale.ROOT, "%-8s %8d %7d %8d %9.1f %9.1f %9.1f", name, k.ok(), k.errors(), k.limited(),
        k.ok() / r.seconds(), k.quantileMillis(0.5), k.quantileMillis(0.99))));
    out.println(String.format(Locale.ROOT, "%d requests in %.1f s: %.1f requests/s; %d errors; %d uploads lost", r.requests(), r.seconds(),
        r.requests() / r.seconds(), r.errors(), r.lostUploads()));
    out.flush();
  }
}
