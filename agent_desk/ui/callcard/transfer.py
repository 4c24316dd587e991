"""Transfer my call: the agent moves their own current call to a colleague, from the pop or the call card.

:class:`ColleagueDialog` picks the target: the team with each one's state (read from the PBX
where it tells agent states; the profile's ``agents``), filtered as the agent types (accents and
case ignored, :func:`agent_desk.text.fold`), or an extension typed outright. One Enter transfers:
to the highlighted colleague, else to the typed extension. Colleagues who are not signed in on a
softphone are shown but cannot be picked.

:class:`OwnTransfer` runs it: where the PBX lists live calls, the agent's call is looked up
there first (the id the PBX's transfer wants; TEL4VN ``GET /v2/call``), then one
``POST /v2/call/<id>/transfer`` is sent (never retried). Outcomes are sentences naming the call
by its number and customer, never by an id (``reported(text, ok)``).
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desk import errors
from agent_desk.models import CallAction, Capability
from agent_desk.phone import display, same_number_key
from agent_desk.text import matches
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.common.status import colour
from agent_desk.ui.support.tasks import TaskSet
from agent_desk.ui.window.session import Session

if TYPE_CHECKING:
    from agent_desk.live import AgentState  # a type only: msgspec is not imported with the call card

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
EXTENSION = re.compile(r"[0-9A-Za-z_.*#+-]{1,32}")


def state_text(state: str) -> str:
    texts = {
        "available": translate("Transfer", "available"),
        "busy": translate("Transfer", "on a call"),
        "ringing": translate("Transfer", "ringing"),
        "paused": translate("Transfer", "paused"),
        "offline": translate("Transfer", "not signed in"),
        "unknown": translate("Transfer", "state unknown"),
    }
    return texts.get(state, state)


def call_words(phone: str, customer: str | None) -> str:
    """How a person names the call: "0901 234 567 (Lý Thị Mai)"."""
    number = display(phone) or translate("Transfer", "an unknown number")
    return fill(translate("Transfer", "%1 (%2)"), number, customer) if customer else number


class ColleagueDialog(QDialog):
    """See the module doc. ``chosen(extension)`` once the agent confirmed."""

    chosen = Signal(str)

    def __init__(self, call: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer the call"))
        self.setMinimumWidth(380)
        self.agents: list[AgentState] = []
        self.query = QLineEdit(self)
        self.query.setObjectName("transferQuery")
        self.query.setPlaceholderText(self.tr("Colleague's name or extension"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._filter)
        self.query.returnPressed.connect(self.submit)
        self.list = QListWidget(self)
        self.list.setObjectName("transferColleagues")
        self.list.itemActivated.connect(lambda _item: self.submit())
        self.list.setMinimumHeight(120)
        self.status = QLabel(self.tr("Loading your colleagues…"), self)
        self.status.setObjectName("transferStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(placeholder-text)")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Transfer"))
        self.ok_button.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        title = QLabel(fill(self.tr("Transfer your call with %1 to:"), call), self)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        for widget in (title, self.query, self.list, self.status, self.error, buttons):
            layout.addWidget(widget)
        self.query.setFocus()

    def set_agents(self, agents: list[AgentState]) -> None:
        self.agents = agents
        self.status.setText("" if agents else self.tr("No colleagues are listed: type an extension."))
        self.status.setVisible(not agents)
        self._filter()

    def set_agents_problem(self, text: str) -> None:
        self.status.setText(fill(self.tr("Your colleagues could not be listed (%1): type an extension."), text))
        self.status.show()

    def _filter(self) -> None:
        self.list.clear()
        text = self.query.text()
        for agent in self.agents:
            if not matches(text, agent.extension, agent.name):
                continue
            label = f"{agent.extension} — {agent.name}" if agent.name else agent.extension
            item = QListWidgetItem(f"{label} · {state_text(agent.state)}")
            item.setData(Qt.ItemDataRole.UserRole, agent.extension)
            if agent.state == "offline":
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(self.tr("Not signed in on a softphone: the call cannot go there"))
            self.list.addItem(item)
        first = next(
            (i for i in range(self.list.count()) if self.list.item(i).flags() & Qt.ItemFlag.ItemIsSelectable), None
        )
        if first is not None and text.strip():
            self.list.setCurrentRow(first)

    def extension(self) -> str:
        """The highlighted colleague's extension, else the typed text."""
        item = self.list.currentItem()
        if item is not None and item.isSelected():
            return str(item.data(Qt.ItemDataRole.UserRole))
        return self.query.text().strip()

    def submit(self) -> None:
        extension = self.extension()
        if not extension:
            self._refuse(self.tr("Choose a colleague or type an extension."))
        elif not EXTENSION.fullmatch(extension):
            self._refuse(fill(self.tr("“%1” is not an extension."), extension))
        else:
            self.accept()
            self.chosen.emit(extension)

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class OwnTransfer(QObject):
    """See the module doc; one dialog at a time."""

    reported = Signal(str, bool)  # sentence, ok
    transferred = Signal(str, str)  # call id, extension

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: ColleagueDialog | None = None
        self._tasks = TaskSet()

    def why_not(self) -> str | None:
        """Why the agent cannot transfer now (None: they can)."""
        provider = self.session.provider
        if provider is None:
            return self.tr("Sign in first.")
        if not provider.supports(Capability.TRANSFER):
            return error_text(provider.unsupported(Capability.TRANSFER))
        return None

    def start(self, call_id: str, phone: str, customer: str | None, owner: QWidget | None = None) -> None:
        """Ask where the call goes, then transfer it."""
        reason = self.why_not()
        if reason is not None:
            self.reported.emit(reason, False)
            return
        if self.dialog is not None:
            self.dialog.close()
        words = call_words(phone, customer)
        dialog = self.dialog = ColleagueDialog(words, owner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda extension: self.send(call_id, phone, words, extension))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.open()
        self._tasks.spawn(self._load_colleagues(dialog))

    async def _load_colleagues(self, dialog: ColleagueDialog) -> None:
        provider = self.session.provider
        if provider is None or not provider.supports(Capability.AGENT_STATES):
            dialog.set_agents([])
            return
        try:
            agents = await provider.agents()
        except errors.AgentDeskError as exc:
            if self.dialog is dialog:
                dialog.set_agents_problem(error_text(exc))
            return
        if self.dialog is dialog:
            mine = self._own_extension()
            dialog.set_agents([a for a in agents if a.extension != mine])

    def _own_extension(self) -> str:
        account, profile = self.session.account, self.session.profile
        return ((account.extension if account else None) or (profile.extension if profile else "") or "").strip()

    def send(self, call_id: str, phone: str, words: str, extension: str) -> None:
        """One transfer request (never retried); the outcome is reported in words."""
        provider = self.session.provider
        if provider is None:
            self.reported.emit(self.tr("Sign in first."), False)
            return

        async def run() -> None:
            target = await self._live_id(call_id, phone)
            try:
                await provider.call_action(CallAction.TRANSFER, target, extension)
            except errors.AgentDeskError as exc:
                self.reported.emit(self._refusal(exc, words, extension), False)
                return
            self.reported.emit(
                fill(self.tr("Your call with %1 was transferred to extension %2."), words, extension), True
            )
            self.transferred.emit(call_id, extension)

        self.reported.emit(fill(self.tr("Transferring your call with %1 to extension %2…"), words, extension), True)
        self._tasks.spawn(run(), on_error=lambda exc: self.reported.emit(error_text(exc), False))

    async def _live_id(self, call_id: str, phone: str) -> str:
        """The PBX's id of the agent's live call with ``phone`` (its live-calls list), else ``call_id``."""
        provider = self.session.provider
        if provider is None or not provider.supports(Capability.LIVE_CALLS):
            return call_id
        try:
            calls = await provider.live_calls()
        except errors.AgentDeskError as exc:  # the event's id is the best we have
            log.info("live calls for a transfer: %s", exc)
            return call_id
        mine, wanted = self._own_extension(), same_number_key(phone)
        for call in calls:
            if call.call_id == call_id:
                return call_id
        for call in calls:
            if call.extension == mine and wanted and same_number_key(call.customer) == wanted:
                return call.call_id
        return call_id

    def _refusal(self, exc: BaseException, words: str, extension: str) -> str:
        if isinstance(exc, errors.NotRegistered):
            return fill(
                self.tr("Extension %1 is not signed in on a softphone, so the call cannot go there."), extension
            )
        if isinstance(exc, errors.UserBusy):
            return fill(self.tr("Extension %1 is busy on another call."), extension)
        if isinstance(exc, errors.NotFound):
            if exc.code == "USER_NOT_FOUND":
                return fill(self.tr("The PBX has no extension %1."), extension)
            return fill(self.tr("Your call with %1 has ended: there is nothing to transfer."), words)
        return error_text(exc)

    def cancel(self) -> None:
        self._tasks.cancel()
        if self.dialog is not None:
            self.dialog.close()
