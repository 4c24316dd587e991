"""Listen, whisper, barge and transfer on the selected live call.

:class:`CallActions` owns the four ``QAction`` s (toolbar, context menu, single-key shortcuts L,
W, B, T while the console has focus; a filter box being typed in keeps its letters). Each action
is enabled only when the provider has the API, the profile has an extension to act from, and a
call is selected; otherwise it is disabled with a tooltip that says why. The supervisor's own
extension is the ``ext`` of listen / whisper / barge; transfer asks for a target in a
:class:`TransferDialog` (the agents list, or typed). Barge asks for confirmation first.

The request goes through the session's provider (``call_action``) as an asyncio task; the
outcome, or the PBX's refusal, is shown in words through ``report(text, ok)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget

from agent_desk import errors
from agent_desk.models import ActionResult, CallAction, LiveCall
from agent_desk.phone import display
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import colour
from agent_desk.ui.support.tasks import TaskSet

if TYPE_CHECKING:
    from agent_desk.ui.window.session import Session

translate = QCoreApplication.translate
EXTENSION = re.compile(r"[0-9A-Za-z_.*#+-]{1,32}")
SHORTCUTS = {CallAction.LISTEN: "L", CallAction.WHISPER: "W", CallAction.BARGE: "B", CallAction.TRANSFER: "T"}


def action_title(action: CallAction) -> str:
    titles = {
        CallAction.LISTEN: translate("CallActions", "Listen"),
        CallAction.WHISPER: translate("CallActions", "Whisper"),
        CallAction.BARGE: translate("CallActions", "Barge"),
        CallAction.TRANSFER: translate("CallActions", "Transfer…"),
    }
    return titles[action]


def action_help(action: CallAction) -> str:
    texts = {
        CallAction.LISTEN: translate("CallActions", "Listen to the call on your phone; nobody hears you"),
        CallAction.WHISPER: translate("CallActions", "Talk to the agent on your phone; the customer does not hear you"),
        CallAction.BARGE: translate(
            "CallActions", "Join the call on your phone: the agent and the customer both hear you"
        ),
        CallAction.TRANSFER: translate("CallActions", "Move the call to another extension"),
    }
    return texts[action]


def call_parts(call: LiveCall) -> tuple[str, str]:
    """Who has the call and with whom, as a person knows them: ("Trần Văn Minh (101)", "0901 234 567")."""
    extension = call.extension or "?"
    who = f"{call.agent_name} ({extension})" if call.agent_name else extension
    return who, display(call.customer) or translate("CallActions", "an unknown number")


def done_text(result: ActionResult, call: LiveCall) -> str:
    """The outcome of an accepted action, in words (the call named by agent and customer, not its id)."""
    texts = {
        CallAction.LISTEN: translate("CallActions", "Listening to the call of %1 with %2 on your extension %3."),
        CallAction.WHISPER: translate(
            "CallActions", "Whispering into the call of %1 with %2 from your extension %3: only the agent hears you."
        ),
        CallAction.BARGE: translate("CallActions", "Joined the call of %1 with %2 from your extension %3."),
        CallAction.TRANSFER: translate("CallActions", "The call of %1 with %2 was transferred to extension %3."),
    }
    return fill(texts[result.action], *call_parts(call), result.extension)


def refusal_text(action: CallAction, exc: BaseException, call: LiveCall, extension: str) -> str:
    """Why the PBX did not do it, naming the extension that was the problem where there is one."""
    transfer = action == CallAction.TRANSFER
    if isinstance(exc, errors.NotRegistered):
        if transfer:
            text = translate(
                "CallActions", "Extension %1 is not signed in on a softphone, so the call cannot go there."
            )
        else:
            text = translate("CallActions", "Your extension %1 is not signed in on a softphone: open it and try again.")
        return fill(text, extension)
    if isinstance(exc, errors.UserBusy):
        if transfer:
            return fill(translate("CallActions", "Extension %1 is busy on another call."), extension)
        return fill(translate("CallActions", "Your extension %1 is already on a call or listening to one."), extension)
    if isinstance(exc, errors.NotFound):
        if exc.code == "USER_NOT_FOUND":
            return fill(translate("CallActions", "The PBX has no extension %1."), extension)
        return fill(
            translate("CallActions", "The call of %1 with %2 has ended: the PBX no longer knows it."), *call_parts(call)
        )
    return error_text(exc)


class TransferDialog(QDialog):
    """Pick the extension a call goes to: from the agents list or typed. ``chosen(extension)``."""

    chosen = Signal(str)

    def __init__(self, call: LiveCall, agents: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer a call"))
        self.target = QComboBox(self)
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for extension, label in agents:  # (extension, "101 — Name (state)")
            self.target.addItem(label, extension)
        self.target.setCurrentIndex(-1)
        line_edit = self.target.lineEdit()  # the combo box is editable: it has one
        if line_edit is not None:
            line_edit.setPlaceholderText(self.tr("Extension, e.g. 105"))
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Transfer"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(self.tr("Transfer the call of %1 with %2 to:"), *call_parts(call)), self))
        layout.addWidget(self.target)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        plain_labels(self)  # texts from the PBX or a customer record are never HTML

    def extension(self) -> str:
        """The picked agent's extension, or the typed text."""
        text = self.target.currentText().strip()
        index = self.target.findText(text)
        return self.target.itemData(index) if index >= 0 else text

    def submit(self) -> None:
        extension = self.extension()
        if not extension:
            self._refuse(self.tr("Choose an agent or type an extension."))
        elif not EXTENSION.fullmatch(extension):
            self._refuse(
                fill(self.tr("“%1” is not an extension: use digits (and letters, where the PBX has them)."), extension)
            )
        else:
            self.accept()
            self.chosen.emit(extension)

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class CallActions(QObject):
    """See the module doc. ``selected()`` gives the selected call (or None); ``agents()`` the
    transfer picker's ``(extension, label)`` list; ``report(text, ok)`` shows an outcome;
    ``done()`` runs after an accepted action (the console reads the calls again), just after
    ``accepted(ActionResult)`` is emitted."""

    accepted = Signal(object)

    def __init__(
        self,
        session: Session,
        owner: QWidget,
        *,
        selected: Callable[[], LiveCall | None],
        agents: Callable[[], list[tuple[str, str]]],
        report: Callable[[str, bool], None],
        done: Callable[[], None],
    ) -> None:
        super().__init__(owner)
        self.session = session
        self.owner = owner
        self._selected, self._agents, self._report, self._done = selected, agents, report, done
        self._tasks = TaskSet()
        self.pending: QDialog | None = None  # the open barge confirmation or transfer picker
        self._reasons: dict[CallAction, str | None] = {}
        self._reasons_for: object = object()  # the provider _reasons were worked out for
        self.actions: dict[CallAction, QAction] = {}
        for action in CallAction:
            qaction = QAction(action_title(action), owner)
            qaction.setShortcut(QKeySequence(SHORTCUTS[action]))
            qaction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            qaction.triggered.connect(lambda _=False, a=action: self.trigger(a))
            owner.addAction(qaction)
            self.actions[action] = qaction
        self.update()

    # ------------------------------------------------------------------ state
    def own_extension(self) -> str:
        account, profile = self.session.account, self.session.profile
        return ((account.extension if account else None) or (profile.extension if profile else "") or "").strip()

    def _lasting_reason(self, action: CallAction) -> str | None:
        """Why ``action`` cannot be used with this account at all (None: it can, given a call)."""
        provider = self.session.provider
        if provider is None:
            return translate("CallActions", "Sign in first.")
        if not provider.supports(action.capability):
            return error_text(provider.unsupported(action.capability))
        if action != CallAction.TRANSFER and not self.own_extension():
            return translate("CallActions", "Your profile has no extension to listen from: set one and sign in again.")
        return None

    def why_not(self, action: CallAction) -> str | None:
        """Why ``action`` cannot be used now, in words; None when it can."""
        if self.session.provider is not self._reasons_for:  # the account's reasons, once per provider
            self._reasons = {a: self._lasting_reason(a) for a in CallAction}
            self._reasons_for = self.session.provider
        reason = self._reasons[action]
        if reason is None and self._selected() is None:
            return translate("CallActions", "Select a call in the table first.")
        return reason

    def update(self) -> None:
        """Enable what can be used; say why the rest cannot, in its tooltip."""
        for action, qaction in self.actions.items():
            reason = self.why_not(action)
            qaction.setEnabled(reason is None)
            qaction.setToolTip(reason or f"{action_help(action)} ({SHORTCUTS[action]})")

    def menu(self, parent: QWidget) -> QMenu:
        """The context menu of the calls table."""
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for qaction in self.actions.values():
            menu.addAction(qaction)
        menu.setToolTipsVisible(True)
        return menu

    # ------------------------------------------------------------------ running
    def trigger(self, action: CallAction) -> None:
        """What the toolbar, menu and shortcut do: check, confirm or pick, then send."""
        reason = self.why_not(action)
        if reason is not None:
            self._report(reason, False)
            return
        call = self._selected()
        assert call is not None
        if action == CallAction.TRANSFER:
            picker = TransferDialog(call, self._agents(), self.owner)
            picker.chosen.connect(lambda ext: self.send(action, call, ext))
            self._open(picker)
        elif action == CallAction.BARGE:
            question = fill(
                translate(
                    "CallActions",
                    "Join the call of %1 with %2 from your extension %3? The agent and the customer will both hear you.",  # noqa: E501 - one literal for lupdate
                ),
                *call_parts(call),
                self.own_extension(),
            )
            box = QMessageBox(
                QMessageBox.Icon.Question,
                translate("CallActions", "Barge into the call?"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                self.owner,
            )
            yes = box.button(QMessageBox.StandardButton.Yes)
            yes.setText(translate("CallActions", "Barge in"))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.buttonClicked.connect(
                lambda button: self.send(action, call, self.own_extension()) if button is yes else None
            )
            self._open(box)
        else:
            self.send(action, call, self.own_extension())

    def _open(self, dialog: QDialog) -> None:
        if self.pending is not None:
            self.pending.close()
        self.pending = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: setattr(self, "pending", None) if self.pending is dialog else None)
        dialog.open()

    def send(self, action: CallAction, call: LiveCall, extension: str) -> None:
        """Ask the PBX (one request, never retried) and report the outcome."""
        provider = self.session.provider
        if provider is None:
            self._report(translate("CallActions", "Sign in first."), False)
            return

        async def run() -> None:
            try:
                result = await provider.call_action(action, call.call_id, extension)
            except errors.AgentDeskError as exc:
                self._report(refusal_text(action, exc, call, extension), False)
                return
            self._report(done_text(result, call), True)
            self.accepted.emit(result)
            self._done()

        asking = translate("CallActions", "Asking the PBX: %1 on the call of %2 with %3…")
        self._report(fill(asking, action_title(action).rstrip("…"), *call_parts(call)), True)
        self._tasks.spawn(run(), on_error=lambda exc: self._report(error_text(exc), False))

    def cancel(self) -> None:
        self._tasks.cancel()
        if self.pending is not None:
            self.pending.close()
