-- Dyad store, version 1 (PostgreSQL). Dates are ISO strings, JSON columns hold FORMAT.md shapes.
CREATE TABLE documents (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc TEXT NOT NULL,
  source TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  date TEXT,
  topics TEXT NOT NULL,
  record TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX documents_doc ON documents (doc);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);
CREATE TABLE actors (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT NOT NULL,
  name TEXT NOT NULL,
  title TEXT,
  UNIQUE (name_key, kind, country)
);
CREATE TABLE document_actors (
  document_id BIGINT NOT NULL REFERENCES documents (id),
  actor_id BIGINT NOT NULL REFERENCES actors (id),
  title TEXT,
  PRIMARY KEY (document_id, actor_id)
);
CREATE INDEX document_actors_actor ON document_actors (actor_id);
CREATE TABLE events (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  type TEXT NOT NULL,
  mode TEXT,
  status TEXT NOT NULL,
  date_first TEXT,
  date_last TEXT,
  countries TEXT NOT NULL,
  participants TEXT NOT NULL,
  event TEXT NOT NULL
);
CREATE INDEX events_type_date ON events (type, date_first);
CREATE TABLE event_reports (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id BIGINT NOT NULL REFERENCES events (id),
  document_id BIGINT NOT NULL REFERENCES documents (id),
  ordinal INTEGER NOT NULL,
  event TEXT NOT NULL,
  evidence TEXT NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX event_reports_event ON event_reports (event_id);
CREATE TABLE report_actors (
  report_id BIGINT NOT NULL REFERENCES event_reports (id),
  actor_id BIGINT NOT NULL REFERENCES actors (id),
  PRIMARY KEY (report_id, actor_id)
);
CREATE INDEX report_actors_actor ON report_actors (actor_id);
