"""A change of a list's search or filter, as Qt wants to hear of it on every version we run on.

Qt 6.10 brought ``endFilterChange(Direction)``; Qt 6.9 (the version PCs with glibc 2.28, such
as UOS 20, can install: docs/uos-kylin.md) has ``beginFilterChange`` and, to end the change,
``invalidateRowsFilter``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSortFilterProxyModel


@contextmanager
def rows_filter_change(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Around a change of what ``filterAcceptsRow`` accepts: the rows are filtered again."""
    proxy.beginFilterChange()
    try:
        yield
    finally:
        end = getattr(proxy, "endFilterChange", None)
        if end is None:  # Qt 6.9
            proxy.invalidateRowsFilter()
        else:
            end(QSortFilterProxyModel.Direction.Rows)
