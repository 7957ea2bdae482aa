"""A list's filter change ends as the running Qt version wants (Qt 6.9 has no endFilterChange)."""

from __future__ import annotations

from after_school_desk.ui.filter_change import rows_filter_change


class _Qt69Proxy:
    """What a Qt 6.9 proxy offers for a filter change."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def beginFilterChange(self) -> None:
        self.calls.append("begin")

    def invalidateRowsFilter(self) -> None:
        self.calls.append("invalidate rows")


def test_on_qt_6_9_the_rows_are_filtered_again_by_invalidating_them() -> None:
    proxy = _Qt69Proxy()
    with rows_filter_change(proxy):  # type: ignore[arg-type]
        proxy.calls.append("change")
    assert proxy.calls == ["begin", "change", "invalidate rows"]
