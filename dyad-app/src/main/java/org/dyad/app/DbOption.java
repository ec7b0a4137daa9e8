package org.dyad.app;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the commands that use the store. */
final class DbOption {
  @Option(
      names = "--db",
      paramLabel = "DB",
      description = "The store: a SQLite file (default " + Store.DEFAULT_DB + ") or a postgresql://user:pass@host:port/db URL.")
  String db;

  /** Opens the store, creating it when needed. */
  Store open() throws AppException {
    try {
      return Store.open(db);
    } catch (StoreException e) {
      throw new AppException(e.getMessage(), Main.FAILURE);
    }
  }

  /** Opens a store that must exist already: a query on a store never ingested into is a mistake. */
  Store openExisting() throws AppException {
    String where = db == null || db.isBlank() ? Store.DEFAULT_DB : db.strip();
    if (!where.contains("://") && !where.startsWith("jdbc:") && !Files.exists(Path.of(where))) {
      throw new AppException(where + ": no store here; run 'dyad ingest' first (or give --db)", Main.FAILURE);
    }
    return open();
  }
}
