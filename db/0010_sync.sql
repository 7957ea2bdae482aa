-- Several PCs, one school (docs/several-pcs.md, app/services/sync.py).
--
-- 1. Every shared table is sealed now (migration 0008 left the calendar, the timetable, the
--    duty roster, self-leave permissions, the outbox, consents and departures unsealed): the
--    seals are each PC's numbered record of what it wrote, and so what its journals carry.
-- 2. Seals are not made while another PC's journal is applied (``desk_importing()``): that
--    PC's own seals arrive with its records.
-- 3. The school's register (school, calendar, classes, staff, accounts, pupils, money, the
--    duty roster, month closes) is written only on the school's hub PC once one is named
--    (``school_hub``); on another PC such a write is refused with 'desk:hub_only'.
-- 4. Bookkeeping local to each PC: which journals it applied and which records it refused.


-- The school's hub PC (学校主机): the only writer of the register. No row: one PC alone.
CREATE TABLE school_hub (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  device_id TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  since TEXT NOT NULL
) STRICT;

-- The PCs of the school as this PC knows them: its own journals written (its own row) and
-- each other PC's journals applied, in that PC's order, exactly once.
CREATE TABLE sync_peer (
  device_id TEXT PRIMARY KEY,
  name TEXT NOT NULL DEFAULT '',
  journal_seq INTEGER NOT NULL DEFAULT 0,  -- the last journal written (own) or applied
  dseq INTEGER NOT NULL DEFAULT 0,         -- the last seal number it covered
  clock TEXT,                              -- that PC's clock when it wrote that journal
  applied_at TEXT,                         -- this PC's clock when it applied it
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

-- Records another PC sent that this PC did not take (a register change from a PC that is
-- not the hub), listed on the sync page.
CREATE TABLE sync_refused (
  device_id TEXT NOT NULL,
  journal_seq INTEGER NOT NULL,
  entity TEXT NOT NULL,
  row_key TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (device_id, journal_seq, entity, row_key)
) STRICT, WITHOUT ROWID;

-- Seal numbers another PC used for records this PC does not keep (its audit trail, its
-- script tokens, events it packed into its own archives): they count for the numbering.
CREATE TABLE seal_elsewhere (
  device_id TEXT NOT NULL,
  dseq INTEGER NOT NULL,
  PRIMARY KEY (device_id, dseq)
) STRICT, WITHOUT ROWID;

-- Settings of this PC only (the sync folder).
CREATE TABLE sync_setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- Payments are taken on any PC (class teachers collect fees against a receipt): a receipt
-- number is checked as unused on the PC that takes it, and one used on two PCs before they met
-- is listed by check to be looked at, instead of stopping that PC's journal at a unique index.
CREATE TABLE payment_v10 (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  paid_on TEXT NOT NULL CHECK (date(paid_on) = paid_on),
  method TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'bank', 'other')),
  receipt_no TEXT,
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
INSERT INTO payment_v10 (id, pupil_id, amount_fen, paid_on, method, receipt_no, note,
  recorded_by, created_at, device_id)
SELECT id, pupil_id, amount_fen, paid_on, method, receipt_no, note, recorded_by, created_at,
  device_id FROM payment;
DROP TABLE payment;
ALTER TABLE payment_v10 RENAME TO payment;
CREATE INDEX payment_pupil ON payment(pupil_id);
CREATE INDEX payment_day ON payment(paid_on);
CREATE INDEX payment_receipt ON payment(receipt_no);
-- (the payments keep their seals: the same content, the same ids; the triggers come back)
CREATE TRIGGER seal_payment_insert AFTER INSERT ON payment BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('payment', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.amount_fen, NEW.paid_on, NEW.method, NEW.receipt_no,
      NEW.note, NEW.recorded_by, NEW.created_at, NEW.device_id));
END;
CREATE TRIGGER seal_payment_update AFTER UPDATE ON payment BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('payment', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.amount_fen, NEW.paid_on, NEW.method, NEW.receipt_no,
      NEW.note, NEW.recorded_by, NEW.created_at, NEW.device_id));
