"""The Supervisor tab: live calls with a filter box and sortable columns, the actions, the agents
and queue panels, and a stale-data banner.

:meth:`SupervisorConsole.start` runs a :class:`~agent_desk.supervisor.worker.RefresherProcess`
on a provider of its own (the session's profile and secrets), so reading and diffing thousands of
calls happens in another process, which holds no GIL the GUI thread waits for; each
:class:`~agent_desk.supervisor.refresher.Update` crosses to the GUI from the worker's reader thread
through a queued signal and is applied in place (:meth:`apply_update`). Call events
of the session go to the refresher, which merges them. A timer ticks the durations every second.
When reads fail, the table keeps its rows (and keeps ticking) under a banner that says the data is
stale, since when, why, and when the next try is.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from agent_desk.models import ActionResult, AgentState, CallAction, Capability, LiveCall, QueueStats
from agent_desk.phone import load_in_background
from agent_desk.supervisor.alerts import AlertMonitor, Floor, Thresholds
from agent_desk.supervisor.diff import AGENTS, Diff, merged
from agent_desk.supervisor.refresher import Health, Update
from agent_desk.text import fold
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import colour
from agent_desk.ui.console.actions import CallActions
from agent_desk.ui.console.alerts import ThresholdsDialog, alert_text, thresholds_from
from agent_desk.ui.console.models import LiveCallsModel, sorting_proxy
from agent_desk.ui.console.panels import AgentsPanel, LiveTable, QueuePanel, fixed_rows
from agent_desk.ui.console.wallboard import Wallboard

if TYPE_CHECKING:
    from agent_desk.models import CallEvent
    from agent_desk.supervisor.worker import RefresherProcess
    from agent_desk.ui.window.session import Session

REFRESH_INTERVAL = 1.0  # seconds between two reads of the live calls
STALE_STYLE = "background: #fff4e0; border: 1px solid #e8a33d; padding: 6px; color: #202020;"
ALERT_STYLE = "background: #ffe3e3; border: 1px solid #c62828; padding: 6px; color: #202020; font-weight: bold;"


def refresh_interval(session: Session) -> float:
    """The profile's ``console_refresh`` (seconds, at least 0.1), else :data:`REFRESH_INTERVAL`."""
    value = session.profile.extra.get("console_refresh") if session.profile else None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0.1:
        return float(value)
    return REFRESH_INTERVAL


class _Bridge(QObject):
    """Carries updates from the refresher's reader thread to the GUI thread (a queued connection)."""

    updated = Signal(object)


