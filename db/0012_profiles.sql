-- The school's policy profiles in its own file (docs/fee-caps.md, "Where the profiles live").
--
-- 1. policy_profile: the school's own profiles (a copy of a built-in one, adjusted to the
--    county's text), their whole TOML text, the profile each was copied from. Built-in
--    profiles stay in resources/profiles; a copy travels with the file, its backups and its
--    journals, so every Windows account and every PC of the school reads the same rules.
-- 2. school_profile_in_force: which profile the school follows from which day (a new county
--    notice from a date); the row in force on a day is app/domain/in_force.py's. Before the
--    first row, the profile chosen at set-up (school.profile_id) holds.
-- 3. Both are the register: sealed, and written only on the school's hub PC once one is named.


CREATE TABLE policy_profile (
  id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 2 AND 40 AND id GLOB '[a-z0-9]*'
    AND id NOT GLOB '*[^a-z0-9-]*'),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  toml TEXT NOT NULL CHECK (length(toml) > 0),
  copied_from TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;

CREATE TABLE school_profile_in_force (
  id TEXT PRIMARY KEY,
  profile_id TEXT NOT NULL CHECK (length(profile_id) BETWEEN 2 AND 40
    AND profile_id NOT GLOB '*[^a-z0-9-]*'),  -- built in (resources/) or a policy_profile
  effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX school_profile_in_force_day ON school_profile_in_force(effective_from);

-- The school's profiles are sealed (docs/tamper-evidence.md).

CREATE TRIGGER seal_policy_profile_insert AFTER INSERT ON policy_profile BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('policy_profile', NEW.id,
    json_array(NEW.id, NEW.name, NEW.toml, NEW.copied_from, NEW.created_by, NEW.created_at, NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_policy_profile_update AFTER UPDATE ON policy_profile BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('policy_profile', NEW.id,
    json_array(NEW.id, NEW.name, NEW.toml, NEW.copied_from, NEW.created_by, NEW.created_at, NEW.updated_at, NEW.device_id));
END;

CREATE TRIGGER seal_policy_profile_delete AFTER DELETE ON policy_profile BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('policy_profile', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'policy_profile', id, json_array(id, name, toml, copied_from, created_by, created_at, updated_at, device_id) FROM policy_profile;

CREATE TRIGGER seal_school_profile_in_force_insert AFTER INSERT ON school_profile_in_force BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('school_profile_in_force', NEW.id,
    json_array(NEW.id, NEW.profile_id, NEW.effective_from, NEW.recorded_by, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_school_profile_in_force_update AFTER UPDATE ON school_profile_in_force BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('school_profile_in_force', NEW.id,
    json_array(NEW.id, NEW.profile_id, NEW.effective_from, NEW.recorded_by, NEW.created_at, NEW.device_id));
END;

CREATE TRIGGER seal_school_profile_in_force_delete AFTER DELETE ON school_profile_in_force BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('school_profile_in_force', OLD.id, NULL);
END;

INSERT INTO seal_request (entity, row_key, payload)
SELECT 'school_profile_in_force', id, json_array(id, profile_id, effective_from, recorded_by, created_at, device_id) FROM school_profile_in_force;

-- They are the register: the hub's (docs/several-pcs.md).

CREATE TRIGGER hub_only_policy_profile_insert BEFORE INSERT ON policy_profile
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_policy_profile_update BEFORE UPDATE ON policy_profile
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_policy_profile_delete BEFORE DELETE ON policy_profile
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_school_profile_in_force_insert BEFORE INSERT ON school_profile_in_force
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_school_profile_in_force_update BEFORE UPDATE ON school_profile_in_force
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;

CREATE TRIGGER hub_only_school_profile_in_force_delete BEFORE DELETE ON school_profile_in_force
WHEN desk_importing() = 0 AND EXISTS (SELECT 1 FROM school_hub WHERE device_id != desk_device())
BEGIN
  SELECT RAISE(ABORT, 'desk:hub_only');
END;
