-- Personal information: when a pupil left, and when their personal fields were erased after the
-- school's retention period (PIPL art. 19, 47). The pupil row itself stays, so the counts in
-- past reports do not change.
CREATE TABLE pupil_departure (
  pupil_id TEXT PRIMARY KEY REFERENCES pupil(id),
  left_on TEXT NOT NULL CHECK (date(left_on) = left_on),
  reason TEXT NOT NULL DEFAULT '',
  erased_at TEXT,
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX pupil_departure_left_on ON pupil_departure(left_on);
