"""What the service's money was spent for (用途), and what each region's own text says of it.

Every expense names its purpose: staff pay, the running costs of the service, its equipment,
or something unrelated to the service. The category (水费, 教师补助 …) implies the purpose
unless said otherwise; "其他" must say it. A management fee (管理费, 提成, written in the
category or the note) is a purpose of its own, whatever was chosen.

How a text treats a purpose:
- forbidden (a problem; refused at entry): a management fee where the text bans it (the city
  plan's 不得截留或提取管理费) or earmarks the money (专款专用: the city plan, Urumqi, Luoyang,
  Helan); spending unrelated to the service where the text earmarks the money;
- worth a look (需核查; listed, never refused): the same where the text only says what the
  money is mainly for (Lhasa: 主要用于…劳务补助), and entries from before purposes were
  recorded that do not say theirs (a "其他" without a purpose);
- nothing where the text says nothing (the national baseline).

Where the text says what the money is mainly for (Lhasa: 课后服务经费主要用于参与课后服务教师、
相关人员的劳务补助), the share of staff pay is checked too: over the term so far (from the
start of the term holding the checked month to the month's last day checked), staff pay that is
less than half of all the service's spending is listed for review (``check_staff_pay_share``).

Pure: the records come from after_school_desk/services/month/compliance.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from after_school_desk.domain.money import is_management_fee
from after_school_desk.domain.profiles import Clause, Profile
from after_school_desk.domain.violations import Violation, ViolationKind
from after_school_desk.domain.violations import yuan_text as _yuan


class Purpose(StrEnum):
    """What an expense was for (``ledger_entry.purpose``; "" on entries that do not say)."""

    STAFF_PAY = "staff_pay"
    RUNNING = "running"
    EQUIPMENT = "equipment"
    UNRELATED = "unrelated"
    MANAGEMENT_FEE = "management_fee"


PURPOSES: dict[str, str] = {
    Purpose.STAFF_PAY: "课后服务人员劳务补助",
    Purpose.RUNNING: "课后服务运行开支（水、电、取暖、耗材、场地、保险）",
    Purpose.EQUIPMENT: "课后服务设备购置与维护",
    Purpose.UNRELATED: "与课后服务无关的开支",
    Purpose.MANAGEMENT_FEE: "提取管理费",
}
# The purpose an expense category implies ("其他" implies none: it must be said).
CATEGORY_PURPOSE: dict[str, str] = {
    "教师补助": Purpose.STAFF_PAY,
    "外聘人员补助": Purpose.STAFF_PAY,
    "水费": Purpose.RUNNING,
    "电费": Purpose.RUNNING,
    "取暖费": Purpose.RUNNING,
    "耗材": Purpose.RUNNING,
    "场地": Purpose.RUNNING,
    "保险": Purpose.RUNNING,
    "其他": "",
}
# Words in a note that make the booking a management fee whatever its category.
NOTE_MANAGEMENT_WORDS = ("管理费", "管理经费", "提成", "行政费", "截留", "提留")


def mentions_management_fee(text: str) -> bool:
    return any(word in text for word in NOTE_MANAGEMENT_WORDS)


def purpose_of(category: str, purpose: str, note: str = "") -> str:
    """The purpose an expense serves: a management fee when its category or note says so,
    else the purpose recorded, else the one its category implies ("" when unknown)."""
    if is_management_fee(category) or mentions_management_fee(note):
        return Purpose.MANAGEMENT_FEE
    return purpose or CATEGORY_PURPOSE.get(category, "")


def allowed_purposes(category: str) -> tuple[str, ...]:
    """Purposes an expense of this category may name: the one the category implies, or
    unrelated to the service; any purpose for "其他"."""
    implied = CATEGORY_PURPOSE.get(category, "")
    if not implied:
        return tuple(PURPOSES)
    return (implied, Purpose.UNRELATED)


@dataclass(frozen=True)
class SpendingRule:
    clause: Clause
    listed: bool  # True: worth a look (需核查), not a breach


def _own(profile: Profile, key: str) -> Clause | None:
    duty = profile.duty(key)
    return duty.clause if duty is not None and not duty.clause.default_from else None


def spending_rule(profile: Profile, purpose: str) -> SpendingRule | None:
    """How the region's own text treats money spent for ``purpose`` ("" = not said)."""
    if purpose not in (Purpose.MANAGEMENT_FEE, Purpose.UNRELATED, ""):
        return None
    earmarked = _own(profile, "earmarked")
    banned = _own(profile, "no_management_fee") if purpose == Purpose.MANAGEMENT_FEE else None
    banned = banned or (earmarked if purpose else None)
    if banned is not None:
        return SpendingRule(banned, listed=False)
    review = earmarked or _own(profile, "spending_main")
    return SpendingRule(review, listed=True) if review is not None else None


