-- Tamper seals (app/store/seals.py, docs/tamper-evidence.md). Every write to a record that
-- matters — attendance events, payments, refunds, waivers, charges, ledger entries, fee
-- standards, subsidy rates, enrolments, accounts, month snapshots, the audit trail, pupils and
-- the adults who may collect them, staff, classes and the duty records — leaves
-- a seal in the same transaction: a keyed MAC over the record's whole content, numbered per
-- PC without gaps (``dseq``). The key is not in this file (a key file in the per-user settings
-- folder), so a record edited, deleted or invented behind the program's back, or a seal
-- recomputed, is found by ``check``, which names the record.
--
-- The seals are made by SQL functions the program registers on its own connections
-- (desk_device, desk_seal, desk_head_mac, desk_key_tag). A write from any other SQLite client
-- fails with "no such function", so rows can only be added by dropping the triggers — and a
-- row without a seal is then reported.

CREATE TABLE seal (
  device_id TEXT NOT NULL,     -- the PC that wrote the record (or this version of it)
  dseq INTEGER NOT NULL,       -- that PC's seal number: 1, 2, 3 … without gaps
  entity TEXT NOT NULL,        -- the table
  row_key TEXT NOT NULL,       -- the record's id (the audit row's seq)
  gone INTEGER NOT NULL CHECK (gone IN (0, 1)),  -- 1: the record was deleted by the program
  key_tag BLOB NOT NULL,       -- which key made the MAC (4 bytes of its fingerprint)
  mac BLOB NOT NULL,           -- HMAC-SHA256 (first 16 bytes) of all of the above + content
  -- one b-tree, found by record (a second index on (device_id, dseq) would cost every sign-in
  -- another page; check reads the numbering whole and reports a number used twice)
  PRIMARY KEY (entity, row_key, device_id, dseq)
) STRICT, WITHOUT ROWID;

-- Each PC's highest seal number, with a MAC so it cannot be lowered without the key.
CREATE TABLE seal_head (
  device_id TEXT PRIMARY KEY,
  last_dseq INTEGER NOT NULL,
  key_tag BLOB NOT NULL,
  mac BLOB NOT NULL
) STRICT;

-- Writing a seal: INSERT INTO seal_request (entity, row_key, payload) with payload the record's
-- content as a JSON array (NULL: deleted).
CREATE VIEW seal_request AS SELECT '' AS entity, '' AS row_key, '' AS payload;

CREATE TRIGGER seal_request_insert INSTEAD OF INSERT ON seal_request BEGIN
  INSERT INTO seal_head (device_id, last_dseq, key_tag, mac)
    VALUES (desk_device(), 1, desk_key_tag(), desk_head_mac(desk_device(), 1))
    ON CONFLICT (device_id) DO UPDATE SET last_dseq = last_dseq + 1, key_tag = desk_key_tag(),
      mac = desk_head_mac(device_id, last_dseq + 1);
  INSERT INTO seal (device_id, dseq, entity, row_key, gone, key_tag, mac)
    SELECT device_id, last_dseq, NEW.entity, NEW.row_key, NEW.payload IS NULL, desk_key_tag(),
      desk_seal(device_id, last_dseq, NEW.entity, NEW.row_key, NEW.payload)
    FROM seal_head WHERE device_id = desk_device();
END;

-- A sealed class-month of attendance carries the seals of the events it took in (``seals``:
-- compressed JSON of [event id, device, dseq, key tag hex, mac hex]) and a keyed MAC over its
-- payload's hash and those seals (``seal_mac``).
ALTER TABLE attendance_archive ADD COLUMN seals BLOB;
ALTER TABLE attendance_archive ADD COLUMN seal_mac BLOB;
UPDATE attendance_archive
SET seal_mac = desk_archive_mac(class_id, month, sha256, NULL);

