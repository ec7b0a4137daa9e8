package org.dyad.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteBrowseTest extends BrowseContract {
  @TempDir Path dir;
  private int n;

  @Override
  String newDb() {
    return dir.resolve("store" + ++n + ".db").toString();
  }
}
