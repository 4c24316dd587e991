"""What the console's tables show, read as a paint would: the rows' items are made when a table
paints them (:meth:`~agent_desk.ui.console.models.KeyedTableModel.fill`), so these helpers fill the
rows they read first. ``shown`` is a table's model: a :class:`KeyedTableModel` or a proxy over one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt

from agent_desk.ui.console.models import KeyedTableModel


def source_of(shown) -> KeyedTableModel:
    return shown.sourceModel() if isinstance(shown, QSortFilterProxyModel) else shown


def source_rows(shown) -> list[int]:
    """The model's row of each row of ``shown``, in the order shown."""
    if isinstance(shown, QSortFilterProxyModel):
        return [shown.mapToSource(shown.index(r, 0)).row() for r in range(shown.rowCount())]
    return list(range(shown.rowCount()))


def cells(shown, column: int, role=Qt.ItemDataRole.DisplayRole) -> list[Any]:
    """``role`` of each shown row's cell in ``column``, from the items a paint would make."""
    source_of(shown).fill(source_rows(shown))
    return [shown.index(r, column).data(role) for r in range(shown.rowCount())]


def cell(model: KeyedTableModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole) -> Any:
    """``role`` of one cell of ``model``, from the items a paint would make."""
    model.fill([row])
    return model.index(row, column).data(role)


def sort_values(shown, column: int) -> list[Any]:
    """The sort value of each shown row in ``column`` (what the model sorts on)."""
    model = source_of(shown)
    return [model.sort_value(row, column) for row in source_rows(shown)]
