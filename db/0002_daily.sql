-- After-School Desk schema 2: the daily loop.
-- Enrolment per term, the append-only attendance event log, self-leave permissions,
-- the message outbox, the duty-leader roster, the duty day (on post, log, sign-off)
-- and the supervising teacher per class and day.

-- 家长申请 → 班级初审 → 学校核准 → enrolled from a date; refusal needs a reason.
CREATE TABLE enrolment (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  term_id TEXT NOT NULL REFERENCES term(id),
  mode TEXT NOT NULL DEFAULT 'basic' CHECK (mode IN ('basic', 'course')),
  status TEXT NOT NULL
    CHECK (status IN ('applied', 'reviewed', 'enrolled', 'refused', 'withdrawn')),
  applied_on TEXT NOT NULL CHECK (date(applied_on) = applied_on),
  applied_by TEXT NOT NULL DEFAULT '',          -- who filed the application (a guardian's name)
  requested_from TEXT NOT NULL CHECK (date(requested_from) = requested_from),
  reviewed_at TEXT,
  reviewed_by TEXT,
  approved_at TEXT,
  approved_by TEXT,
  enrolled_from TEXT CHECK (enrolled_from IS NULL OR date(enrolled_from) = enrolled_from),
  withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on) = withdrawn_on),
  withdraw_reason TEXT NOT NULL DEFAULT '',
  refused_reason TEXT NOT NULL DEFAULT '',
  agreement_signed_on TEXT
    CHECK (agreement_signed_on IS NULL OR date(agreement_signed_on) = agreement_signed_on),
  agreement_signed_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  CHECK (status NOT IN ('enrolled', 'withdrawn') OR enrolled_from IS NOT NULL),
  CHECK (status != 'refused' OR length(trim(refused_reason)) > 0),
  CHECK (withdrawn_on IS NULL OR withdrawn_on > enrolled_from)
) STRICT;
CREATE INDEX enrolment_pupil ON enrolment(pupil_id, term_id);
CREATE INDEX enrolment_term ON enrolment(term_id, status);

-- The attendance event log. Rows are never changed or deleted; a correction is a new row
-- whose ``supersedes`` names the event it voids. ``pupil_day_id`` is a UUIDv5 of
-- (pupil id, date), so every PC names the same pupil-day the same way.
CREATE TABLE attendance_event (
  id TEXT PRIMARY KEY,
  pupil_day_id TEXT NOT NULL,
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
  supersedes TEXT REFERENCES attendance_event(id),
  CHECK (kind != 'contacted' OR (outcome IS NOT NULL AND alert_kind IS NOT NULL)),
  CHECK (kind != 'correction' OR supersedes IS NOT NULL),
  CHECK (override_reason IS NULL OR length(trim(override_reason)) > 0)
) STRICT;
CREATE INDEX attendance_event_day ON attendance_event(day, class_id);
CREATE INDEX attendance_event_pupil ON attendance_event(pupil_id, day);

CREATE TRIGGER attendance_event_no_update BEFORE UPDATE ON attendance_event
BEGIN
  SELECT RAISE(ABORT, 'attendance events cannot be changed; record a correction');
END;

CREATE TRIGGER attendance_event_no_delete BEFORE DELETE ON attendance_event
BEGIN
  SELECT RAISE(ABORT, 'attendance events cannot be deleted; record a correction');
END;

-- 自行离校: the guardian's written permission for a pupil to leave alone.
CREATE TABLE self_leave_permission (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  signed_on TEXT NOT NULL CHECK (date(signed_on) = signed_on),
  signed_by TEXT NOT NULL CHECK (length(trim(signed_by)) > 0),
  revoked_on TEXT CHECK (revoked_on IS NULL OR date(revoked_on) = revoked_on),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX self_leave_permission_pupil ON self_leave_permission(pupil_id);

-- Messages to guardians, exported as a file for the school's own messaging platform.
CREATE TABLE outbox (
  id TEXT PRIMARY KEY,               -- UUIDv5 of (alert id, phone): queued once per alert
  alert_id TEXT NOT NULL,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  day TEXT NOT NULL CHECK (date(day) = day),
  alert_kind TEXT NOT NULL CHECK (alert_kind IN ('absence', 'late_pickup')),
  recipient TEXT NOT NULL,
  phone TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  exported_at TEXT,
  actor TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_day ON outbox(day);

-- Days a duty leader cannot take (weekday 1 = Monday … 7 = Sunday).
CREATE TABLE duty_unavailable (
  id TEXT PRIMARY KEY,
  staff_id TEXT NOT NULL REFERENCES staff(id),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  device_id TEXT NOT NULL,
  UNIQUE (staff_id, weekday)
) STRICT;

-- The duty-leader roster (带班领导值班表), one leader per service day.
CREATE TABLE duty_roster (
  id TEXT PRIMARY KEY,
  day TEXT NOT NULL UNIQUE CHECK (date(day) = day),
  staff_id TEXT NOT NULL REFERENCES staff(id),
  source TEXT NOT NULL CHECK (source IN ('generated', 'manual', 'swap')),
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;

-- The duty leader's day: on post, sign-off (with the reason when something is still open).
CREATE TABLE duty_day (
  id TEXT PRIMARY KEY,               -- UUIDv5 of the date
  day TEXT NOT NULL UNIQUE CHECK (date(day) = day),
  leader_staff_id TEXT REFERENCES staff(id),
  on_post_at TEXT,
  signed_off_at TEXT,
  signed_off_by TEXT,
  sign_off_reason TEXT NOT NULL DEFAULT '',
  device_id TEXT NOT NULL
) STRICT;

-- The duty log: what was done per class (homework period, clubs), incidents, notes.
CREATE TABLE duty_log (
  id TEXT PRIMARY KEY,
  day TEXT NOT NULL CHECK (date(day) = day),
  class_id TEXT REFERENCES class(id),
  kind TEXT NOT NULL CHECK (kind IN ('content', 'incident', 'note')),
  text TEXT NOT NULL CHECK (length(trim(text)) > 0),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX duty_log_day ON duty_log(day);

-- 专任管理老师: who supervised a class that day and from when to when (subsidies use it).
CREATE TABLE class_supervision (
  id TEXT PRIMARY KEY,               -- UUIDv5 of (class id, date)
  day TEXT NOT NULL CHECK (date(day) = day),
  class_id TEXT NOT NULL REFERENCES class(id),
  staff_id TEXT NOT NULL REFERENCES staff(id),
  start_at TEXT,
  end_at TEXT,
  device_id TEXT NOT NULL,
  UNIQUE (day, class_id)
) STRICT;
CREATE INDEX class_supervision_staff ON class_supervision(staff_id, day);