class SupervisorConsole(QWidget):
    """See the module doc. ``provider`` is the session's provider this console was made for.
    ``alertRaised(text)`` is emitted once for each alert that starts (the desk notifies)."""

    alertRaised = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_in_background()  # the calls' numbers are formatted when first painted: not on this thread
        self.session = session
        self.provider = session.provider
        self.interval = refresh_interval(session)
        self.worker: RefresherProcess | None = None
        self.health = Health(stale=False)
        self.calls = LiveCallsModel(self)
        #: between the table and the model only while the filter box has text (see :meth:`_filter`)
        self.proxy = sorting_proxy(None, self)
        self.table = LiveTable(self)
        self.table.setModel(self.calls)
        fixed_rows(self.table)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LiveCallsModel.DURATION, Qt.SortOrder.DescendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # call ids: both ends tell them apart
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in (
            (LiveCallsModel.CALL, 110),
            (LiveCallsModel.EXTENSION, 80),
            (LiveCallsModel.AGENT, 170),
            (LiveCallsModel.DIRECTION, 80),
            (LiveCallsModel.CUSTOMER, 115),
            (LiveCallsModel.STATE, 100),
            (LiveCallsModel.QUEUE, 75),
            (LiveCallsModel.DURATION, 85),
        ):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(LiveCallsModel.AGENT, QHeaderView.ResizeMode.Stretch)
        # TEL4VN's live-calls answer has no queue; OnePOS (which has queue figures) gives one
        self.table.setColumnHidden(LiveCallsModel.QUEUE, not self._supports(Capability.QUEUE_STATS))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._viewport = self.table.viewport()  # looked up once: PySide6 wraps it anew on every call

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter: extension, agent, customer number, queue, state…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.count = QLabel(self)
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(STALE_STYLE)
        self.banner.hide()
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.agents = AgentsPanel(self)
        self.queues = QueuePanel(self) if self._supports(Capability.QUEUE_STATS) else None
        self.call_actions = CallActions(
            session,
            self,
            selected=self.selected_call,
            agents=self.agents.choices,
            report=self.report,
            done=self._refresh_soon,
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for qaction in self.call_actions.actions.values():
            self.toolbar.addAction(qaction)
        self.toolbar.addSeparator()
        self.thresholds_action = self.toolbar.addAction(self.tr("Alerts…"), self.edit_thresholds)
        self.wallboard_action = self.toolbar.addAction(self.tr("Wallboard"), self.show_wallboard)
        self.monitor = AlertMonitor(thresholds_from(session.profile.extra.get("alerts") if session.profile else None))
        self.floor: Floor | None = None
        self.wallboard: Wallboard | None = None
        self.alert_bar = QLabel(self)
        self.alert_bar.setWordWrap(True)
        self.alert_bar.setTextFormat(Qt.TextFormat.PlainText)
        self.alert_bar.setStyleSheet(ALERT_STYLE)
        self.alert_bar.hide()
        self._queues: list[QueueStats] | None = None
        self._layout()
        self._explain_missing_panels()

        self.call_actions.accepted.connect(self._accepted)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._bridge = _Bridge(self)
        self._bridge.updated.connect(self.apply_update, Qt.ConnectionType.QueuedConnection)
        self._agents_waiting: list[Diff[AgentState]] = []  # agents diffs the alert rules have not seen
        self._alerts_due = QTimer(self)  # the alert rules run on the turn after an update
        self._alerts_due.setSingleShot(True)
        self._alerts_due.setInterval(0)
        self._alerts_due.timeout.connect(self._check_alerts_due)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)
        self.calls.rowsInserted.connect(self._count_changed)  # a big first load comes in after the update
        self._count_changed()
        plain_labels(self)  # texts from the PBX or a customer record are never HTML

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.toolbar)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.alert_bar)
        column.addWidget(self.banner)
        column.addWidget(self.table, 1)
        column.addWidget(self.result)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.agents)
        if self.queues is not None:
            right.addWidget(self.queues)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([780, 460])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(split)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.calls.restyle()  # the alert colours of the new theme

    def _supports(self, capability: Capability) -> bool:
        return self.provider is not None and self.provider.supports(capability)

    def _explain_missing_panels(self) -> None:
        if not self._supports(Capability.AGENT_STATES) and self.provider is not None:
            self.agents.show_message(error_text(self.provider.unsupported(Capability.AGENT_STATES)))
            self.agents.table.hide()

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> None:
        """Start reading (once): a refresher process with its own provider, the duration ticks, events."""
        if self.worker is not None or self.provider is None:
            return
        if not self._supports(Capability.LIVE_CALLS):
            self.show_banner(error_text(self.provider.unsupported(Capability.LIVE_CALLS)))
            return
        from agent_desk.secrets import held_secrets
        from agent_desk.supervisor.worker import RefresherProcess

        profile, secrets = self.session.profile, self.session.secrets
        if profile is None:  # signed out meanwhile
            return
        held = held_secrets(secrets) if secrets is not None else {}
        self.worker = RefresherProcess(profile, held, self._bridge.updated.emit, interval=self.interval)
        self.worker.start()
        self.ticker.start()
        self.session.callEvent.connect(self._on_event)

    def stop(self) -> None:
        """Stop reading and close any open dialog and the wallboard (signing out, switching profile)."""
        self.ticker.stop()
        if self.wallboard is not None:
            self.wallboard.close()
            self.wallboard.deleteLater()
            self.wallboard = None
        self.call_actions.cancel()
        if self.worker is not None:
            self.session.callEvent.disconnect(self._on_event)
            self.worker.stop()
            self.worker = None

    def _on_event(self, event: CallEvent, mine: bool) -> None:
        if self.worker is not None:
            self.worker.post_event(event)

    def _refresh_soon(self) -> None:
        if self.worker is not None:
            self.worker.refresh_soon()

    # ------------------------------------------------------------------ updates
    def apply_update(self, update: Update) -> None:
        """Apply one update from the refresher, in place (GUI thread).

        The selection stays on the call it was on; when that call left the table (it ended, or a
        transfer gave it a new id) the selection is cleared, never moved to another call, so the
        next L/W/B/T cannot act on a call the supervisor did not choose. The alert rules run on the
        next turn of the event loop, over every update applied meanwhile (:meth:`_check_alerts_due`).
        """
        if update.calls:
            chosen = self.selected_call()
            with self.table.rows_changing():  # no repaint when the rows shown stay as they were
                self.calls.apply(update.calls)
            if chosen is not None:
                self._keep_selection(chosen.call_id)
            self.call_actions.update()
            self._count_changed()
        if update.agents is not None:
            self.agents.apply(update.agents)
            if self._names_changed(update.agents):
                self.calls.set_names({a.extension: a.name for a in self.agents.model.rows() if a.name})
        if self.queues is not None and update.queues is not None and update.queue_diff is not None:
            self.queues.add_figures(update.at, update.queues, update.queue_diff)
        if update.queues is not None:
            self._queues = update.queues
        for part, panel in (("agents", self.agents), ("queues", self.queues)):
            if panel is not None and part in update.problems:
                panel.show_message(error_text(update.problems[part]))
        if update.health is not self.health:
            self.health = update.health
            self._show_health(update.health)
        if update.agents:
            self._agents_waiting.append(update.agents)
        self._alerts_due.start()  # on the next turn: a first load's 5,000 agents cost the rules 5 ms

    def _names_changed(self, agents: Diff[AgentState]) -> bool:
        """Whether ``agents`` (an agents diff) may change the names the calls table shows: an agent came or
        went, or a changed one's name is not the one shown. Most refreshes change only states, and the
        names of 5,000 agents cost half a millisecond to gather."""
        names = self.calls.names
        return bool(agents.inserted or agents.removed) or any(
            (agent.name or None) != names.get(agent.extension) for agent in agents.changed
        )

    def _check_alerts_due(self) -> None:
        """The alert rules over the updates applied since the last look (their agents diffs merged)."""
        diffs, self._agents_waiting = self._agents_waiting, []
        self.check_alerts(agents_changed=bool(diffs), agents_diff=merged(AGENTS, diffs) if diffs else None)

    # ------------------------------------------------------------------ alerts and wallboard
    def check_alerts(self, *, agents_changed: bool = True, agents_diff: Diff[AgentState] | None = None) -> None:
        """Feed this refresh to the alert rules: notify what started, paint and list what holds.
        ``agents_diff``: the refresh's agents changes (None: the rules look at every agent)."""
        health = self.session.health
        self.floor = Floor(
            calls=self.calls.rows(),
            agents=self.agents.model.rows(),
            queues=self._queues if self._supports(Capability.QUEUE_STATS) else None,
            pbx_up=not self.health.stale,
            events_up=None if health is None or health.source == "none" else health.state == "up",
        )
        changes = self.monitor.evaluate(self.floor, agents_changed=agents_changed, agents_diff=agents_diff)
        for alert in changes.raised:
            self.alertRaised.emit(alert_text(alert))
        self.calls.set_highlights(self.monitor.highlights())
        self.alert_bar.setText("\n".join(alert_text(a) for a in changes.active))
        self.alert_bar.setVisible(bool(changes.active))
        if self.wallboard is not None and self.wallboard.isVisible():
            self.wallboard.show_floor(self.floor, self.monitor, changes.active)

    def edit_thresholds(self) -> ThresholdsDialog:
        dialog = ThresholdsDialog(self.monitor.thresholds, self)
        dialog.chosen.connect(self._set_thresholds)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _set_thresholds(self, thresholds: Thresholds) -> None:
        self.monitor.thresholds = thresholds
        self.check_alerts()

    def show_wallboard(self) -> Wallboard:
        """Open the wallboard full-screen (on the screen the console is on)."""
        if self.wallboard is None:
            self.wallboard = Wallboard()
        if self.floor is not None:
            self.wallboard.show_floor(self.floor, self.monitor, list(self.monitor.active.values()))
        screen = self.screen() or self.wallboard.screen()
        self.wallboard.setGeometry(screen.geometry())  # also without a window manager (a TV's kiosk)
        self.wallboard.showFullScreen()
        self.wallboard.raise_()
        return self.wallboard

    def _show_health(self, health: Health) -> None:
        if not health.stale:
            self.banner.hide()
            return
        reason = error_text(health.error) if health.error is not None else ""
        retry = f"{health.retry_in:.0f}" if health.retry_in is not None else "?"
        if health.last_good is None:
            text = fill(self.tr("Cannot read the live calls: %1 Trying again in %2 s."), reason, retry)
        else:
            when = dt.datetime.fromtimestamp(health.last_good).strftime("%H:%M:%S")
            text = fill(
                self.tr("The live calls are out of date (last read at %1): %2 Trying again in %3 s."),
                when,
                reason,
                retry,
            )
        self.show_banner(text)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def report(self, text: str, ok: bool) -> None:
        """Show an action's outcome or refusal under the table."""
        self.result.setStyleSheet(f"color: {colour('ok' if ok else 'error')};")  # readable in either theme
        self.result.setText(text)

    def _filter(self, text: str) -> None:
        """Show the calls matching ``text``. The table shows the model itself while the filter is empty
        and the proxy only while it is not: a proxy maps every index the paint asks for, and its filter
        (Python's) runs for every row a refresh inserts or changes. The proxy is detached meanwhile, so
        it does not follow every refresh. The selection stays on its call."""
        folded = fold(text)
        if folded and self.proxy.sourceModel() is None:
            self.proxy.setSourceModel(self.calls)
        self.proxy.set_filter_text(folded)
        wanted = self.proxy if folded else self.calls
        if self.table.model() is not wanted:
            chosen = self.selected_call()
            old = self.table.selectionModel()
            self.table.setModel(wanted)
            old.deleteLater()  # a view does not delete the selection model of its previous model
            self.table.selectionModel().selectionChanged.connect(self._selection_changed)
            if chosen is not None:
                self._keep_selection(chosen.call_id)
            self.call_actions.update()
        if not folded and self.proxy.sourceModel() is not None:
            self.proxy.setSourceModel(None)  # type: ignore[arg-type]  # Qt's way to detach a proxy
        self._count_changed()

    def _selection_changed(self, *_: object) -> None:
        self.call_actions.update()

    def _to_source(self, index: QModelIndex) -> int:
        """The model's row of ``index``, an index of the table's model."""
        return (self.proxy.mapToSource(index) if self.table.model() is self.proxy else index).row()

    def _count_changed(self, *_: object) -> None:
        shown, total = self.table.model().rowCount(), self.calls.rowCount()
        self.count.setText(
            fill(self.tr("%1 calls"), total) if shown == total else fill(self.tr("%1 of %2 calls"), shown, total)
        )

    def tick(self) -> None:
        """Move the durations on, for the rows on screen."""
        top = self.table.rowAt(0)
        if top < 0:
            return
        bottom = self.table.rowAt(self._viewport.height() - 1)
        shown = self.table.model()
        bottom = shown.rowCount() - 1 if bottom < 0 else bottom
        self.calls.tick(self._to_source(shown.index(row, 0)) for row in range(top, bottom + 1))

    # ------------------------------------------------------------------ selection
    def selected_call(self) -> LiveCall | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.calls.row(self._to_source(rows[0]))

    def select_call(self, call_id: str) -> bool:
        """Select the row of ``call_id`` (tests, and keyboard users coming from elsewhere)."""
        row = self.calls.row_index(call_id)
        if row is None:
            return False
        index = self.calls.index(row, 0)
        if self.table.model() is self.proxy:
            index = self.proxy.mapFromSource(index)
        if not index.isValid():
            return False
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(index, flags)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def _keep_selection(self, call_id: str) -> None:
        selected = self.selected_call()
        if selected is not None and selected.call_id == call_id:
            return
        if not self.select_call(call_id):
            self.table.selectionModel().clear()  # clears the current index too: no row is "next"

    def _accepted(self, result: ActionResult) -> None:
        """Listen / whisper / barge went through: show it on the call's row."""
        if result.action in (CallAction.LISTEN, CallAction.WHISPER, CallAction.BARGE):
            self.calls.set_monitoring(result.call_id, result.action.value)
        elif result.call_id in self.calls.monitoring:
            self.calls.set_monitoring(result.call_id, None)  # transferred away: no longer on it

    def _context_menu(self, position) -> None:
        self.call_actions.menu(self).popup(self._viewport.mapToGlobal(position))
