-- What each expense was for (用途), checked against the region's text (app/domain/spending.py):
-- staff pay, the running costs of the service, its equipment, something unrelated to the
-- service, or a management fee. '' on entries made before: their category says it (a "其他"
-- without one is listed for review). Income entries leave it ''.
ALTER TABLE ledger_entry ADD COLUMN purpose TEXT NOT NULL DEFAULT ''
  CHECK (purpose IN ('', 'staff_pay', 'running', 'equipment', 'unrelated', 'management_fee'));

-- The seal covers the new column: the triggers are made again with it, and every entry is
-- sealed again with what it holds now (the same content, and its purpose '').
DROP TRIGGER seal_ledger_entry_insert;
DROP TRIGGER seal_ledger_entry_update;

CREATE TRIGGER seal_ledger_entry_insert AFTER INSERT ON ledger_entry BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('ledger_entry', NEW.id,
    json_array(NEW.id, NEW.direction, NEW.category, NEW.amount_fen, NEW.entry_on, NEW.note,
      NEW.recorded_by, NEW.created_at, NEW.device_id, NEW.purpose));
END;

CREATE TRIGGER seal_ledger_entry_update AFTER UPDATE ON ledger_entry BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('ledger_entry', NEW.id,
    json_array(NEW.id, NEW.direction, NEW.category, NEW.amount_fen, NEW.entry_on, NEW.note,
      NEW.recorded_by, NEW.created_at, NEW.device_id, NEW.purpose));
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'ledger_entry', id, json_array(id, direction, category,
      amount_fen, entry_on, note,
      recorded_by, created_at, device_id, purpose)
FROM ledger_entry ORDER BY rowid;