END;
CREATE TRIGGER seal_payment_delete AFTER DELETE ON payment BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('payment', OLD.id, NULL);
END;

-- Seals are made only for this PC's own writes (not while another PC's journal is applied).
DROP TRIGGER seal_request_insert;
CREATE TRIGGER seal_request_insert INSTEAD OF INSERT ON seal_request
WHEN desk_importing() = 0
BEGIN
  INSERT INTO seal_head (device_id, last_dseq, key_tag, mac)
    VALUES (desk_device(), 1, desk_key_tag(), desk_head_mac(desk_device(), 1))
    ON CONFLICT (device_id) DO UPDATE SET last_dseq = last_dseq + 1, key_tag = desk_key_tag(),
      mac = desk_head_mac(device_id, last_dseq + 1);
  INSERT INTO seal (device_id, dseq, entity, row_key, gone, key_tag, mac)
    SELECT device_id, last_dseq, NEW.entity, NEW.row_key, NEW.payload IS NULL, desk_key_tag(),
      desk_seal(device_id, last_dseq, NEW.entity, NEW.row_key, NEW.payload)
    FROM seal_head WHERE device_id = desk_device();
END;

-- 1. The newly sealed tables (and what they hold now).

CREATE TRIGGER seal_school_insert AFTER INSERT ON school BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('school', NEW.id,
    json_array(NEW.id, NEW.name, NEW.school_code, NEW.county, NEW.stage, NEW.boarding, NEW.village, NEW.profile_id, NEW.utc_offset, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_school_update AFTER UPDATE ON school BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('school', NEW.id,
    json_array(NEW.id, NEW.name, NEW.school_code, NEW.county, NEW.stage, NEW.boarding, NEW.village, NEW.profile_id, NEW.utc_offset, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_school_delete AFTER DELETE ON school BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('school', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'school', id, json_array(id, name, school_code, county, stage, boarding, village, profile_id, utc_offset, created_at, device_id) FROM school;

CREATE TRIGGER seal_school_hub_insert AFTER INSERT ON school_hub BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('school_hub', NEW.id,
    json_array(NEW.id, NEW.device_id, NEW.name, NEW.since));
END;

CREATE TRIGGER seal_school_hub_update AFTER UPDATE ON school_hub BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('school_hub', NEW.id,
    json_array(NEW.id, NEW.device_id, NEW.name, NEW.since));
END;

CREATE TRIGGER seal_school_hub_delete AFTER DELETE ON school_hub BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('school_hub', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'school_hub', id, json_array(id, device_id, name, since) FROM school_hub;

CREATE TRIGGER seal_term_insert AFTER INSERT ON term BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('term', NEW.id,
    json_array(NEW.id, NEW.name, NEW.start_date, NEW.end_date, NEW.device_id));
END;

CREATE TRIGGER seal_term_update AFTER UPDATE ON term BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('term', NEW.id,
    json_array(NEW.id, NEW.name, NEW.start_date, NEW.end_date, NEW.device_id));
END;

CREATE TRIGGER seal_term_delete AFTER DELETE ON term BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('term', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'term', id, json_array(id, name, start_date, end_date, device_id) FROM term;

CREATE TRIGGER seal_holiday_year_insert AFTER INSERT ON holiday_year BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('holiday_year', CAST(NEW.year AS TEXT),
    json_array(NEW.year, NEW.source, NEW.confirmed, NEW.note));
END;

CREATE TRIGGER seal_holiday_year_update AFTER UPDATE ON holiday_year BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('holiday_year', CAST(NEW.year AS TEXT),
    json_array(NEW.year, NEW.source, NEW.confirmed, NEW.note));
END;

CREATE TRIGGER seal_holiday_year_delete AFTER DELETE ON holiday_year BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('holiday_year', CAST(OLD.year AS TEXT), NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'holiday_year', CAST(year AS TEXT), json_array(year, source, confirmed, note) FROM holiday_year;

CREATE TRIGGER seal_calendar_day_insert AFTER INSERT ON calendar_day BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('calendar_day', CAST(NEW.day AS TEXT),
    json_array(NEW.day, NEW.kind, NEW.name, NEW.source, NEW.makeup_service, NEW.device_id));
END;

CREATE TRIGGER seal_calendar_day_update AFTER UPDATE ON calendar_day BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('calendar_day', CAST(NEW.day AS TEXT),
    json_array(NEW.day, NEW.kind, NEW.name, NEW.source, NEW.makeup_service, NEW.device_id));
END;

CREATE TRIGGER seal_calendar_day_delete AFTER DELETE ON calendar_day BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('calendar_day', CAST(OLD.day AS TEXT), NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'calendar_day', CAST(day AS TEXT), json_array(day, kind, name, source, makeup_service, device_id) FROM calendar_day;

CREATE TRIGGER seal_service_window_insert AFTER INSERT ON service_window BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('service_window', NEW.id,
    json_array(NEW.id, NEW.season, NEW.weekday, NEW.start_time, NEW.end_time, NEW.device_id));
END;

CREATE TRIGGER seal_service_window_update AFTER UPDATE ON service_window BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('service_window', NEW.id,
    json_array(NEW.id, NEW.season, NEW.weekday, NEW.start_time, NEW.end_time, NEW.device_id));
END;

CREATE TRIGGER seal_service_window_delete AFTER DELETE ON service_window BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('service_window', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'service_window', id, json_array(id, season, weekday, start_time, end_time, device_id) FROM service_window;

CREATE TRIGGER seal_grade_insert AFTER INSERT ON grade BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('grade', NEW.id,
    json_array(NEW.id, NEW.level, NEW.name, NEW.device_id));
END;

CREATE TRIGGER seal_grade_update AFTER UPDATE ON grade BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('grade', NEW.id,
    json_array(NEW.id, NEW.level, NEW.name, NEW.device_id));
END;

CREATE TRIGGER seal_grade_delete AFTER DELETE ON grade BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('grade', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'grade', id, json_array(id, level, name, device_id) FROM grade;

CREATE TRIGGER seal_self_leave_permission_insert AFTER INSERT ON self_leave_permission BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('self_leave_permission', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.signed_on, NEW.signed_by, NEW.revoked_on, NEW.note, NEW.created_at, NEW.actor, NEW.device_id));
END;

CREATE TRIGGER seal_self_leave_permission_update AFTER UPDATE ON self_leave_permission BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('self_leave_permission', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.signed_on, NEW.signed_by, NEW.revoked_on, NEW.note, NEW.created_at, NEW.actor, NEW.device_id));
END;

CREATE TRIGGER seal_self_leave_permission_delete AFTER DELETE ON self_leave_permission BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('self_leave_permission', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'self_leave_permission', id, json_array(id, pupil_id, signed_on, signed_by, revoked_on, note, created_at, actor, device_id) FROM self_leave_permission;

CREATE TRIGGER seal_outbox_insert AFTER INSERT ON outbox BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('outbox', NEW.id,
    json_array(NEW.id, NEW.alert_id, NEW.pupil_id, NEW.day, NEW.alert_kind, NEW.recipient, NEW.phone, NEW.body, NEW.created_at, NEW.exported_at, NEW.actor, NEW.device_id));
END;

CREATE TRIGGER seal_outbox_update AFTER UPDATE ON outbox BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('outbox', NEW.id,
    json_array(NEW.id, NEW.alert_id, NEW.pupil_id, NEW.day, NEW.alert_kind, NEW.recipient, NEW.phone, NEW.body, NEW.created_at, NEW.exported_at, NEW.actor, NEW.device_id));
END;

CREATE TRIGGER seal_outbox_delete AFTER DELETE ON outbox BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('outbox', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'outbox', id, json_array(id, alert_id, pupil_id, day, alert_kind, recipient, phone, body, created_at, exported_at, actor, device_id) FROM outbox;

CREATE TRIGGER seal_duty_unavailable_insert AFTER INSERT ON duty_unavailable BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_unavailable', NEW.id,
    json_array(NEW.id, NEW.staff_id, NEW.weekday, NEW.device_id));
END;

CREATE TRIGGER seal_duty_unavailable_update AFTER UPDATE ON duty_unavailable BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_unavailable', NEW.id,
    json_array(NEW.id, NEW.staff_id, NEW.weekday, NEW.device_id));
END;

CREATE TRIGGER seal_duty_unavailable_delete AFTER DELETE ON duty_unavailable BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_unavailable', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'duty_unavailable', id, json_array(id, staff_id, weekday, device_id) FROM duty_unavailable;

CREATE TRIGGER seal_duty_roster_insert AFTER INSERT ON duty_roster BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_roster', NEW.id,
    json_array(NEW.id, NEW.day, NEW.staff_id, NEW.source, NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_duty_roster_update AFTER UPDATE ON duty_roster BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_roster', NEW.id,
    json_array(NEW.id, NEW.day, NEW.staff_id, NEW.source, NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_duty_roster_delete AFTER DELETE ON duty_roster BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_roster', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'duty_roster', id, json_array(id, day, staff_id, source, updated_at, device_id) FROM duty_roster;

CREATE TRIGGER seal_pupil_consent_insert AFTER INSERT ON pupil_consent BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil_consent', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.kind, NEW.given_on, NEW.given_by, NEW.withdrawn_on, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_pupil_consent_update AFTER UPDATE ON pupil_consent BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil_consent', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.kind, NEW.given_on, NEW.given_by, NEW.withdrawn_on, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_pupil_consent_delete AFTER DELETE ON pupil_consent BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil_consent', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'pupil_consent', id, json_array(id, pupil_id, kind, given_on, given_by, withdrawn_on, created_at, device_id) FROM pupil_consent;

CREATE TRIGGER seal_pupil_departure_insert AFTER INSERT ON pupil_departure BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil_departure', CAST(NEW.pupil_id AS TEXT),
    json_array(NEW.pupil_id, NEW.left_on, NEW.reason, NEW.erased_at, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_pupil_departure_update AFTER UPDATE ON pupil_departure BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil_departure', CAST(NEW.pupil_id AS TEXT),
    json_array(NEW.pupil_id, NEW.left_on, NEW.reason, NEW.erased_at, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_pupil_departure_delete AFTER DELETE ON pupil_departure BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil_departure', CAST(OLD.pupil_id AS TEXT), NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'pupil_departure', CAST(pupil_id AS TEXT), json_array(pupil_id, left_on, reason, erased_at, created_at, device_id) FROM pupil_departure;

-- 3. The register is the hub's.

CREATE TRIGGER hub_only_school_insert BEFORE INSERT ON school
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_school_update BEFORE UPDATE ON school
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_school_delete BEFORE DELETE ON school
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_school_hub_insert BEFORE INSERT ON school_hub
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_school_hub_update BEFORE UPDATE ON school_hub
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_school_hub_delete BEFORE DELETE ON school_hub
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_term_insert BEFORE INSERT ON term
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_term_update BEFORE UPDATE ON term
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_term_delete BEFORE DELETE ON term
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_holiday_year_insert BEFORE INSERT ON holiday_year
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_holiday_year_update BEFORE UPDATE ON holiday_year
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_holiday_year_delete BEFORE DELETE ON holiday_year
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_calendar_day_insert BEFORE INSERT ON calendar_day
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_calendar_day_update BEFORE UPDATE ON calendar_day
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_calendar_day_delete BEFORE DELETE ON calendar_day
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

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

CREATE TRIGGER hub_only_grade_insert BEFORE INSERT ON grade
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_grade_update BEFORE UPDATE ON grade
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_grade_delete BEFORE DELETE ON grade
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_staff_insert BEFORE INSERT ON staff
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_staff_update BEFORE UPDATE ON staff
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_staff_delete BEFORE DELETE ON staff
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_class_insert BEFORE INSERT ON class
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_class_update BEFORE UPDATE ON class
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_class_delete BEFORE DELETE ON class
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_insert BEFORE INSERT ON pupil
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_update BEFORE UPDATE ON pupil
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_delete BEFORE DELETE ON pupil
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_adult_insert BEFORE INSERT ON pupil_adult
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_adult_update BEFORE UPDATE ON pupil_adult
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_adult_delete BEFORE DELETE ON pupil_adult
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_app_user_insert BEFORE INSERT ON app_user
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_app_user_update BEFORE UPDATE ON app_user
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device()) AND (NEW.id IS NOT OLD.id OR NEW.login IS NOT OLD.login OR NEW.display_name IS NOT OLD.display_name OR NEW.role IS NOT OLD.role OR NEW.staff_id IS NOT OLD.staff_id OR NEW.pin_hash IS NOT OLD.pin_hash OR NEW.active IS NOT OLD.active OR NEW.created_at IS NOT OLD.created_at OR NEW.device_id IS NOT OLD.device_id)
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_app_user_delete BEFORE DELETE ON app_user
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_fee_standard_insert BEFORE INSERT ON fee_standard
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_fee_standard_update BEFORE UPDATE ON fee_standard
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_fee_standard_delete BEFORE DELETE ON fee_standard
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_subsidy_rate_insert BEFORE INSERT ON subsidy_rate
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_subsidy_rate_update BEFORE UPDATE ON subsidy_rate
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_subsidy_rate_delete BEFORE DELETE ON subsidy_rate
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_waiver_insert BEFORE INSERT ON waiver
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_waiver_update BEFORE UPDATE ON waiver
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_waiver_delete BEFORE DELETE ON waiver
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_charge_insert BEFORE INSERT ON charge
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_charge_update BEFORE UPDATE ON charge
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_charge_delete BEFORE DELETE ON charge
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_refund_insert BEFORE INSERT ON refund
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_refund_update BEFORE UPDATE ON refund
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_refund_delete BEFORE DELETE ON refund
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_ledger_entry_insert BEFORE INSERT ON ledger_entry
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_ledger_entry_update BEFORE UPDATE ON ledger_entry
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_ledger_entry_delete BEFORE DELETE ON ledger_entry
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_consent_insert BEFORE INSERT ON pupil_consent
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_consent_update BEFORE UPDATE ON pupil_consent
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_consent_delete BEFORE DELETE ON pupil_consent
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_departure_insert BEFORE INSERT ON pupil_departure
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_departure_update BEFORE UPDATE ON pupil_departure
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_pupil_departure_delete BEFORE DELETE ON pupil_departure
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_duty_unavailable_insert BEFORE INSERT ON duty_unavailable
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_duty_unavailable_update BEFORE UPDATE ON duty_unavailable
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_duty_unavailable_delete BEFORE DELETE ON duty_unavailable
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_duty_roster_insert BEFORE INSERT ON duty_roster
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_duty_roster_update BEFORE UPDATE ON duty_roster
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_duty_roster_delete BEFORE DELETE ON duty_roster
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_month_snapshot_insert BEFORE INSERT ON month_snapshot
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_month_snapshot_update BEFORE UPDATE ON month_snapshot
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_month_snapshot_delete BEFORE DELETE ON month_snapshot
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_month_reopening_insert BEFORE INSERT ON month_reopening
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_month_reopening_update BEFORE UPDATE ON month_reopening
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_month_reopening_delete BEFORE DELETE ON month_reopening
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_enrolment_decision_insert BEFORE INSERT ON enrolment
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device()) AND (NEW.approved_at IS NOT NULL AND NEW.approved_at != '' OR NEW.approved_by IS NOT NULL AND NEW.approved_by != '' OR NEW.enrolled_from IS NOT NULL AND NEW.enrolled_from != '' OR NEW.refused_reason IS NOT NULL AND NEW.refused_reason != '')
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_enrolment_decision_update BEFORE UPDATE ON enrolment
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device()) AND (NEW.approved_at IS NOT OLD.approved_at OR NEW.approved_by IS NOT OLD.approved_by OR NEW.enrolled_from IS NOT OLD.enrolled_from OR NEW.refused_reason IS NOT OLD.refused_reason)
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;
