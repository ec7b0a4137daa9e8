package org.dyad.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests, started from Debian's binaries
 * ({@code /usr/lib/postgresql/N/bin}) in a temporary directory on a free loopback port, once per
 * JVM, and stopped when the JVM exits. initdb refuses to run as root, so as root the server runs
 * as the {@code postgres} user.
 */
final class PgServer {
  private static PgServer instance;
  private static String unavailable;

  private final Path dir;
  private final int port;
  private final AtomicInteger databases = new AtomicInteger();

  private PgServer(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** The running server, or {@code null} when none can be started; see {@link #whyUnavailable}. */
  static synchronized PgServer get() {
    if (instance == null && unavailable == null) {
      try {
        instance = start();
      } catch (IOException | InterruptedException | RuntimeException e) {
        unavailable = "cannot start PostgreSQL: " + e.getMessage();
      }
    }
    return instance;
  }

  static synchronized String whyUnavailable() {
    return unavailable;
  }

  /** A new, empty database on the server, as a {@code postgresql://} URL. */
  String newDatabase() throws SQLException {
    String name = "dyad_test_" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=dyad");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return "postgresql://dyad@127.0.0.1:" + port + "/" + name;
  }

  private static PgServer start() throws IOException, InterruptedException {
    Path bin = binaries();
    if (bin == null) {
      unavailable = "no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)";
      return null;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("dyad-pg");
    if (root) {
      run(List.of("chown", "postgres:postgres", dir.toString()), false);
    }
    Path data = dir.resolve("data");
    run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-A", "trust", "-U", "dyad", "-E", "UTF8", "--no-locale"), root);
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String opts = "-c listen_addresses=127.0.0.1 -p " + port + " -k " + dir + " -c fsync=off";
    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(), "-w", "-o", opts, "start"), root);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"), root);
                    try (Stream<Path> s = Files.walk(dir)) {
                      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                  } catch (IOException | InterruptedException e) {
                    // the JVM is exiting; a leftover temp directory is all that is lost
                  }
                }));
    return new PgServer(dir, port);
  }

  private static Path binaries() throws IOException {
    Path base = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(base)) {
      return null;
    }
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(base)) {
      for (Path v : ds) {
        if (Files.isExecutable(v.resolve("bin/initdb"))) {
          found.add(v.resolve("bin"));
        }
      }
    }
    // the newest major version: directory names are version numbers
    found.sort(Comparator.comparingInt(p -> version(p.getParent().getFileName().toString())));
    return found.isEmpty() ? null : found.get(found.size() - 1);
  }

  private static int version(String dirName) {
    return dirName.matches("\\d+") ? Integer.parseInt(dirName) : 0;
  }

  private static void run(List<String> cmd, boolean asPostgres) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (asPostgres) {
      full.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    full.addAll(cmd);
    Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(String.join(" ", cmd) + " failed: " + new String(out, StandardCharsets.UTF_8).strip());
    }
  }
}
