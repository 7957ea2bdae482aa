-- After-School Desk schema 1: school, calendar, classes, pupils, adults, staff, users, audit.
-- Every row that may travel between PCs has a UUID text id and the device that made it.

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE school (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  school_code TEXT,                          -- 学校标识码 (10 digits)
  county TEXT NOT NULL CHECK (length(trim(county)) > 0),
  stage TEXT NOT NULL CHECK (stage IN ('primary', 'junior', 'nine_year', 'complete')),
  boarding INTEGER NOT NULL DEFAULT 0 CHECK (boarding IN (0, 1)),
  village INTEGER NOT NULL DEFAULT 0 CHECK (village IN (0, 1)),   -- 村小/教学点
  profile_id TEXT NOT NULL DEFAULT 'national',
  utc_offset TEXT NOT NULL DEFAULT '+08:00',
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;

CREATE TABLE term (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  start_date TEXT NOT NULL CHECK (date(start_date) = start_date),
  end_date TEXT NOT NULL CHECK (date(end_date) = end_date),
  device_id TEXT NOT NULL,
  CHECK (end_date > start_date)
) STRICT;

-- Statutory holidays, substitute days off and make-up working days, by source.
CREATE TABLE calendar_day (
  day TEXT PRIMARY KEY CHECK (date(day) = day),
  kind TEXT NOT NULL CHECK (kind IN ('statutory', 'substitute', 'makeup_workday', 'school_off')),
  name TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL CHECK (source IN ('package', 'notice', 'school')),
  makeup_service INTEGER CHECK (makeup_service IN (0, 1)),  -- is a make-up Saturday a service day
  device_id TEXT NOT NULL
) STRICT;

-- Years whose official holiday notice is known (from the package or entered by the principal).
CREATE TABLE holiday_year (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  source TEXT NOT NULL CHECK (source IN ('package', 'notice')),
  confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
  note TEXT NOT NULL DEFAULT ''
) STRICT;

-- Service windows per weekday (1 = Monday … 7 = Sunday) and season.
CREATE TABLE service_window (
  id TEXT PRIMARY KEY,
  season TEXT NOT NULL DEFAULT 'all' CHECK (season IN ('all', 'summer', 'winter')),
  weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_time TEXT NOT NULL CHECK (time(start_time) IS NOT NULL AND length(start_time) = 5),
  end_time TEXT NOT NULL CHECK (time(end_time) IS NOT NULL AND length(end_time) = 5),
  device_id TEXT NOT NULL,
  UNIQUE (season, weekday),
  CHECK (end_time > start_time)
) STRICT;

CREATE TABLE grade (
  id TEXT PRIMARY KEY,
  level INTEGER NOT NULL UNIQUE CHECK (level BETWEEN 1 AND 12),
  name TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role TEXT NOT NULL CHECK (role IN ('teacher', 'duty_leader', 'principal', 'external')),
  phone TEXT,
  vetting TEXT NOT NULL DEFAULT 'not_required'
    CHECK (vetting IN ('not_required', 'pending', 'filed', 'rejected')),  -- 备案
  vetting_note TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;

CREATE TABLE class (
  id TEXT PRIMARY KEY,
  grade_id TEXT NOT NULL REFERENCES grade(id),
  number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
  name TEXT NOT NULL UNIQUE,
  head_teacher_id TEXT REFERENCES staff(id),
  device_id TEXT NOT NULL,
  UNIQUE (grade_id, number)
) STRICT;

CREATE TABLE pupil (
  id TEXT PRIMARY KEY,
  national_id TEXT NOT NULL UNIQUE CHECK (length(national_id) BETWEEN 6 AND 24),  -- 学籍号
  student_no TEXT,                                                              -- 学号
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  sex TEXT NOT NULL CHECK (sex IN ('M', 'F')),
  birth_date TEXT CHECK (birth_date IS NULL OR date(birth_date) = birth_date),
  class_id TEXT NOT NULL REFERENCES class(id),
  left_behind INTEGER NOT NULL DEFAULT 0 CHECK (left_behind IN (0, 1)),          -- 留守
  migrant INTEGER NOT NULL DEFAULT 0 CHECK (migrant IN (0, 1)),                  -- 随迁子女
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),                -- 残疾
  hardship INTEGER NOT NULL DEFAULT 0 CHECK (hardship IN (0, 1)),                -- 困境儿童
  low_income INTEGER NOT NULL DEFAULT 0 CHECK (low_income IN (0, 1)),            -- 家庭经济困难
  registered_poor INTEGER NOT NULL DEFAULT 0 CHECK (registered_poor IN (0, 1)),  -- 建档立卡
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left', 'archived')),
  name_initials TEXT NOT NULL DEFAULT '',   -- pinyin initials for search, e.g. zs
  name_pinyin TEXT NOT NULL DEFAULT '',     -- full pinyin, e.g. zhangsan
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX pupil_class ON pupil(class_id);

-- Guardians and other adults allowed to collect a pupil.
CREATE TABLE pupil_adult (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  relation TEXT NOT NULL DEFAULT '',
  phone TEXT,
  is_guardian INTEGER NOT NULL DEFAULT 1 CHECK (is_guardian IN (0, 1)),
  can_pickup INTEGER NOT NULL DEFAULT 1 CHECK (can_pickup IN (0, 1)),
  position INTEGER NOT NULL DEFAULT 0,
  photo BLOB,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX pupil_adult_pupil ON pupil_adult(pupil_id);

CREATE TABLE app_user (
  id TEXT PRIMARY KEY,
  login TEXT NOT NULL UNIQUE CHECK (length(trim(login)) > 0),
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('teacher', 'duty_leader', 'principal', 'admin')),
  staff_id TEXT REFERENCES staff(id),
  pin_hash TEXT NOT NULL,          -- argon2id encoded hash, parameters included
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;

-- Append-only, hash-chained audit trail.
CREATE TABLE audit (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  device_id TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_entity ON audit(entity, entity_id);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
  SELECT RAISE(ABORT, 'audit rows cannot be deleted');
END;
