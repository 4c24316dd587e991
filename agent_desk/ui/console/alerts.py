"""Alerts in the console: the thresholds dialog, the alert bar's sentences, and where the
thresholds are kept.

The rules are :mod:`agent_desk.supervisor.alerts`; the console feeds them each refresh
(:meth:`~agent_desk.ui.console.view.SupervisorConsole.check_alerts`). Thresholds start from the
profile's ``[profiles.NAME.alerts]`` table (``waiting_calls``, ``longest_wait``, ``answer_rate``
in percent, ``state_minutes``, ``unregistered``, ``pbx_down``, ``events_down``; 0 or false
switches a rule off) and the dialog changes them for the session.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from agent_desk.supervisor.alerts import Alert, Thresholds
from agent_desk.ui.common.messages import fill

translate = QCoreApplication.translate


def _number(table: dict[str, Any], key: str, default: float | None) -> float | None:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return default
    return None if value <= 0 else value


def thresholds_from(table: Any) -> Thresholds:
    """Thresholds from a profile's ``alerts`` table (defaults for what it leaves out or gets wrong)."""
    table = table if isinstance(table, dict) else {}
    base = Thresholds()
    rate = _number(table, "answer_rate", (base.answer_rate or 0) * 100)
    minutes = _number(table, "state_minutes", (base.state_seconds or 0) / 60)
    waiting = _number(table, "waiting_calls", base.waiting_calls)
    longest = _number(table, "longest_wait", base.longest_wait)
    return Thresholds(
        waiting_calls=None if waiting is None else int(waiting),
        longest_wait=None if longest is None else int(longest),
        answer_rate=None if rate is None else min(rate, 100) / 100,
        unregistered=bool(table.get("unregistered", base.unregistered)),
        state_seconds=None if minutes is None else int(minutes * 60),
        pbx_down=bool(table.get("pbx_down", base.pbx_down)),
        events_down=bool(table.get("events_down", base.events_down)),
    )


def alert_text(alert: Alert) -> str:
    """One sentence for an alert, for the bar, the notification and the wallboard."""
    rule, value, limit = alert.rule, alert.value, alert.limit
    if rule == "waiting":
        return fill(translate("Alerts", "Callers waiting: %1 (alert at %2)."), int(value), int(limit))
    if rule == "longest_wait":
        return fill(translate("Alerts", "A caller has waited %1 s (alert at %2 s)."), int(value), int(limit))
    if rule == "answer_rate":
        return fill(
            translate("Alerts", "Answer rate this hour: %1 % (alert below %2 %)."),
            round(value * 100),
            round(limit * 100),
        )
    if rule == "unregistered":
        return fill(translate("Alerts", "Extension %1: softphone not registered."), alert.subject)
    if rule.startswith("state_"):
        texts = {
            "state_paused": translate("Alerts", "Extension %1 has been paused for %2 min."),
            "state_ringing": translate("Alerts", "Extension %1 has been ringing for %2 min."),
            "state_busy": translate("Alerts", "Extension %1 has been on a call for %2 min."),
        }
        return fill(texts[rule], alert.subject, int(value // 60))
    if rule == "pbx":
        return translate("Alerts", "The PBX cannot be read: the figures are out of date.")
    return translate("Alerts", "Call events are not arriving: screen-pops may be missed.")


class ThresholdsDialog(QDialog):
    """Edit the thresholds; ``chosen(Thresholds)`` on OK. A value of 0 switches a rule off."""

    chosen = Signal(object)

    def __init__(self, thresholds: Thresholds, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alert thresholds"))
        self.waiting = self._spin(thresholds.waiting_calls or 0, 0, 999, self.tr(" callers"))
        self.longest = self._spin(thresholds.longest_wait or 0, 0, 3600, self.tr(" s"))
        self.rate = self._spin(round((thresholds.answer_rate or 0) * 100), 0, 100, " %")
        self.state = self._spin((thresholds.state_seconds or 0) // 60, 0, 600, self.tr(" min"))
        self.unregistered = QCheckBox(self.tr("An agent's softphone is not registered"), self)
        self.unregistered.setChecked(thresholds.unregistered)
        self.pbx = QCheckBox(self.tr("The PBX cannot be read"), self)
        self.pbx.setChecked(thresholds.pbx_down)
        self.events = QCheckBox(self.tr("Call events stop arriving"), self)
        self.events.setChecked(thresholds.events_down)
        form = QFormLayout()
        form.addRow(self.tr("Callers waiting, at least"), self.waiting)
        form.addRow(self.tr("Longest wait, at least"), self.longest)
        form.addRow(self.tr("Answer rate this hour, below"), self.rate)
        form.addRow(self.tr("An agent in one state, for"), self.state)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for box in (self.unregistered, self.pbx, self.events):
            layout.addWidget(box)
        layout.addWidget(buttons)

    def _spin(self, value: int, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setSpecialValueText(self.tr("off"))
        return spin

    def thresholds(self) -> Thresholds:
        return Thresholds(
            waiting_calls=self.waiting.value() or None,
            longest_wait=self.longest.value() or None,
            answer_rate=(self.rate.value() / 100) or None,
            unregistered=self.unregistered.isChecked(),
            state_seconds=(self.state.value() * 60) or None,
            pbx_down=self.pbx.isChecked(),
            events_down=self.events.isChecked(),
        )

    def _accept(self) -> None:
        self.chosen.emit(self.thresholds())
        self.accept()
