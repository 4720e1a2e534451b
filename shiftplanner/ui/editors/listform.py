"""A list of plan items beside a form for the chosen one: the frame of the goals and habits
editors. The form writes into a draft list as the person types; OK applies the whole list."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shiftplanner.ui.editors.base import PlanDialog
from shiftplanner.ui.editors.fields import ProblemLabel, row_widget
from shiftplanner.ui.session import PlanSession

T = TypeVar("T")


class ListFormDialog(PlanDialog, Generic[T]):
    """Subclasses give the items, lay out the form, and read and show one item."""

    def __init__(self, session: PlanSession, items: tuple[T, ...], parent: QWidget | None = None):
        super().__init__(session, parent)
        self.items: list[T] = list(items)
        self._loading = False
        self.layout_ = QVBoxLayout(self)
        columns = QHBoxLayout()
        self.layout_.addLayout(columns, 1)
        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setMinimumWidth(240)
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _: self._show_current())
        left.addWidget(self.list, 1)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_item)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        left.addWidget(row_widget(self.add_button, self.remove_button))
        self.list_note = ProblemLabel()
        left.addWidget(self.list_note)
        columns.addLayout(left, 1)
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        columns.addWidget(self.form_widget, 3)

    def start(self) -> None:
        """Fill the list and check once; call at the end of the subclass's __init__."""
        self.finish(self.layout_)
        self._fill_list(0 if self.items else -1)

    def current_row(self) -> int:
        """The item the form shows, or -1."""
        return self.list.currentRow()

    def add_item(self) -> None:
        """Add a new item and show it in the form."""
        self.items.append(self.new_item())
        self._fill_list(len(self.items) - 1)

    def remove_item(self) -> None:
        """Remove the chosen item."""
        row = self.current_row()
        if row >= 0:
            del self.items[row]
            self._fill_list(min(row, len(self.items) - 1))

    def form_changed(self) -> None:
        """Write the form into the chosen item; connect every field's change signal here."""
        row = self.current_row()
        if self._loading or row < 0:
            return
        self.items[row] = self.read_form(self.items[row])
        self.list.item(row).setText(self.item_text(self.items[row]))
        self.revalidate()

    def _fill_list(self, row: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.items:
            self.list.addItem(self.item_text(item))
        self.list.blockSignals(False)
        self.list.setCurrentRow(row)
        self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        self.form_widget.setEnabled(row >= 0)
        self.remove_button.setEnabled(row >= 0)
        if row >= 0:
            self._loading = True
            self.show_item(self.items[row])
            self._loading = False
        self.revalidate()

    def field_problems(self) -> dict[QWidget, str]:
        row = self.current_row()
        problems: dict[QWidget, str] = {}
        for index, item in enumerate(self.items):
            others = self.items[:index] + self.items[index + 1 :]
            found = self.item_problems(item, others)
            if index == row:
                problems.update(found)
            elif found:
                problems[self.list] = self.tr("Fix “{0}” first: {1}").format(
                    self.item_text(item), next(iter(found.values()))
                )
        self.list_note.say(problems.get(self.list, ""))
        return problems

    def new_item(self) -> T:
        """A fresh item for Add."""
        raise NotImplementedError

    def item_text(self, item: T) -> str:
        """How the list shows an item."""
        raise NotImplementedError

    def show_item(self, item: T) -> None:
        """Put an item's values into the form."""
        raise NotImplementedError

    def read_form(self, item: T) -> T:
        """The item with the form's values."""
        raise NotImplementedError

    def item_problems(self, item: T, others: list[T]) -> dict[QWidget, str]:
        """Each bad field of an item (keyed by the form's widgets) and why."""
        raise NotImplementedError
