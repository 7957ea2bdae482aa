-- Service windows with the day they hold from (docs/timetable.md): a change of the timetable
-- no longer rewrites the past. ``valid_from`` ('YYYY-MM-DD') is the first day a version of a
-- stage's timetable holds; the version in force on a day is the one with the latest
-- valid_from on or before it (app/services/base/school_days.py). A version is every row of
-- one stage with one valid_from, all seasons together.
--
-- The windows a file holds now get '0001-01-01' ("since always"): they are the timetable the
-- school has served by, so every day already recorded keeps being judged by them. A school
-- set up from now on gets its first timetable from that day too.
--
-- A stage that had a timetable of its own and follows the whole school's again from a day is
-- marked by one row of that version with weekday 0 and no times (never the whole school's).
--
-- SQLite cannot widen the UNIQUE (season, weekday, stage) in place: the table is made again,
-- its rows kept (the same ids), and its seal triggers and hub-only guard made again with the
-- new column; every window is sealed again with what it holds now.
CREATE TABLE service_window_v15 (
  id TEXT PRIMARY KEY,
  season TEXT NOT NULL DEFAULT 'all' CHECK (season IN ('all', 'summer', 'winter')),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 7),
  start_time TEXT CHECK (start_time IS NULL
    OR (time(start_time) IS NOT NULL AND length(start_time) = 5)),
  end_time TEXT CHECK (end_time IS NULL OR (time(end_time) IS NOT NULL AND length(end_time) = 5)),
  device_id TEXT NOT NULL,
  stage TEXT NOT NULL DEFAULT '' CHECK (stage IN ('', 'primary', 'junior', 'senior')),
  valid_from TEXT NOT NULL DEFAULT '0001-01-01' CHECK (date(valid_from) = valid_from),
  UNIQUE (season, weekday, stage, valid_from),
  CHECK ((weekday = 0) = (start_time IS NULL) AND (weekday = 0) = (end_time IS NULL)),
  CHECK (weekday != 0 OR (stage != '' AND season = 'all')),
  CHECK (end_time > start_time)
) STRICT;
INSERT INTO service_window_v15 (id, season, weekday, start_time, end_time, device_id, stage,
  valid_from)
SELECT id, season, weekday, start_time, end_time, device_id, stage, '0001-01-01'
FROM service_window;
DROP TABLE service_window;
ALTER TABLE service_window_v15 RENAME TO service_window;

CREATE TRIGGER seal_service_window_insert AFTER INSERT ON service_window BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('service_window', NEW.id,
    json_array(NEW.id, NEW.season, NEW.weekday, NEW.start_time, NEW.end_time, NEW.device_id,
      NEW.stage, NEW.valid_from));
END;

CREATE TRIGGER seal_service_window_update AFTER UPDATE ON service_window BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('service_window', NEW.id,
    json_array(NEW.id, NEW.season, NEW.weekday, NEW.start_time, NEW.end_time, NEW.device_id,
      NEW.stage, NEW.valid_from));
END;

CREATE TRIGGER seal_service_window_delete AFTER DELETE ON service_window BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('service_window', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'service_window', id,
  json_array(id, season, weekday, start_time, end_time, device_id, stage, valid_from)
FROM service_window ORDER BY rowid;

CREATE TRIGGER hub_only_service_window_insert BEFORE INSERT ON service_window
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_service_window_update BEFORE UPDATE ON service_window
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_service_window_delete BEFORE DELETE ON service_window
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;
