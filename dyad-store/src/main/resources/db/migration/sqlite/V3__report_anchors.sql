-- Dyad store, version 3: the days an undated report's document names without a year, and the
-- years of the full dates it gives ("04-16 04-04;2016"), by which it may join a dated event.
-- Reports stored before keep NULL: no anchors, so they join no dated event until stored again.
ALTER TABLE event_reports ADD COLUMN anchors TEXT;
CREATE INDEX event_reports_anchors ON event_reports (anchors) WHERE anchors IS NOT NULL;
