-- Dyad store, version 2: what each report's document says about its participants (kind and
-- country, JSON), used to compare reports by identity, and why a report joined its event.
ALTER TABLE event_reports ADD COLUMN parties TEXT;
ALTER TABLE event_reports ADD COLUMN joined_by TEXT;
