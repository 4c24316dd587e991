"""The Campaigns tab: the PBX's outbound campaigns (TEL4VN: the queues this desk created), with
state and progress, and New / Start / Stop / Delete / Export.

Everything goes through :func:`agent_desk.providers.campaigns.campaign_client` on the session's
provider, as asyncio tasks; refusals are shown in words under the table. A provider without a
campaign API gets one sentence saying so instead of the table. The list is read again every
:data:`REFRESH_SECONDS` while the tab is on screen, so progress moves as the calls come in.

New campaign: :class:`NewCampaignDialog` reads the chosen CSV/XLSX at once and lists every refused
line with its number; Create stays disabled until the file has no refused line, so nothing is
sent for a file with bad rows. It offers only the fields the provider's create call takes for
what is being made (``CampaignClient.fields``: a TEL4VN autocall, once a template is typed, asks
for concurrent calls and no agents). Delete asks first, naming the campaign.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from agent_desk import errors
from agent_desk.models import Capability
from agent_desk.phone import display
from agent_desk.supervisor.campaigns import write_leads_csv
from agent_desk.ui.common.messages import error_text, fill
from agent_desk.ui.common.status import colour
from agent_desk.ui.console.panels import fixed_rows
from agent_desk.ui.support.tasks import TaskSet

if TYPE_CHECKING:
    from agent_desk.models import CallEvent
    from agent_desk.providers.campaigns import CampaignClient
    from agent_desk.supervisor.campaigns import Campaign, CampaignReport, CustomerFile
    from agent_desk.ui.window.session import Session

translate = QCoreApplication.translate
REFRESH_SECONDS = 3.0


def state_text(state: str) -> str:
    texts = {
        "draft": translate("Campaigns", "Not started"),
        "running": translate("Campaigns", "Running"),
        "stopped": translate("Campaigns", "Stopped"),
        "completed": translate("Campaigns", "Completed"),
    }
    return texts.get(state, translate("Campaigns", "Unknown"))


def kind_text(kind: str) -> str:
    texts = {
        "autodialer": translate("Campaigns", "Autodialer"),
        "autocall": translate("Campaigns", "Autocall (IVR)"),
        "campaign": translate("Campaigns", "Campaign"),
    }
    return texts.get(kind, kind)


class CampaignsModel(QAbstractTableModel):
    """One row per campaign; progress as ``done / total (percent)``."""

    NAME, KIND, STATE, PROGRESS, ANSWERED, CREATED = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.campaigns: list[Campaign] = []

    def set_campaigns(self, campaigns: list[Campaign]) -> None:
        self.beginResetModel()
        self.campaigns = list(campaigns)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.campaigns)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802 - Qt\'s name
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Campaign"),
            self.tr("Kind"),
            self.tr("State"),
            self.tr("Progress"),
            self.tr("Answered"),
            self.tr("Created"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.campaigns[index.row()]
        column = index.column()
        if column == self.NAME:
            return c.name if c.name == c.id else f"{c.name} ({c.id})"
        if column == self.KIND:
            return kind_text(c.kind)
        if column == self.STATE:
            return state_text(c.state)
        if column == self.PROGRESS:
            if c.total is None:
                return "?"
            if c.progress is None:
                return fill(self.tr("%1 customers"), c.total)
            done = c.total - (c.pending or 0)
            return f"{done} / {c.total} ({c.progress * 100:.0f} %)"
        if column == self.ANSWERED:
            return "?" if c.answered is None else str(c.answered)
        return (c.created_at or "")[:16].replace("T", " ")


class NewCampaignDialog(QDialog):
    """Pick a customer file and the campaign's settings; refused lines are listed before anything is sent."""

    def __init__(self, client: CampaignClient | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client = client
        self.setWindowTitle(self.tr("New campaign"))
        self.found: CustomerFile | None = None
        self.path: Path | None = None
        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.choose = QPushButton(self.tr("Choose a CSV or XLSX file…"), self)
        self.choose.clicked.connect(self._choose)
        self.name = QLineEdit(self)
        self.queue = QLineEdit(self)
        self.queue.setPlaceholderText(self.tr("e.g. 999"))
        self.agents = QLineEdit(self)
        self.agents.setPlaceholderText(self.tr("Extensions separated by commas, e.g. 101,102"))
        self.ratio = QDoubleSpinBox(self)
        self.ratio.setRange(0.1, 10.0)
        self.ratio.setSingleStep(0.1)
        self.ratio.setValue(1.0)
        self.concurrent = QSpinBox(self)
        self.concurrent.setRange(1, 100)
        self.concurrent.setValue(5)
        self.retries = QSpinBox(self)
        self.retries.setRange(0, 10)
        self.template = QLineEdit(self)
        self.template.setPlaceholderText(self.tr("Empty: calls go to agents; a template: an IVR autocall"))
        self.template.textChanged.connect(self._offer_fields)
        self.problems = QListWidget(self)
        self.problems.hide()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.file_label, 1)
        form.addRow(self.tr("Customers"), row)
        form.addRow(self.tr("Name"), self.name)
        if client is not None and client.ivr_templates:  # above the fields it changes
            form.addRow(self.tr("IVR template"), self.template)
        form.addRow(self.tr("Queue"), self.queue)
        form.addRow(self.tr("Agents"), self.agents)
        form.addRow(self.tr("Calls per free agent"), self.ratio)
        form.addRow(self.tr("Concurrent calls"), self.concurrent)
        form.addRow(self.tr("Retries"), self.retries)
        self.form = form
        self.fields: dict[str, QWidget] = {
            "queue": self.queue,
            "agents": self.agents,
            "ratio": self.ratio,
            "concurrent": self.concurrent,
            "retries": self.retries,
        }
        self._offer_fields()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create"))
        self.create_button.setEnabled(False)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def offered(self) -> frozenset[str]:
        """The fields the provider's create call takes for what is being made (a template: an autocall)."""
        if self.client is None:
            return frozenset({"queue", "agents", "ratio", "retries"})
        return self.client.fields(bool(self.template.text().strip()))

    def _offer_fields(self) -> None:
        offered = self.offered()
        for name, widget in self.fields.items():
            self.form.setRowVisible(widget, name in offered)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Customers"), "", self.tr("Customer lists (*.csv *.xlsx);;All files (*)")
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read and check ``path`` (also called by tests); shows the refused lines."""
        from agent_desk.supervisor.campaigns import read_customers

        self.path, self.found = path, None
        self.file_label.setText(path.name)
        if not self.name.text():
            self.name.setText(path.stem)
        self.problems.clear()
        try:
            self.found = read_customers(path)
        except errors.ConfigError as exc:
            self._say(error_text(exc), ok=False)
            self.create_button.setEnabled(False)
            return
        for problem in self.found.problems:
            self.problems.addItem(fill(self.tr("Line %1: %2"), problem.line, problem.message))
        self.problems.setVisible(bool(self.found.problems))
        if self.found.problems:
            self._say(
                fill(
                    self.tr("%1 line(s) refused: correct the file and choose it again. Nothing was sent."),
                    len(self.found.problems),
                ),
                ok=False,
            )
        else:
            self._say(fill(self.tr("%1 customers ready."), len(self.found.rows)), ok=True)
        self.create_button.setEnabled(not self.found.problems and bool(self.found.rows))

    def _say(self, text: str, ok: bool) -> None:
        self.summary.setStyleSheet(f"color: {colour('ok' if ok else 'error')};")
        self.summary.setText(text)

    def spec(self) -> Any:
        """The campaign to create (only once the file is clean)."""
        from agent_desk.supervisor.campaigns import CampaignSpec

        assert self.found is not None and self.path is not None
        offered = self.offered()
        return CampaignSpec(
            name=self.name.text().strip() or self.path.stem,
            customers=self.found.rows,
            queue=(self.queue.text().strip() or None) if "queue" in offered else None,
            agents=[a.strip() for a in self.agents.text().split(",") if a.strip()] if "agents" in offered else [],
            ratio=float(self.concurrent.value()) if "concurrent" in offered else self.ratio.value(),
            retries=self.retries.value() if "retries" in offered else 0,
            template=self.template.text().strip() or None,
        )

    def _accept(self) -> None:
        agents = self.agents.text() if "agents" in self.offered() else ""
        bad = [a for a in agents.split(",") if a.strip() and not a.strip().isdigit()]
        if bad:
            self._say(fill(self.tr("“%1” is not an extension."), bad[0].strip()), ok=False)
            return
        self.accept()


class DncDialog(QDialog):
    """Numbers to put on the do-not-call list, one a line (or separated by commas); every
    number that is not a valid phone number is named and nothing is sent until all are."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Do not call"))
        self.numbers = QPlainTextEdit(self)
        self.numbers.setPlaceholderText(self.tr("One number a line, e.g. 0901234567"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {colour('error')};")
        self.error.hide()
        explain = QLabel(
            self.tr(
                "The numbers are blocked in the autocall queues this desk created whose customers have them; "
                "calls already placed go on."
            ),
            self,
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Block"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.numbers, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.chosen: list[str] = []

    def parsed(self) -> tuple[list[str], list[str]]:
        """``(normalized numbers, texts that are not phone numbers)``."""
        from agent_desk.supervisor.campaigns import normalize

        good: list[str] = []
        bad: list[str] = []
        for part in self.numbers.toPlainText().replace(",", "\n").replace(";", "\n").splitlines():
            if not part.strip():
                continue
            try:
                number = normalize(part)
            except ValueError:
                bad.append(part.strip())
                continue
            if number not in good:
                good.append(number)
        return good, bad

    def _accept(self) -> None:
        good, bad = self.parsed()
        if bad or not good:
            self.error.setText(
                fill(self.tr("Not a phone number: %1"), ", ".join(bad))
                if bad
                else self.tr("Enter at least one number.")
            )
            self.error.show()
            return
        self.chosen = good
        self.accept()


class CampaignsView(QWidget):
    """See the module doc."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.provider = session.provider
        self.tasks = TaskSet()
        self._reading = False
        self.client: CampaignClient | None = None
        self.model = CampaignsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        fixed_rows(self.table)
        self.table.horizontalHeader().setSectionResizeMode(CampaignsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 110), (3, 150), (4, 90), (5, 130)):
            self.table.setColumnWidth(column, width)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel(self)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.leads = QTableWidget(0, 6, self)
        self.leads.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Customer"),
                self.tr("Number"),
                self.tr("Outcome"),
                self.tr("Calls"),
                self.tr("Agent"),
            ]
        )
        fixed_rows(self.leads)
        self.leads.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 130), (3, 160), (4, 80), (5, 100)):
            self.leads.setColumnWidth(column, width)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_action = self.toolbar.addAction(self.tr("New campaign…"), self.new_campaign)
        self.start_action = self.toolbar.addAction(self.tr("Start"), lambda: self.control("start"))
        self.stop_action = self.toolbar.addAction(self.tr("Stop"), lambda: self.control("stop"))
        self.delete_action = self.toolbar.addAction(self.tr("Delete…"), self.delete)
        self.export_action = self.toolbar.addAction(self.tr("Export report (CSV)…"), self.export)
        self.dnc_action = self.toolbar.addAction(self.tr("Do not call…"), self.open_dnc)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.leads)
        split.setSizes([180, 420])
        layout.addWidget(split, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.result)
        self.timer = QTimer(self)
        self.timer.setInterval(int(REFRESH_SECONDS * 1000))
        self.timer.timeout.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.client = self._make_client()
        self._update_actions()
        if self.client is not None:
            session.callEvent.connect(self._on_event)

    def _on_event(self, event: CallEvent, mine: bool) -> None:
        """A TEL4VN ``cdr_autocall`` event: one autocall customer's outcome, kept with its queue."""
        if event.raw.get("state") != "cdr_autocall" or self.client is None:
            return
        if self.client.record_autocall(event.raw) is not None and self.isVisible():
            self.refresh()

    def _make_client(self) -> CampaignClient | None:
        """The provider's campaign client; None (and the reason on screen) when it has none."""
        from agent_desk.providers.campaigns import campaign_client

        if self.provider is None:
            return None
        try:
            client = campaign_client(self.provider)
        except errors.Unsupported as exc:
            self.note.setText(error_text(exc))
            self.table.hide()
            self.toolbar.hide()
            return None
        if client.desk_kept:
            store = getattr(client, "store", None)
            self.note.setText(
                fill(
                    self.tr(
                        "%1 cannot list its queues, so this list shows the queues this desk created "
                        "(kept in %2). Progress comes from the PBX's customer statuses."
                    ),
                    self.provider.title,
                    str(store.path) if store is not None else "",
                )
            )
        else:
            self.note.hide()
        if not self.provider.supports(Capability.DNC):
            self.dnc_action.setVisible(False)  # OnePOS: no do-not-call API in its document
        return client

    # ------------------------------------------------------------------ reading
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt\'s name
        super().showEvent(event)
        if self.client is not None:
            self.refresh()
            self.timer.start()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt\'s name
        super().hideEvent(event)
        self.timer.stop()

    def refresh(self) -> None:
        if self.client is None or self._reading:
            return  # a slow PBX: never two reads at once
        self._reading = True
        task = self.tasks.spawn(self._read(), on_error=self._failed)
        task.add_done_callback(lambda _: setattr(self, "_reading", False))

    async def _read(self) -> None:
        assert self.client is not None
        campaigns = await self.client.campaigns()
        chosen = self.selected()
        self.model.set_campaigns(campaigns)
        if chosen is not None:
            self.select(chosen.id)
        self._update_actions()
        current = self.selected()
        if current is not None:
            self.show_leads(await self.client.report(current.id))

    def show_leads(self, report: CampaignReport) -> None:
        """Each customer of the selected campaign with its outcome so far."""
        outcomes = {
            "new": self.tr("Waiting"),
            "queue": self.tr("Waiting"),
            "calling": self.tr("Calling"),
            "answered": self.tr("Answered"),
            "busy": self.tr("Busy"),
            "no-answered": self.tr("No answer"),
            "cancel": self.tr("Dropped"),
            "fail": self.tr("Failed"),
            "dnc": self.tr("Do not call"),
            "invalid": self.tr("Failed"),
        }
        self.leads.setRowCount(len(report.leads))
        for row, lead in enumerate(report.leads):
            status = str(lead.get("status") or "")
            values = (
                lead.get("id"),
                lead.get("name"),
                display(lead.get("phone")),
                outcomes.get(status, status),
                lead.get("attempts"),
                lead.get("agent"),
            )
            for column, value in enumerate(values):
                self.leads.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))

    def selected(self) -> Campaign | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.campaigns[rows[0].row()] if rows else None

    def select(self, campaign_id: str) -> bool:
        for row, campaign in enumerate(self.model.campaigns):
            if campaign.id == campaign_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        self._update_actions()
        campaign = self.selected()
        if campaign is None:
            self.detail.clear()
            self.leads.setRowCount(0)
            return
        self.detail.setText(
            fill(
                self.tr("%1: %2 customers, %3 called, %4 answered, %5 still to call."),
                campaign.name,
                "?" if campaign.total is None else campaign.total,
                "?" if campaign.called is None else campaign.called,
                "?" if campaign.answered is None else campaign.answered,
                "?" if campaign.pending is None else campaign.pending,
            )
        )

    def _update_actions(self) -> None:
        campaign = self.selected()
        state = campaign.state if campaign is not None else None
        self.start_action.setEnabled(state in ("draft", "stopped"))
        self.stop_action.setEnabled(state == "running")
        self.delete_action.setEnabled(campaign is not None)
        self.export_action.setEnabled(campaign is not None)

    # ------------------------------------------------------------------ actions
    def report(self, text: str, ok: bool) -> None:
        self.result.setStyleSheet(f"color: {colour('ok' if ok else 'error')};")
        self.result.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.report(error_text(exc) if isinstance(exc, errors.AgentDeskError) else repr(exc), ok=False)

    def new_campaign(self) -> NewCampaignDialog:
        dialog = NewCampaignDialog(self.client, self)
        dialog.accepted.connect(lambda: self.create_campaign(dialog.spec()))
        dialog.open()
        return dialog

    def create_campaign(self, spec: Any) -> None:
        async def run() -> None:
            assert self.client is not None
            self.report(fill(self.tr("Creating “%1” with %2 customers…"), spec.name, len(spec.customers)), ok=True)
            campaign, complaints = await self.client.create(spec)
            text = fill(self.tr("Created “%1” (%2)."), campaign.name, campaign.id)
            if complaints:
                text += " " + fill(
                    self.tr("The PBX refused %1 customer(s): %2"), len(complaints), "; ".join(complaints)
                )
            self.report(text, ok=not complaints)
            await self._read()
            self.select(campaign.id)

        self.tasks.spawn(run(), on_error=self._failed)

    def control(self, action: str) -> None:
        campaign = self.selected()
        if campaign is None or self.client is None:
            return

        async def run() -> None:
            assert self.client is not None
            await getattr(self.client, action)(campaign.id)
            texts = {
                "start": self.tr("Started “%1”."),
                "stop": self.tr("Stopped “%1”: calls already placed go on."),
                "delete": self.tr("Deleted “%1”."),
            }
            self.report(fill(texts[action], campaign.name), ok=True)
            await self._read()

        self.tasks.spawn(run(), on_error=self._failed)

    def delete(self) -> QMessageBox | None:
        campaign = self.selected()
        if campaign is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete a campaign"),
            fill(
                self.tr("Delete the campaign “%1” (%2)? It stops dialling and cannot be undone."),
                campaign.name,
                campaign.id,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(lambda button: self.control("delete") if button is yes else None)
        box.open()
        return box

    def open_dnc(self) -> DncDialog:
        dialog = DncDialog(self)
        dialog.accepted.connect(lambda: self.block(dialog.chosen))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def block(self, numbers: list[str]) -> None:
        """Put ``numbers`` on the do-not-call list and say where each was blocked."""

        async def run() -> None:
            assert self.client is not None
            result = await self.client.add_dnc(numbers)
            parts = [
                fill(self.tr("%1 blocked in %2."), display(number), ", ".join(sorted(set(queues))))
                for number, queues in result.blocked.items()
            ]
            parts += [
                fill(self.tr("%1 is in no autocall queue this desk created: nothing to block."), display(number))
                for number in result.unmatched
            ]
            self.report(" ".join(parts), ok=not result.unmatched)
            await self._read()

        self.tasks.spawn(run(), on_error=self._failed)

    def export(self, target: Path | None = None) -> None:
        campaign = self.selected()
        if campaign is None or self.client is None:
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export report"), f"{campaign.id}.csv", self.tr("CSV files (*.csv)")
            )
            if not name:
                return
            target = Path(name)
        chosen = target

        async def run() -> None:
            assert self.client is not None
            report: CampaignReport = await self.client.report(campaign.id)
            write_leads_csv(report, chosen)
            self.report(fill(self.tr("%1 customers written to %2."), len(report.leads), str(chosen)), ok=True)

        self.tasks.spawn(run(), on_error=self._failed)

    def stop(self) -> None:
        self.timer.stop()
        self.tasks.cancel()
        if self.client is not None:
            self.session.callEvent.disconnect(self._on_event)