CREATE TRIGGER seal_attendance_event_insert AFTER INSERT ON attendance_event BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('attendance_event', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.day, NEW.class_id, NEW.kind, NEW.at, NEW.recorded_at,
      NEW.actor, NEW.staff_id, NEW.device_id, NEW.adult_id, NEW.adult_name, NEW.adult_relation,
      NEW.adult_phone, NEW.override_reason, NEW.override_by, NEW.alert_kind, NEW.outcome,
      NEW.method, NEW.reason, NEW.note, NEW.leave_from, NEW.leave_to, NEW.supersedes));
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'attendance_event', id, json_array(id, pupil_id, day,
      class_id, kind, at,
      recorded_at, actor, staff_id,
      device_id, adult_id, adult_name,
      adult_relation, adult_phone,
      override_reason, override_by,
      alert_kind, outcome, method,
      reason, note, leave_from,
      leave_to, supersedes)
FROM attendance_event ORDER BY rowid;

CREATE TRIGGER seal_audit_insert AFTER INSERT ON audit BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('audit', CAST(NEW.seq AS TEXT),
    json_array(NEW.seq, NEW.at, NEW.actor, NEW.device_id, NEW.action, NEW.entity,
      NEW.entity_id, NEW.before_json, NEW.after_json, NEW.prev_hash, NEW.hash));
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'audit', CAST(seq AS TEXT), json_array(seq, at, actor, device_id, action, entity,
      entity_id, before_json, after_json, prev_hash, hash)
FROM audit ORDER BY rowid;

CREATE TRIGGER seal_month_snapshot_insert AFTER INSERT ON month_snapshot BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('month_snapshot', NEW.id,
    json_array(NEW.id, NEW.month, NEW.version, NEW.closed_at, NEW.closed_by,
      NEW.closed_by_name, NEW.device_id, NEW.sha256, hex(NEW.payload)));
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'month_snapshot', id, json_array(id, month, version,
      closed_at, closed_by, closed_by_name,
      device_id, sha256, hex(payload))
FROM month_snapshot ORDER BY rowid;

CREATE TRIGGER seal_month_reopening_insert AFTER INSERT ON month_reopening BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('month_reopening', NEW.id,
    json_array(NEW.id, NEW.month, NEW.version, NEW.reopened_at, NEW.reopened_by,
      NEW.reopened_by_name, NEW.device_id, NEW.reason));
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'month_reopening', id, json_array(id, month, version,
      reopened_at, reopened_by,
      reopened_by_name, device_id, reason)
FROM month_reopening ORDER BY rowid;

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

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'payment', id, json_array(id, pupil_id, amount_fen, paid_on,
      method, receipt_no, note, recorded_by,
      created_at, device_id)
FROM payment ORDER BY rowid;

