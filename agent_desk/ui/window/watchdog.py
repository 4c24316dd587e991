"""The softphone watchdog: while signed in, ask the PBX every :data:`WATCH_S` seconds whether the
agent's own softphone is registered, and keep a red alert across the window while it is not.

Only where the provider can tell (``softphone_status``: TEL4VN's ``ext_loggedin``, OnePOS's
agents). The alert is not a notice that fades or can be closed: it stays until the PBX says the
softphone is back (calls cannot reach the agent meanwhile), and says since when. A drop also gets
one desktop notification (``dropped``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from agent_desk.ui.common.messages import fill
from agent_desk.ui.common.plain import set_plain
from agent_desk.ui.common.status import colour, dark_palette
from agent_desk.ui.support.tasks import TaskSet
from agent_desk.ui.window.session import Session
from agent_desk.watchdog import BACK, DROPPED, RegistrationWatch

WATCH_S = 5.0


class SoftphoneAlert(QFrame):
    """The persistent red bar: no close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("softphoneAlert")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        set_plain(self.label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.label, 1)
        self.restyle()
        self.hide()

    def restyle(self) -> None:
        background = "#4a1414" if dark_palette() else "#fdecea"
        text = "#ffdad6" if dark_palette() else "#5f1010"
        self.setStyleSheet(
            f"#softphoneAlert {{ background: {background}; border-bottom: 3px solid {colour('error')}; }}"
            f"#softphoneAlert QLabel {{ color: {text}; font-weight: bold; }}"
        )


class SoftphoneWatchdog(QObject):
    """See the module doc. ``alert`` is the bar it shows and hides."""

    dropped = Signal(str)  # the sentence, once per drop (for a desktop notification)

    def __init__(self, session: Session, alert: SoftphoneAlert, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.alert = alert
        self.watch = RegistrationWatch()
        self._tasks = TaskSet()
        self._provider: object = None
        session.changed.connect(self._session_changed)

    def _session_changed(self) -> None:
        provider = self.session.provider if self.session.signed_in else None
        if provider is not self._provider:
            self._provider = provider
            self._tasks.cancel()
            self.watch.reset()
            if provider is not None:
                from agent_desk.models import Capability  # signed in: the providers loaded it already

                if provider.supports(Capability.SOFTPHONE_STATUS):
                    self._tasks.spawn(self._poll())
        account = self.session.account if provider is not None else None
        change = self.watch.feed(account.softphone_registered if account is not None else None)
        if provider is None:
            self.alert.hide()
        elif change == DROPPED:
            self._show()
            self.dropped.emit(self.alert.label.text())
        elif change == BACK:
            self.alert.hide()

    def _show(self) -> None:
        since = self.watch.down_since
        when = dt.datetime.fromtimestamp(since).strftime("%H:%M:%S") if since is not None else ""
        self.alert.label.setText(
            fill(
                self.tr(
                    "Your softphone is not registered (since %1): calls cannot reach you. "
                    "Open your softphone and sign in; this stays until the PBX sees it again."
                ),
                when,
            )
        )
        self.alert.show()

    async def _poll(self) -> None:
        import asyncio  # signed in: the loop runs (the sign-in window comes before it, see agent_desk.ui)

        while True:
            await asyncio.sleep(WATCH_S)
            await self.session.refresh_status()
