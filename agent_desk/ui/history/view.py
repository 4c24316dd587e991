"""The History tab: search the PBX's call records, page through them, call back, play, export.

Cheap until first shown: the constructor makes an empty widget; the filters, the table and the
player bar are built by the first :meth:`showEvent` (QtMultimedia only on the first play). The
tab follows the session: signing out clears it, a new sign-in (another profile) searches again
when the tab is next shown. Searches and pages are asyncio tasks (:mod:`agent_desk.history`
does the paging); a new search cancels the one still loading. The days searched are Vietnam
days, as the PBXs keep them; times are shown in this computer's local time.

A name typed in the number box (no digit) narrows the loaded calls to that customer as people type
it, without case or accents; the names are those the desk's journal knows (``names``).

Keys: Enter in the filters searches, Ctrl+F (the window's Calls menu, from any tab) goes to the
phone filter, Enter or a double-click on a call calls the number back through the
:class:`~agent_desk.ui.dialing.dialer.Dialer`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import colour
from agent_desk.ui.dialing.dialer import Dialer
from agent_desk.ui.support.tasks import TaskSet
from agent_desk.ui.window.session import Session

if TYPE_CHECKING:
    import asyncio
    import tempfile
    from collections.abc import Callable

    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QShowEvent

    from agent_desk.history import HistorySearch
    from agent_desk.models import CdrRecord
    from agent_desk.providers.base import Provider

log = logging.getLogger(__name__)

PAGE_SIZE = 50


class HistoryView(QWidget):
    """See the module doc. ``search`` is the search on screen (None before the first)."""

    def __init__(
        self,
        session: Session,
        dialer: Dialer,
        parent: QWidget | None = None,
        names: Callable[[str, str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.dialer = session, dialer
        self._names = names  # (profile, call id) -> the customer's name the desk knows
        self.page_size = PAGE_SIZE
        self.built = False
        self.search: HistorySearch | None = None
        self.provider: Provider | None = None  # the signed-in provider this tab follows
        self._stale = False  # search again when next shown
        self._loading: asyncio.Task | None = None
        self._recording: CdrRecord | None = None  # the call whose recording the player holds
        self._recordings: tempfile.TemporaryDirectory[str] | None = None  # downloaded recordings (private)
        self._downloads = 0
        self._calling = False  # the dialer's current call was placed from this tab
        self._no_name = False  # the message says no loaded call is with the name typed
        self._tasks = TaskSet()
        self._layout = QVBoxLayout(self)
        session.changed.connect(self._session_changed)
        plain_labels(self)  # texts from the PBX or a customer record are never HTML

    # ------------------------------------------------------------------ building (first show)
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.ensure_built()
        if self._stale and self._can_search():
            self.start_search()

    def ensure_built(self) -> None:
        if self.built:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView

        from agent_desk.ui.history.filters import HistoryFilters
        from agent_desk.ui.history.model import CdrTableModel, NameFilter
        from agent_desk.ui.history.recording_player import PlayerBar, RecordingPlayer

        self.built = True
        self.filters = HistoryFilters(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.model = CdrTableModel(self, self._name_of)
        self.proxy = NameFilter(self.model, self)
        self.table = table = QTableView(self)
        table.setObjectName("historyTable")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setToolTip(self.tr("Double-click a call, or press Enter, to call the number back"))
        self.count = QLabel(self)
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.call_button = QPushButton(self.tr("Call back"), self)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setToolTip(self.tr("Save the calls loaded so far as a CSV file"))
        self.player = RecordingPlayer(self)
        self.player_bar = PlayerBar(self.player, self)

        row = QWidget(self)
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.count)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.export_button)
        for widget, stretch in ((self.filters, 0), (self.message, 0), (table, 1), (row, 0), (self.player_bar, 0)):
            self._layout.addWidget(widget, stretch)

        if self.provider is not None:
            self.filters.set_statuses(self.provider.history_statuses)
        self.filters.searchRequested.connect(self.start_search)
        self.filters.phone.textChanged.connect(lambda: self._filter_names())
        self.more_button.clicked.connect(self.load_more)
        self.call_button.clicked.connect(lambda: self.call_back(self.selected()))
        self.export_button.clicked.connect(self.ask_export)
        table.activated.connect(lambda index: self.call_back(self._record_at(index)))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._render_actions())
        self.player_bar.playClicked.connect(self.play_selected)
        self.player_bar.openClicked.connect(self.open_selected)
        self.player.changed.connect(self._player_changed)
        self.dialer.changed.connect(self._dialer_changed)
        self._render()

    def _name_of(self, record: CdrRecord) -> str | None:
        profile = self.session.profile
        return self._names(profile.name, record.call_id) if self._names and profile else None

    def _filter_names(self) -> None:
        """Narrow the loaded calls to the name typed; say so when none of them is with that customer."""
        self.proxy.set_text(self.filters.name())
        if self.proxy.text and self.model.rowCount() and not self.proxy.rowCount():
            self._say(fill(self.tr("No call loaded so far is with “%1”."), self.proxy.text))
            self._no_name = True
        elif self._no_name:
            self._say("")
        self._render()

    # ------------------------------------------------------------------ session
    def _can_search(self) -> bool:
        from agent_desk.models import Capability

        return self.provider is not None and self.provider.supports(Capability.HISTORY)

    def _session_changed(self) -> None:
        provider = self.session.provider if self.session.signed_in else None
        if provider is not self.provider:
            self.provider = provider
            self._clear()
            if self.built and provider is not None:
                self.filters.set_statuses(provider.history_statuses)
            self._stale = provider is not None
            if self.built and self.isVisible() and self._can_search():
                self.start_search()
        if self.built:
            self._render()

    def _clear(self) -> None:
        if self._loading is not None:
            self._loading.cancel()
        self.search, self._loading, self._recording = None, None, None
        if self.built:
            self.model.clear()
            self.player.unload()
            self._say("")

    # ------------------------------------------------------------------ searching and paging
    def start_search(self) -> None:
        """Search with the filters as they are; a search still loading is cancelled."""
        from agent_desk.errors import ConfigError
        from agent_desk.history import HistorySearch, InvalidRange, make_query

        self.ensure_built()
        if not self._can_search():
            return
        profile = self.session.profile
        mine = profile.extension if profile and self.filters.mine.isChecked() else None
        try:
            query = make_query(**self.filters.values(), extension=mine, limit=self.page_size)
        except InvalidRange:
            self._say(self.tr("The first day is after the last day: change one of them."), "error")
            return
        except ConfigError as exc:
            self._say(error_text(exc), "error")
            return
        self._clear()
        self._stale = False
        self.search = HistorySearch(query)
        self._fetch()

    def load_more(self) -> None:
        """Load the next page of the search on screen."""
        if self.search is not None and not self.search.finished and not self.loading:
            self._fetch()

    @property
    def loading(self) -> bool:
        return self._loading is not None and not self._loading.done()

    def _fetch(self) -> None:
        assert self.search is not None and self.provider is not None
        self._say(self.tr("Loading calls…"))
        self._loading = self._tasks.spawn(self._load_page(self.search, self.provider), on_error=self._bug)
        self._render()

    async def _load_page(self, search: HistorySearch, provider: Provider) -> None:
        from agent_desk.errors import AgentDeskError

        try:
            added = await search.fetch(provider)
        except AgentDeskError as exc:
            if search is self.search:
                self._loading = None
                self._say(error_text(exc), "error")
                self._render()
            return
        if search is not self.search:
            return
        self._loading = None
        self.model.append(added)
        if search.records:
            self._say("")
            self._filter_names()
        elif search.finished:
            self._say(self.tr("No calls match these filters."))
        else:  # a filter the PBX cannot apply (the outcome on TEL4VN) emptied this page
            self._say(self.tr("None of the calls loaded so far match; “Load more” looks further."))
        self._render()

    def _bug(self, exc: BaseException) -> None:
        log.error("the call history failed", exc_info=exc)
        self._loading = None
        self._say(error_text(exc), "error")
        self._render()

    # ------------------------------------------------------------------ rows and actions
    def _record_at(self, index: QModelIndex) -> CdrRecord | None:
        if not index.isValid():
            return None
        return self.model.record(self.proxy.mapToSource(index).row())

    def selected(self) -> CdrRecord | None:
        return self._record_at(self.table.currentIndex()) if self.built else None

    def select_row(self, row: int) -> None:
        """Make the ``row``-th visible row the current one (as a click would)."""
        self.table.selectRow(row)

    def call_back(self, record: CdrRecord | None) -> None:
        """Click-to-call the customer of ``record`` (never retried; progress shows here)."""
        if record is None or not record.phone:
            return
        reason = self.dialer.dial(record.phone, record.customer_id)
        if reason:
            self._say(reason, "error")
            return
        self._calling = True
        self._dialer_changed()

    def _dialer_changed(self) -> None:
        from agent_desk.ui.dialing.dialer import DialPhase

        if self._calling and self.dialer.phase != DialPhase.IDLE:
            self._say(self.dialer.text, "error" if self.dialer.phase == DialPhase.FAILED else "info")
        if not self.dialer.waiting:
            self._calling = False
        self._render_actions()

    def _recording_problem(self, record: CdrRecord | None) -> str:
        from agent_desk.models import Capability

        if self.provider is not None and not self.provider.supports(Capability.RECORDINGS):
            return fill(self.tr("%1 gives no access to call recordings."), self.provider.title)
        if record is None:
            return self.tr("Select a call to play its recording.")
        if not record.recording:
            return self.tr("This call has no recording.")
        return ""

    def play_selected(self) -> None:
        """Play (or pause, or resume) the selected call's recording inside the app."""
        if self.player.playing:
            self.player.pause()
            return
        record = self.selected()
        if record is not None and record is self._recording and self.player.url:
            self.player.play(self.player.url)
        elif not self._recording_problem(record) and record is not None:
            self._with_recording_url(record, self._play_downloaded)

    def _play_downloaded(self, url: str) -> None:
        """Play a downloaded recording; its length is read off the GUI thread (an MP3's means decoding it)."""

        async def open_then_play() -> None:
            import asyncio

            from PySide6.QtCore import QUrl

            from agent_desk.audio import AudioError, DecodedAudio

            try:
                audio = await asyncio.to_thread(DecodedAudio.open, Path(QUrl(url).toLocalFile()))
            except AudioError:
                audio = None  # the player says why
            self.player.play(url, audio)

        self._tasks.spawn(open_then_play(), on_error=self._bug)

    def open_selected(self) -> None:
        """Open the selected call's recording with the desktop's handler (browser, media player)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        record = self.selected()
        if not self._recording_problem(record) and record is not None:
            self._with_recording_url(record, lambda url: QDesktopServices.openUrl(QUrl(url)))

    def _with_recording_url(self, record: CdrRecord, then: Callable[[str], object]) -> None:
        """Download the recording through the provider's own client (certificate checks, auth, size cap)
        into this tab's private temporary folder, then hand ``then`` the local file's URL."""
        provider = self.provider
        if provider is None:  # signed out
            return

        async def fetch() -> None:
            import tempfile
            from pathlib import PurePosixPath
            from urllib.parse import urlsplit

            from PySide6.QtCore import QUrl

            from agent_desk.errors import AgentDeskError

            if not record.recording:
                self._say(self.tr("This call has no recording."), "error")
                return
            if self._recordings is None:
                self._recordings = tempfile.TemporaryDirectory(prefix="agent-desk-recordings-")  # mode 0700
            self._downloads += 1
            suffix = PurePosixPath(urlsplit(record.recording).path).suffix[:6] or ".wav"
            dest = Path(self._recordings.name) / f"recording-{self._downloads}{suffix}"
            try:
                await provider.download_recording(record, dest)
            except AgentDeskError as exc:
                self._say(error_text(exc), "error")
                return
            if provider is not self.provider:
                return
            self._recording = record
            then(QUrl.fromLocalFile(str(dest)).toString())

        self._tasks.spawn(fetch(), on_error=self._bug)

    def _player_changed(self) -> None:
        if self.player.message:
            self._say(self.player.message, "error")

    def ask_export(self) -> None:
        """Ask where to save the loaded calls, then save them there."""
        import datetime as dt
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        suggested = str(Path.home() / f"calls-{dt.date.today().isoformat()}.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calls"), suggested, self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: str) -> None:
        """Write the loaded calls, in the table's order, to ``path``; say how it went."""
        from agent_desk.history import write_csv

        at = (self._record_at(self.proxy.index(row, 0)) for row in range(self.proxy.rowCount()))
        records = [record for record in at if record is not None]
        try:
            count = write_csv(records, path)
        except OSError as exc:
            self._say(fill(self.tr("The calls could not be saved to %1: %2"), path, exc.strerror or exc), "error")
            return
        self._say(fill(self.tr("%1 calls saved to %2."), count, path), "ok")

    # ------------------------------------------------------------------ rendering
    def _say(self, text: str, level: str = "info") -> None:
        if not self.built:
            return
        self._no_name = False
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {'palette(placeholder-text)' if level == 'info' else colour(level)}")
        self.message.setVisible(bool(text))

    def _render(self) -> None:
        """Enable what can be done now; explain plainly what cannot."""
        searchable = self._can_search()
        self.filters.setEnabled(searchable)
        self.table.setEnabled(searchable)
        if not self.session.signed_in:
            self._say(self.tr("Sign in to see your call history."))
        elif not searchable and self.provider is not None:
            self._say(
                fill(self.tr("%1 has no call history API, so past calls cannot be listed here."), self.provider.title)
            )
        profile = self.session.profile
        self.filters.mine.setEnabled(searchable and bool(profile and profile.extension))
        search = self.search
        self.more_button.setEnabled(searchable and search is not None and not search.finished and not self.loading)
        self.export_button.setEnabled(searchable and self.model.rowCount() > 0)
        self.count.setText(self._count_text())
        self._render_actions()

    def _count_text(self) -> str:
        search = self.search
        if search is None or not search.pages:  # nothing came yet (or the first page failed)
            return ""
        shown = len(search.records)
        if search.finished:
            return fill(self.tr("All %1 calls loaded"), shown)
        if search.total is not None:
            return fill(self.tr("%1 of %2 calls loaded"), shown, search.total)
        return fill(self.tr("%1 calls loaded; more on the PBX"), shown)

    def _render_actions(self) -> None:
        record = self.selected()
        reason = self.dialer.unavailable_reason()
        self.call_button.setEnabled(
            record is not None and bool(record.phone) and not reason and not self.dialer.waiting
        )
        self.call_button.setToolTip(reason or self.tr("Call the selected customer back"))
        self.player_bar.set_available(self._recording_problem(record))