CREATE TRIGGER seal_refund_insert AFTER INSERT ON refund BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('refund', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.amount_fen, NEW.refunded_on, NEW.reason,
      NEW.approved_by, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_refund_update AFTER UPDATE ON refund BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('refund', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.amount_fen, NEW.refunded_on, NEW.reason,
      NEW.approved_by, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_refund_delete AFTER DELETE ON refund BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('refund', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'refund', id, json_array(id, pupil_id, amount_fen, refunded_on,
      reason, approved_by, created_at, device_id)
FROM refund ORDER BY rowid;

CREATE TRIGGER seal_waiver_insert AFTER INSERT ON waiver BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('waiver', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.kind, NEW.percent, NEW.evidence, NEW.approved_by,
      NEW.approved_on, NEW.valid_from, NEW.revoked_on, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_waiver_update AFTER UPDATE ON waiver BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('waiver', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.kind, NEW.percent, NEW.evidence, NEW.approved_by,
      NEW.approved_on, NEW.valid_from, NEW.revoked_on, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_waiver_delete AFTER DELETE ON waiver BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('waiver', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'waiver', id, json_array(id, pupil_id, kind, percent, evidence,
      approved_by, approved_on, valid_from, revoked_on,
      created_at, device_id)
FROM waiver ORDER BY rowid;

CREATE TRIGGER seal_charge_insert AFTER INSERT ON charge BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('charge', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.month, NEW.mode, NEW.standard_id, NEW.class_id,
      NEW.gross_fen, NEW.waived_fen, NEW.waiver_kind, NEW.waiver_id, NEW.basis, NEW.created_at,
      NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_charge_update AFTER UPDATE ON charge BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('charge', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.month, NEW.mode, NEW.standard_id, NEW.class_id,
      NEW.gross_fen, NEW.waived_fen, NEW.waiver_kind, NEW.waiver_id, NEW.basis, NEW.created_at,
      NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_charge_delete AFTER DELETE ON charge BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('charge', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'charge', id, json_array(id, pupil_id, month, mode, standard_id,
      class_id, gross_fen, waived_fen, waiver_kind,
      waiver_id, basis, created_at, updated_at, device_id)
FROM charge ORDER BY rowid;

CREATE TRIGGER seal_ledger_entry_insert AFTER INSERT ON ledger_entry BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('ledger_entry', NEW.id,
    json_array(NEW.id, NEW.direction, NEW.category, NEW.amount_fen, NEW.entry_on, NEW.note,
      NEW.recorded_by, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_ledger_entry_update AFTER UPDATE ON ledger_entry BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('ledger_entry', NEW.id,
    json_array(NEW.id, NEW.direction, NEW.category, NEW.amount_fen, NEW.entry_on, NEW.note,
      NEW.recorded_by, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_ledger_entry_delete AFTER DELETE ON ledger_entry BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('ledger_entry', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'ledger_entry', id, json_array(id, direction, category,
      amount_fen, entry_on, note,
      recorded_by, created_at, device_id)
FROM ledger_entry ORDER BY rowid;

CREATE TRIGGER seal_fee_standard_insert AFTER INSERT ON fee_standard BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('fee_standard', NEW.id,
    json_array(NEW.id, NEW.amount_fen, NEW.unit, NEW.mode, NEW.stage, NEW.half_month,
      NEW.approval_doc, NEW.approval_date, NEW.effective_from, NEW.created_at, NEW.actor,
      NEW.device_id));
END;

CREATE TRIGGER seal_fee_standard_update AFTER UPDATE ON fee_standard BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('fee_standard', NEW.id,
    json_array(NEW.id, NEW.amount_fen, NEW.unit, NEW.mode, NEW.stage, NEW.half_month,
      NEW.approval_doc, NEW.approval_date, NEW.effective_from, NEW.created_at, NEW.actor,
      NEW.device_id));
END;

CREATE TRIGGER seal_fee_standard_delete AFTER DELETE ON fee_standard BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('fee_standard', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'fee_standard', id, json_array(id, amount_fen, unit, mode,
      stage, half_month, approval_doc,
      approval_date, effective_from, created_at,
      actor, device_id)
FROM fee_standard ORDER BY rowid;

CREATE TRIGGER seal_subsidy_rate_insert AFTER INSERT ON subsidy_rate BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('subsidy_rate', NEW.id,
    json_array(NEW.id, NEW.category, NEW.day_type, NEW.unit, NEW.rate_fen, NEW.effective_from,
      NEW.created_at, NEW.actor, NEW.device_id));
END;

CREATE TRIGGER seal_subsidy_rate_update AFTER UPDATE ON subsidy_rate BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('subsidy_rate', NEW.id,
    json_array(NEW.id, NEW.category, NEW.day_type, NEW.unit, NEW.rate_fen, NEW.effective_from,
      NEW.created_at, NEW.actor, NEW.device_id));
END;

CREATE TRIGGER seal_subsidy_rate_delete AFTER DELETE ON subsidy_rate BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('subsidy_rate', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'subsidy_rate', id, json_array(id, category, day_type,
      unit, rate_fen, effective_from,
      created_at, actor, device_id)
FROM subsidy_rate ORDER BY rowid;

CREATE TRIGGER seal_enrolment_insert AFTER INSERT ON enrolment BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('enrolment', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.term_id, NEW.mode, NEW.status, NEW.applied_on,
      NEW.applied_by, NEW.requested_from, NEW.reviewed_at, NEW.reviewed_by, NEW.approved_at,
      NEW.approved_by, NEW.enrolled_from, NEW.withdrawn_on, NEW.withdraw_reason,
      NEW.refused_reason, NEW.agreement_signed_on, NEW.agreement_signed_by, NEW.created_at,
      NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_enrolment_update AFTER UPDATE ON enrolment BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('enrolment', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.term_id, NEW.mode, NEW.status, NEW.applied_on,
      NEW.applied_by, NEW.requested_from, NEW.reviewed_at, NEW.reviewed_by, NEW.approved_at,
      NEW.approved_by, NEW.enrolled_from, NEW.withdrawn_on, NEW.withdraw_reason,
      NEW.refused_reason, NEW.agreement_signed_on, NEW.agreement_signed_by, NEW.created_at,
      NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_enrolment_delete AFTER DELETE ON enrolment BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('enrolment', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'enrolment', id, json_array(id, pupil_id, term_id, mode,
      status, applied_on, applied_by, requested_from,
      reviewed_at, reviewed_by, approved_at,
      approved_by, enrolled_from, withdrawn_on,
      withdraw_reason, refused_reason, agreement_signed_on,
      agreement_signed_by, created_at, updated_at,
      device_id)
FROM enrolment ORDER BY rowid;

CREATE TRIGGER seal_app_user_insert AFTER INSERT ON app_user BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('app_user', NEW.id,
    json_array(NEW.id, NEW.login, NEW.display_name, NEW.role, NEW.staff_id, NEW.pin_hash,
      NEW.active, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_app_user_update AFTER UPDATE OF id, login, display_name, role, staff_id, pin_hash, active, created_at, device_id ON app_user BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('app_user', NEW.id,
    json_array(NEW.id, NEW.login, NEW.display_name, NEW.role, NEW.staff_id, NEW.pin_hash,
      NEW.active, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_app_user_delete AFTER DELETE ON app_user BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('app_user', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'app_user', id, json_array(id, login, display_name, role,
      staff_id, pin_hash, active, created_at,
      device_id)
FROM app_user ORDER BY rowid;

CREATE TRIGGER seal_pupil_insert AFTER INSERT ON pupil BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil', NEW.id,
    json_array(NEW.id, NEW.national_id, NEW.student_no, NEW.name, NEW.sex, NEW.birth_date,
      NEW.class_id, NEW.left_behind, NEW.migrant, NEW.disabled, NEW.hardship, NEW.low_income,
      NEW.registered_poor, NEW.status, NEW.name_initials, NEW.name_pinyin, NEW.created_at,
      NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_pupil_update AFTER UPDATE ON pupil BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil', NEW.id,
    json_array(NEW.id, NEW.national_id, NEW.student_no, NEW.name, NEW.sex, NEW.birth_date,
      NEW.class_id, NEW.left_behind, NEW.migrant, NEW.disabled, NEW.hardship, NEW.low_income,
      NEW.registered_poor, NEW.status, NEW.name_initials, NEW.name_pinyin, NEW.created_at,
      NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_pupil_delete AFTER DELETE ON pupil BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'pupil', id, json_array(id, national_id, student_no, name, sex,
      birth_date, class_id, left_behind, migrant, disabled,
      hardship, low_income, registered_poor, status,
      name_initials, name_pinyin, created_at, updated_at,
      device_id)
FROM pupil ORDER BY rowid;

CREATE TRIGGER seal_pupil_adult_insert AFTER INSERT ON pupil_adult BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil_adult', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.name, NEW.relation, NEW.phone, NEW.is_guardian,
      NEW.can_pickup, NEW.position, hex(NEW.photo), NEW.device_id));
END;

CREATE TRIGGER seal_pupil_adult_update AFTER UPDATE ON pupil_adult BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil_adult', NEW.id,
    json_array(NEW.id, NEW.pupil_id, NEW.name, NEW.relation, NEW.phone, NEW.is_guardian,
      NEW.can_pickup, NEW.position, hex(NEW.photo), NEW.device_id));
END;

CREATE TRIGGER seal_pupil_adult_delete AFTER DELETE ON pupil_adult BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('pupil_adult', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'pupil_adult', id, json_array(id, pupil_id, name, relation,
      phone, is_guardian, can_pickup, position,
      hex(photo), device_id)
FROM pupil_adult ORDER BY rowid;

CREATE TRIGGER seal_staff_insert AFTER INSERT ON staff BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('staff', NEW.id,
    json_array(NEW.id, NEW.name, NEW.role, NEW.phone, NEW.vetting, NEW.vetting_note,
      NEW.active, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_staff_update AFTER UPDATE ON staff BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('staff', NEW.id,
    json_array(NEW.id, NEW.name, NEW.role, NEW.phone, NEW.vetting, NEW.vetting_note,
      NEW.active, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_staff_delete AFTER DELETE ON staff BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('staff', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'staff', id, json_array(id, name, role, phone, vetting,
      vetting_note, active, created_at, device_id)
FROM staff ORDER BY rowid;

CREATE TRIGGER seal_class_insert AFTER INSERT ON class BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('class', NEW.id,
    json_array(NEW.id, NEW.grade_id, NEW.number, NEW.name, NEW.head_teacher_id, NEW.device_id));
END;

CREATE TRIGGER seal_class_update AFTER UPDATE ON class BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('class', NEW.id,
    json_array(NEW.id, NEW.grade_id, NEW.number, NEW.name, NEW.head_teacher_id, NEW.device_id));
END;

CREATE TRIGGER seal_class_delete AFTER DELETE ON class BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('class', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'class', id, json_array(id, grade_id, number, name, head_teacher_id,
      device_id)
FROM class ORDER BY rowid;

CREATE TRIGGER seal_class_supervision_insert AFTER INSERT ON class_supervision BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('class_supervision', NEW.id,
    json_array(NEW.id, NEW.day, NEW.class_id, NEW.staff_id, NEW.start_at, NEW.end_at,
      NEW.device_id));
END;

CREATE TRIGGER seal_class_supervision_update AFTER UPDATE ON class_supervision BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('class_supervision', NEW.id,
    json_array(NEW.id, NEW.day, NEW.class_id, NEW.staff_id, NEW.start_at, NEW.end_at,
      NEW.device_id));
END;

CREATE TRIGGER seal_class_supervision_delete AFTER DELETE ON class_supervision BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('class_supervision', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'class_supervision', id, json_array(id, day, class_id,
      staff_id, start_at, end_at,
      device_id)
FROM class_supervision ORDER BY rowid;

CREATE TRIGGER seal_duty_day_insert AFTER INSERT ON duty_day BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_day', NEW.id,
    json_array(NEW.id, NEW.day, NEW.leader_staff_id, NEW.on_post_at, NEW.signed_off_at,
      NEW.signed_off_by, NEW.sign_off_reason, NEW.device_id));
END;

CREATE TRIGGER seal_duty_day_update AFTER UPDATE ON duty_day BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_day', NEW.id,
    json_array(NEW.id, NEW.day, NEW.leader_staff_id, NEW.on_post_at, NEW.signed_off_at,
      NEW.signed_off_by, NEW.sign_off_reason, NEW.device_id));
END;

CREATE TRIGGER seal_duty_day_delete AFTER DELETE ON duty_day BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_day', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'duty_day', id, json_array(id, day, leader_staff_id, on_post_at,
      signed_off_at, signed_off_by, sign_off_reason,
      device_id)
FROM duty_day ORDER BY rowid;

CREATE TRIGGER seal_duty_log_insert AFTER INSERT ON duty_log BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_log', NEW.id,
    json_array(NEW.id, NEW.day, NEW.class_id, NEW.kind, NEW.text, NEW.at, NEW.actor,
      NEW.device_id));
END;

CREATE TRIGGER seal_duty_log_update AFTER UPDATE ON duty_log BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_log', NEW.id,
    json_array(NEW.id, NEW.day, NEW.class_id, NEW.kind, NEW.text, NEW.at, NEW.actor,
      NEW.device_id));
END;

CREATE TRIGGER seal_duty_log_delete AFTER DELETE ON duty_log BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('duty_log', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'duty_log', id, json_array(id, day, class_id, kind, text,
      at, actor, device_id)
FROM duty_log ORDER BY rowid;

