-- Month close (月结). The principal closes a finished month: the data of every report of that
-- month (ledger, direct report, finance notice, subsidy sheet) is frozen as one snapshot,
-- canonical JSON compressed with zlib, with the SHA-256 of the uncompressed JSON beside it.
-- Reports of a closed month are built from its snapshot. A reopening (with a reason) ends the
-- newest snapshot's hold on the month; closing again writes the next version. Nothing here is
-- ever changed or deleted, so the figures first submitted can always be shown beside the
-- amended ones. A month is closed when its newest snapshot has no reopening.

CREATE TABLE month_snapshot (
  id TEXT PRIMARY KEY,
  month TEXT NOT NULL CHECK (date(month || '-01') = month || '-01'),
  version INTEGER NOT NULL CHECK (version >= 1),
  closed_at TEXT NOT NULL,
  closed_by TEXT NOT NULL,             -- login of who closed it
  closed_by_name TEXT NOT NULL,        -- as printed: "校长 王校长"
  device_id TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  payload BLOB NOT NULL,               -- zlib(canonical JSON); last, so lookups skip it
  UNIQUE (month, version)
) STRICT;

CREATE TABLE month_reopening (
  id TEXT PRIMARY KEY,
  month TEXT NOT NULL,
  version INTEGER NOT NULL,            -- the snapshot version this reopening ends
  reopened_at TEXT NOT NULL,
  reopened_by TEXT NOT NULL,
  reopened_by_name TEXT NOT NULL,
  device_id TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  UNIQUE (month, version),
  FOREIGN KEY (month, version) REFERENCES month_snapshot (month, version)
) STRICT;

CREATE TRIGGER month_snapshot_no_update BEFORE UPDATE ON month_snapshot
BEGIN
  SELECT RAISE(ABORT, 'month_snapshot rows cannot be changed');
END;

CREATE TRIGGER month_snapshot_no_delete BEFORE DELETE ON month_snapshot
BEGIN
  SELECT RAISE(ABORT, 'month_snapshot rows cannot be deleted');
END;

CREATE TRIGGER month_reopening_no_update BEFORE UPDATE ON month_reopening
BEGIN
  SELECT RAISE(ABORT, 'month_reopening rows cannot be changed');
END;

CREATE TRIGGER month_reopening_no_delete BEFORE DELETE ON month_reopening
BEGIN
  SELECT RAISE(ABORT, 'month_reopening rows cannot be deleted');
END;
