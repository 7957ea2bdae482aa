"""Which direct-report figures the county adds up, and how (sums, sums of parts, yuan, the
number of schools saying yes, rates recomputed from the sums), and what each school's row shows."""

from __future__ import annotations

# figures added up over the schools (people and events counted)
SUM_KEYS = (
    "pupils_total",
    "pupils_applied",
    "pupils_enrolled",
    "pupils_refused",
    "pupils_all_five_days",
    "pupils_full_attendance",
    "extended_care_pupils",
    "teachers_total",
    "teachers_participating",
    "external_staff_not_filed",
    "voluntary_agreements",
    "absences",
    "absences_followed_up",
    "late_pickups",
    "incidents",
    "clubs_count",
    "waivers_count",
)
DICT_KEYS = ("pupils_priority", "external_staff")  # added up part by part
MONEY_KEYS = ("fee_income_yuan", "waivers_yuan", "subsidy_yuan")  # yuan, to the fen
YES_KEYS = (  # a yes/no of each school: the number of schools saying yes
    "offers_service",
    "boarding",
    "village_school",
    "homework_support",
    "no_new_lessons",
    "fee_charged",
)
# the county's own figures, before the indicators (label, explanation)
COUNTY_FIGURES: dict[str, tuple[str, str]] = {
    "schools_listed": ("名单上的学校数", "县里学校名单上的学校"),
    "schools_reported": ("已报送学校数", "本月有可用报送包的学校"),
    "schools_missing": ("未报送学校数", "名单上本月没有可用报送包的学校"),
    "schools_closed": ("已月结学校数", "所用报送包生成时本月已月结"),
    "problems": ("待核实问题数", "损坏、月份不对、未月结、记录不全、数字异常等"),
}
# the rates recomputed from the county's sums (a sum of rates means nothing)
RATES = {
    "participation_rate": ("pupils_enrolled", "pupils_total"),
    "teacher_participation_rate": ("teachers_participating", "teachers_total"),
}
# the figures of each school's row in the per-school table
ROW_KEYS = (
    "pupils_total",
    "pupils_enrolled",
    "participation_rate",
    "attendance_rate",
    "absences",
    "service_days",
    "teachers_total",
    "teachers_participating",
    "fee_standard_yuan",
    "fee_income_yuan",
)
UNIT_WORDS = {"month": "每月", "term": "每学期", "day": "每天", "hour": "每小时"}
