-- After-School Desk schema 3: the money side.
-- Fee standards with history, monthly charges, waivers, payments, refunds, the income and
-- expense ledger, staff subsidy rates, and the guardian's consents (service / publication).
-- Money is integer fen (分) everywhere.

-- A fee standard: amount per unit, for a service mode and stage, effective from a date.
-- A later standard for the same mode and stage replaces an earlier one from its date on.
CREATE TABLE fee_standard (
  id TEXT PRIMARY KEY,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  unit TEXT NOT NULL CHECK (unit IN ('month', 'term', 'day')),
  mode TEXT NOT NULL DEFAULT 'basic' CHECK (mode IN ('basic', 'course')),
  stage TEXT NOT NULL DEFAULT 'all' CHECK (stage IN ('all', 'primary', 'junior', 'senior')),
  half_month INTEGER NOT NULL DEFAULT 0 CHECK (half_month IN (0, 1)),  -- 不足半月按半月收
  approval_doc TEXT NOT NULL DEFAULT '',        -- 价格主管部门批复文号
  approval_date TEXT CHECK (approval_date IS NULL OR date(approval_date) = approval_date),
  effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX fee_standard_lookup ON fee_standard(mode, stage, effective_from);

-- A waiver (减免) other than 建档立卡 (which follows the pupil flag automatically).
CREATE TABLE waiver (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  kind TEXT NOT NULL
    CHECK (kind IN ('registered_poor', 'subsistence', 'extreme_poverty', 'disabled', 'orphan', 'other')),
  percent INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 100),
  evidence TEXT NOT NULL CHECK (length(trim(evidence)) > 0),
  approved_by TEXT NOT NULL CHECK (length(trim(approved_by)) > 0),
  approved_on TEXT NOT NULL CHECK (date(approved_on) = approved_on),
  valid_from TEXT NOT NULL CHECK (date(valid_from) = valid_from),
  revoked_on TEXT CHECK (revoked_on IS NULL OR date(revoked_on) = revoked_on),
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX waiver_pupil ON waiver(pupil_id);

-- A charge: one per pupil, month and service mode. The id is a UUIDv5 of (pupil, month, mode),
-- so generating the same month twice gives the same rows.
CREATE TABLE charge (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  month TEXT NOT NULL CHECK (length(month) = 7 AND date(month || '-01') = month || '-01'),
  mode TEXT NOT NULL CHECK (mode IN ('basic', 'course')),
  standard_id TEXT NOT NULL REFERENCES fee_standard(id),
  class_id TEXT NOT NULL REFERENCES class(id),
  gross_fen INTEGER NOT NULL CHECK (gross_fen >= 0),
  waived_fen INTEGER NOT NULL CHECK (waived_fen >= 0),
  waiver_kind TEXT,
  waiver_id TEXT REFERENCES waiver(id),
  basis TEXT NOT NULL DEFAULT '',              -- how the amount was worked out, in words
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  UNIQUE (pupil_id, month, mode),
  CHECK (waived_fen <= gross_fen)
) STRICT;
CREATE INDEX charge_month ON charge(month);

CREATE TABLE payment (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  paid_on TEXT NOT NULL CHECK (date(paid_on) = paid_on),
  method TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'bank', 'other')),
  receipt_no TEXT UNIQUE,
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX payment_pupil ON payment(pupil_id);
CREATE INDEX payment_day ON payment(paid_on);

-- 多退少不补: refunds of overpayment (e.g. the unused part after a withdrawal).
CREATE TABLE refund (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  refunded_on TEXT NOT NULL CHECK (date(refunded_on) = refunded_on),
  reason TEXT NOT NULL DEFAULT '',
  approved_by TEXT NOT NULL CHECK (length(trim(approved_by)) > 0),
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX refund_pupil ON refund(pupil_id);

-- The ledger beyond fees: expenses by the categories the texts name, and other income
-- (government subsidy). No management fee is ever a category.
CREATE TABLE ledger_entry (
  id TEXT PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('expense', 'income')),
  category TEXT NOT NULL CHECK (category IN (
    '教师补助', '外聘人员补助', '水费', '电费', '取暖费', '耗材', '场地', '保险', '其他',
    '财政补助', '其他收入')),
  amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
  entry_on TEXT NOT NULL CHECK (date(entry_on) = entry_on),
  note TEXT NOT NULL DEFAULT '',
  recorded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX ledger_entry_day ON ledger_entry(entry_on);

-- Staff subsidy rates: per hour or per lesson, per staff category; day_type 'base' is the
-- base that the profile's multipliers (150% / 200% / 300% …) apply to, a specific day type
-- is a flat rate for that day type.
CREATE TABLE subsidy_rate (
  id TEXT PRIMARY KEY,
  category TEXT NOT NULL CHECK (category IN ('teacher', 'duty_leader', 'external')),
  day_type TEXT NOT NULL DEFAULT 'base'
    CHECK (day_type IN ('base', 'weekday', 'rest_day', 'statutory_holiday')),
  unit TEXT NOT NULL CHECK (unit IN ('hour', 'lesson')),
  rate_fen INTEGER NOT NULL CHECK (rate_fen >= 0),
  effective_from TEXT NOT NULL CHECK (date(effective_from) = effective_from),
  created_at TEXT NOT NULL,
  actor TEXT NOT NULL,
  device_id TEXT NOT NULL
) STRICT;
CREATE INDEX subsidy_rate_lookup ON subsidy_rate(category, day_type, effective_from);

-- A guardian's separate consent (PIPL art. 25): to the service, or to publication of the
-- pupil's (masked) name on the waiver list.
CREATE TABLE pupil_consent (
  id TEXT PRIMARY KEY,
  pupil_id TEXT NOT NULL REFERENCES pupil(id),
  kind TEXT NOT NULL CHECK (kind IN ('service', 'publication')),
  given_on TEXT NOT NULL CHECK (date(given_on) = given_on),
  given_by TEXT NOT NULL CHECK (length(trim(given_by)) > 0),
  withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on) = withdrawn_on),
  created_at TEXT NOT NULL,
  device_id TEXT NOT NULL,
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
) STRICT;
CREATE INDEX pupil_consent_pupil ON pupil_consent(pupil_id, kind);
