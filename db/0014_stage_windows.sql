-- Service windows per stage (学段): a school teaching more than one stage (九年一贯制, 完全中学)
-- keeps a timetable for each stage where its region's text sets them apart (the city plan: no
-- primary service on Wednesday). ``stage`` '' is the whole school's timetable, as every window
-- was before; a stage with windows of its own follows them wholly (seasons as before), a stage
-- without follows the whole school's (app/services/base/school_days.py).
--
-- SQLite cannot widen the UNIQUE (season, weekday) in place: the table is made again, its rows
-- kept (the same ids, the whole school's), and its seal triggers and hub-only guard made again
-- with the new column; every window is sealed again with what it holds now.
CREATE TABLE service_window_v14 (
  id TEXT PRIMARY KEY,
  season TEXT NOT NULL DEFAULT 'all' CHECK (season IN ('all', 'summer', 'winter')),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time TEXT NOT NULL CHECK (time(start_time) IS NOT NULL AND length(start_time) = 5),
  end_time TEXT NOT NULL CHECK (time(end_time) IS NOT NULL AND length(end_time) = 5),
  device_id TEXT NOT NULL,
  stage TEXT NOT NULL DEFAULT '' CHECK (stage IN ('', 'primary', 'junior', 'senior')),
  UNIQUE (season, weekday, stage),
  CHECK (end_time > start_time)
) STRICT;
INSERT INTO service_window_v14 (id, season, weekday, start_time, end_time, device_id, stage)
SELECT id, season, weekday, start_time, end_time, device_id, '' FROM service_window;
DROP TABLE service_window;
ALTER TABLE service_window_v14 RENAME TO service_window;

CREATE TRIGGER seal_service_window_insert AFTER INSERT ON service_window BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('service_window', NEW.id,
    json_array(NEW.id, NEW.season, NEW.weekday, NEW.start_time, NEW.end_time, NEW.device_id,
      NEW.stage));
END;

CREATE TRIGGER seal_service_window_update AFTER UPDATE ON service_window BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('service_window', NEW.id,
    json_array(NEW.id, NEW.season, NEW.weekday, NEW.start_time, NEW.end_time, NEW.device_id,
      NEW.stage));
END;

CREATE TRIGGER seal_service_window_delete AFTER DELETE ON service_window BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('service_window', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'service_window', id,
  json_array(id, season, weekday, start_time, end_time, device_id, stage)
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
