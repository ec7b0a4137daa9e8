package org.dyad.store;

/** The two databases the store runs on, and where their scripts live. */
enum Dialect {
  SQLITE,
  POSTGRESQL;

  String dir() {
    return this == SQLITE ? "sqlite" : "postgresql";
  }
}
