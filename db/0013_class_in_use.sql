-- Whether a class is still used (1) or no longer (0): a class that merged or ran out keeps its
-- history (attendance, charges, reports of past months) but is set aside. Set on the 班级 tab
-- of 人员与账户 (app/services/school/class_register.py); only a class without pupils.
ALTER TABLE class ADD COLUMN in_use INTEGER NOT NULL DEFAULT 1 CHECK (in_use IN (0, 1));

-- The seal covers the new column: the triggers are made again with it, and every class is
-- sealed again with what it holds now (the same content, in use).
DROP TRIGGER seal_class_insert;
DROP TRIGGER seal_class_update;

CREATE TRIGGER seal_class_insert AFTER INSERT ON class BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('class', NEW.id,
    json_array(NEW.id, NEW.grade_id, NEW.number, NEW.name, NEW.head_teacher_id, NEW.device_id,
      NEW.in_use));
END;

CREATE TRIGGER seal_class_update AFTER UPDATE ON class BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('class', NEW.id,
    json_array(NEW.id, NEW.grade_id, NEW.number, NEW.name, NEW.head_teacher_id, NEW.device_id,
      NEW.in_use));
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'class', id, json_array(id, grade_id, number, name, head_teacher_id, device_id, in_use)
FROM class ORDER BY rowid;
