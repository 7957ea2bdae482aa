-- Sealed months of the attendance log. A finished month's events are moved, class by class,
-- into one compressed, hash-verified payload (app/store/archive_codec.py): a year of a
-- 3,000-pupil school shrinks from ~500 MB of rows and indexes to a few MB. Readers merge the
-- archive with the live rows, so sealing changes no report, list or history.
--
-- The live table is rebuilt without ``pupil_day_id`` (derived from pupil id and date on every
-- PC; never queried) and without the foreign key on ``supersedes``, since a correction recorded
-- today may void an event that now lives in an archive.

DROP TRIGGER attendance_event_no_update;
DROP TRIGGER attendance_event_no_delete;
DROP INDEX attendance_event_day;
DROP INDEX attendance_event_pupil;

CREATE TABLE attendance_event_v5 (
  id TEXT PRIMARY KEY,
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

INSERT INTO attendance_event_v5 (rowid, id, pupil_id, day, class_id, kind, at, recorded_at,
  actor, staff_id, device_id, adult_id, adult_name, adult_relation, adult_phone,
  override_reason, override_by, alert_kind, outcome, method, reason, note, leave_from,
  leave_to, supersedes)
SELECT rowid, id, pupil_id, day, class_id, kind, at, recorded_at, actor, staff_id, device_id,
  adult_id, adult_name, adult_relation, adult_phone, override_reason, override_by, alert_kind,
  outcome, method, reason, note, leave_from, leave_to, supersedes
FROM attendance_event ORDER BY rowid;

-- With foreign keys on, DROP TABLE first deletes every row and looks for rows whose
-- ``supersedes`` names it: without this index that is a full scan per row (hours for a year).
CREATE INDEX attendance_event_supersedes_v4 ON attendance_event(supersedes);
DROP TABLE attendance_event;
ALTER TABLE attendance_event_v5 RENAME TO attendance_event;
CREATE INDEX attendance_event_day ON attendance_event(day, class_id);
CREATE INDEX attendance_event_pupil ON attendance_event(pupil_id, day);

-- One class's events of one month. ``max_seq`` is the highest live rowid the payload holds;
-- ``days`` the dates with events (comma-separated); ``pupil_keys`` the first 8 characters of
-- every pupil id in it (finding a pupil's archive without opening the others).
CREATE TABLE attendance_archive (
  id TEXT PRIMARY KEY,                 -- UUIDv5 of (class id, month)
  class_id TEXT NOT NULL REFERENCES class(id),
  month TEXT NOT NULL CHECK (date(month || '-01') = month || '-01'),
  events INTEGER NOT NULL CHECK (events > 0),
  max_seq INTEGER NOT NULL,
  days TEXT NOT NULL,
  pupil_keys TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),  -- of the payload as stored
  payload BLOB NOT NULL,
  sealed_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  device_id TEXT NOT NULL,
  UNIQUE (class_id, month)
) STRICT;
CREATE INDEX attendance_archive_month ON attendance_archive(month);

CREATE TRIGGER attendance_archive_no_delete BEFORE DELETE ON attendance_archive
BEGIN
  SELECT RAISE(ABORT, 'sealed attendance archives cannot be deleted');
END;

-- An archive is only ever re-sealed with more events (late corrections folded in).
CREATE TRIGGER attendance_archive_only_grows BEFORE UPDATE ON attendance_archive
WHEN NEW.events < OLD.events OR NEW.max_seq < OLD.max_seq OR NEW.class_id != OLD.class_id
  OR NEW.month != OLD.month
BEGIN
  SELECT RAISE(ABORT, 'a sealed attendance archive may only take in more events');
END;

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