@dataclass(frozen=True)
class ExpenseRecord:
    day: str
    category: str
    purpose: str  # as recorded; "" on entries from before purposes were recorded
    amount_fen: int
    note: str
    record_ref: str  # "ledger_entry:<id>"


def check_expenses(profile: Profile, records: Iterable[ExpenseRecord]) -> list[Violation]:
    """Expenses for purposes the region's own text forbids (problems) or makes worth a look."""
    out: list[Violation] = []
    for r in records:
        purpose = purpose_of(r.category, r.purpose, r.note)
        rule = spending_rule(profile, purpose)
        if rule is None:
            continue
        what = f"{r.day} 支出“{r.category}”{_yuan(r.amount_fen)}"
        note = f"（备注：{r.note}）" if r.note else ""
        if purpose:
            kind = ViolationKind.EXPENSE_PURPOSE
            message = f"{what}用于{PURPOSES[purpose]}{note}"
        else:
            kind = ViolationKind.EXPENSE_UNSPECIFIED
            message = f"{what}没有写明用途{note}"
        out.append(Violation(kind, message, rule.clause, r.record_ref, r.day, listed=rule.listed))
    return out


@dataclass(frozen=True)
class SpendingPeriod:
    """The expenses of a stretch of days, for the share of staff pay in them."""

    first: str  # the first day counted: the start of the term holding the month (or the month)
    last: str  # the last day counted: the checked month's end (or today)
    expenses: tuple[ExpenseRecord, ...] = ()

    @property
    def record_ref(self) -> str:
        return f"ledger:{self.first}..{self.last}"


def staff_pay_share(period: SpendingPeriod) -> tuple[int, int]:
    """(staff pay, all spending) in fen over the period."""
    total = sum(r.amount_fen for r in period.expenses)
    staff = sum(
        r.amount_fen
        for r in period.expenses
        if purpose_of(r.category, r.purpose, r.note) == Purpose.STAFF_PAY
    )
    return staff, total


def check_staff_pay_share(profile: Profile, period: SpendingPeriod | None) -> list[Violation]:
    """Where the region's own text makes staff pay the main use of the money (Lhasa's
    ``spending_main``), a period whose staff pay is less than half of its spending is listed for
    review (需核查), with the figures. Nothing without spending, or where the text is silent."""
    clause = _own(profile, "spending_main")
    if clause is None or period is None:
        return []
    staff, total = staff_pay_share(period)
    if total <= 0 or 2 * staff >= total:
        return []
    percent = staff * 100 // total
    message = (
        f"{period.first} 至 {period.last} 课后服务支出共 {_yuan(total)}，其中参与课后服务人员"
        f"劳务补助 {_yuan(staff)}（{percent}%），其他支出 {_yuan(total - staff)}："
        "劳务补助不足支出的一半"
    )
    return [
        Violation(ViolationKind.STAFF_PAY_SHARE, message, clause, period.record_ref, period.last,
                  listed=True)
    ]  # fmt: skip
