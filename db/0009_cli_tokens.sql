-- Tokens for scripts that run the command line (environment variable APP_TOKEN).
-- A token acts as one log-in account: that account's role and classes, read at each use, so a
-- disabled account's tokens stop working at once. Only the SHA-256 of a token is kept (a token
-- is 32 random bytes: a fast hash is enough, nobody can guess one from its hash). A token is
-- shown once, when it is made; it expires, and can be revoked. Nothing is deleted: a revoked or
-- expired token stays listed with who made and who revoked it.

CREATE TABLE cli_token (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 40),
  user_id TEXT NOT NULL REFERENCES app_user(id),  -- the account the token acts as
  token_sha256 TEXT NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,            -- login of the account that made it
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT,
  device_id TEXT NOT NULL,
  CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
) STRICT;

-- one usable name at a time, so ``token revoke NAME`` names exactly one token
CREATE UNIQUE INDEX cli_token_live_name ON cli_token (name) WHERE revoked_at IS NULL;

-- Tamper seals (migration 0008, app/store/seals.py): a token row slipped in behind the
-- program's back would be a key to an account, so every token is sealed like the accounts.
CREATE TRIGGER seal_cli_token_insert AFTER INSERT ON cli_token BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('cli_token', NEW.id,
    json_array(NEW.id, NEW.name, NEW.user_id, NEW.token_sha256, NEW.created_at, NEW.created_by,
      NEW.expires_at, NEW.revoked_at, NEW.revoked_by, NEW.device_id));
END;

CREATE TRIGGER seal_cli_token_update AFTER UPDATE ON cli_token BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('cli_token', NEW.id,
    json_array(NEW.id, NEW.name, NEW.user_id, NEW.token_sha256, NEW.created_at, NEW.created_by,
      NEW.expires_at, NEW.revoked_at, NEW.revoked_by, NEW.device_id));
END;

CREATE TRIGGER seal_cli_token_delete AFTER DELETE ON cli_token BEGIN
  INSERT INTO seal_request (entity, row_key, payload) VALUES ('cli_token', OLD.id, NULL);
END;
