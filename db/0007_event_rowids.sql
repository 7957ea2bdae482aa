-- Row ids of the attendance log are never reused. Sealing deletes a finished month's live rows;
-- with a plain rowid the next event took the freed numbers, at or below a sealed archive's
-- ``max_seq``, and so slipped under the guard that lets only archived events leave the table
-- (a raw DELETE of a new event was let through). ``seq`` is the rowid, now AUTOINCREMENT, and
-- its counter starts above every number any archive holds.

DROP TRIGGER attendance_event_no_update;
DROP TRIGGER attendance_event_no_delete;
DROP INDEX attendance_event_day;
DROP INDEX attendance_event_pupil;

CREATE TABLE attendance_event_v7 (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,  -- the rowid; orders events of the same instant
  id TEXT NOT NULL UNIQUE,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  day TEXT NOT NULL CHECK (date(day) = day),
  class_id TEXT NOT NULL REFERENCES class(id),
  kind TEXT NOT NULL CHECK (kind IN (
    'signed_in', 'marked_absent', 'leave', 'contacted', 'handed_over', 'self_leave',
    'extended_care', 'extended_handover', 'correction')),
  at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  actor TEXT NOT NULL,                 -- login of the user (or cli:…) who recorded it
  staff_id TEXT REFERENCES staff(id),  -- the staff member who did it (handed over, stays …)
  device_id TEXT NOT NULL,
  adult_id TEXT,                       -- pupil_adult id at the time (adults may be re-saved)
  adult_name TEXT,
  adult_relation TEXT,
  adult_phone TEXT,
  override_reason TEXT,                -- handover to an adult not on the list
  override_by TEXT,
  alert_kind TEXT CHECK (alert_kind IS NULL OR alert_kind IN ('absence', 'late_pickup')),
  outcome TEXT CHECK (outcome IS NULL OR outcome IN ('reached', 'not_reached')),
  method TEXT CHECK (method IS NULL OR method IN ('phone', 'message', 'in_person', 'other')),
  reason TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  leave_from TEXT,
  leave_to TEXT,
  supersedes TEXT,                     -- the event this one voids (live or archived)
  CHECK (kind != 'contacted' OR (outcome IS NOT NULL AND alert_kind IS NOT NULL)),
  CHECK (kind != 'correction' OR supersedes IS NOT NULL),
  CHECK (override_reason IS NULL OR length(trim(override_reason)) > 0)
) STRICT;

INSERT INTO attendance_event_v7 (seq, id, pupil_id, day, class_id, kind, at, recorded_at,
  actor, staff_id, device_id, adult_id, adult_name, adult_relation, adult_phone,
  override_reason, override_by, alert_kind, outcome, method, reason, note, leave_from,
  leave_to, supersedes)
SELECT rowid, id, pupil_id, day, class_id, kind, at, recorded_at, actor, staff_id, device_id,
  adult_id, adult_name, adult_relation, adult_phone, override_reason, override_by, alert_kind,
  outcome, method, reason, note, leave_from, leave_to, supersedes
FROM attendance_event ORDER BY rowid;

DROP TABLE attendance_event;
ALTER TABLE attendance_event_v7 RENAME TO attendance_event;
CREATE INDEX attendance_event_day ON attendance_event(day, class_id);
CREATE INDEX attendance_event_pupil ON attendance_event(pupil_id, day);

-- The counter starts above every number already used, live or sealed.
DELETE FROM sqlite_sequence WHERE name = 'attendance_event';
INSERT INTO sqlite_sequence (name, seq) VALUES ('attendance_event', max(
  coalesce((SELECT max(seq) FROM attendance_event), 0),
  coalesce((SELECT max(max_seq) FROM attendance_archive), 0)));

CREATE TRIGGER attendance_event_no_update BEFORE UPDATE ON attendance_event
BEGIN
  SELECT RAISE(ABORT, 'attendance events cannot be changed; record a correction');
END;

-- A live event may leave the table only into the archive of its class and month, sealed in the
-- same transaction (the archive's max_seq covers it).
CREATE TRIGGER attendance_event_no_delete BEFORE DELETE ON attendance_event
WHEN NOT EXISTS (
  SELECT 1 FROM attendance_archive a
  WHERE a.class_id = OLD.class_id AND a.month = substr(OLD.day, 1, 7) AND a.max_seq >= OLD.rowid)
BEGIN
  SELECT RAISE(ABORT, 'attendance events cannot be deleted; record a correction');
END;
