"""The Settings dialog: a profile's fields, its call-event source, the screen-pop, the appearance.

Four pages — *Profile*, *Events*, *Screen-pop*, *Appearance* — over one profile of the config
(chosen at the top; the active one first) and the desk preferences (:class:`UiSettings`). Fields
a provider does not use are hidden, event sources and click-to-call modes it cannot do are not
offered (:mod:`agent_desk.settings_rules`). Secrets are password fields: typed ones go to the
keyring on *Save*, *Forget* removes one from the keyring on *Save*; nothing is ever written to
the TOML file.

Like the sign-in window, the dialog does no I/O: *Save* validates the form (a problem is shown
under its field and nothing is saved) and emits :attr:`SettingsDialog.saveRequested` with a
:class:`~agent_desk.settings_rules.SettingsChange`; the desk writes the file, the keyring and the
preferences, signs in again when the active profile changed, and then calls :meth:`saved` or
:meth:`show_error`. Where each secret is found now arrives through :meth:`show_secret_sources`.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from agent_desk import settings_rules as rules
from agent_desk.autostart import Autostart
from agent_desk.config import ROLES, Config, Profile, WebhookSettings, parse_profile
from agent_desk.errors import ConfigError
from agent_desk.models import Capability, dial_modes
from agent_desk.providers.registry import PROFILE_FIELDS, REGISTRY, SECRETS, provider_spec
from agent_desk.secrets import env_name
from agent_desk.ui.common.messages import error_text, field_label, fill
from agent_desk.ui.common.plain import plain_labels
from agent_desk.ui.common.status import colour
from agent_desk.ui.dialing.global_call import problem_text, unsupported_reason
from agent_desk.ui.settings.preferences import MAX_CLOSE_ENDED_AFTER, UiSettings
from agent_desk.ui.settings.secret_row import SecretRow

PROFILE_PAGE, EVENTS_PAGE, POP_PAGE, APPEARANCE_PAGE = range(4)
EVENT_SECRET = "webhook_secret"  # shown on the Events page, the others on the Profile page
RELAY_SECRET = "relay_token"  # on the Events page too, with events = "relay"
EVENTS_PAGE_SECRETS = (EVENT_SECRET, RELAY_SECRET)


def capabilities(provider: str) -> frozenset[Capability]:
    return provider_spec(provider).capabilities


def webhook_paths(provider: str) -> list[str]:
    from agent_desk.providers import provider_class

    return [path for _, path in provider_class(provider).webhook_routes]


class SettingsDialog(QDialog):
    """See the module doc. ``profileShown(profile)`` asks the desk where its secrets are."""

    saveRequested = Signal(object)  # SettingsChange
    profileShown = Signal(object)  # Profile

    def __init__(
        self, config: Config, settings: UiSettings, current: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._listener_secrets: dict[str, str] = {}  # profile → the secret its listener requires
        self.config = config
        self.settings = settings
        self.busy = False
        self.setWindowTitle(self.tr("Settings — Agent Desk"))
        self.setMinimumWidth(560)
        self.problems: dict[str, QLabel] = {}
        self._profile_events, self._profile_dial = "none", "sync"  # the shown profile's, kept if offered
        self._pages: dict[str, int] = {}

        self.profiles = QComboBox(self)
        for name in sorted(config.profiles):
            self.profiles.addItem(name, name)
        self.profiles.currentIndexChanged.connect(self._load_profile)
        self.no_profile = QLabel(
            self.tr(
                "There is no profile yet: sign in once (Account → Sign in) to create "
                "one. The screen-pop and appearance choices can be saved now."
            ),
            self,
        )
        self.no_profile.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._profile_page(), self.tr("Profile"))
        self.tabs.addTab(self._events_page(), self.tr("Events"))
        self.tabs.addTab(self._pop_page(), self.tr("Screen-pop"))
        self.tabs.addTab(self._appearance_page(), self.tr("Appearance"))

        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        top = QFormLayout()
        top.addRow(self.tr("Profile"), self.profiles)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_profile)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self._load_preferences()
        start = self.profiles.findData(current)
        self.profiles.setCurrentIndex(max(start, 0))
        self._load_profile()
        plain_labels(self)  # texts from the PBX or a customer record are never HTML

    # ------------------------------------------------------------------ pages
    def _field(self, key: str, widget: QWidget, page: int, *extra: QWidget) -> QWidget:
        """``widget`` with a problem label under it (hidden until there is one), then ``extra``."""
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        problem = QLabel(box)
        problem.setObjectName(f"problem_{key}")
        problem.setWordWrap(True)
        problem.hide()
        layout.addWidget(problem)
        for below in extra:
            layout.addWidget(below)
        self.problems[key] = problem
        self._pages[key] = page
        return box

    def _combo(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox(self)
        for data, text in items:
            combo.addItem(text, data)
        return combo

    def _profile_page(self) -> QWidget:
        page = QWidget(self)
        self.profile_form = form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.provider = self._combo([(spec.key, spec.title) for spec in REGISTRY.values()])
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.base_url = QLineEdit(self)
        self.base_url.setPlaceholderText("https://pbx.example.vn")
        self.extension = QLineEdit(self)
        self.role = self._combo(list(zip(ROLES, (self.tr("Agent"), self.tr("Supervisor")), strict=True)))
        self.dial_mode = QComboBox(self)
        self.timeout = self._seconds(1, 300)
        self.dial_timeout = self._seconds(5, 600)
        self.verify_tls = QCheckBox(self.tr("Check the server's TLS certificate (turn off only for a test PBX)"), self)
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("Server address"), self._field("base_url", self.base_url, PROFILE_PAGE))
        form.addRow(self.tr("Extension"), self.extension)
        form.addRow(self.tr("Role"), self.role)
        self.texts: dict[str, QLineEdit] = {}
        self.text_rows: dict[str, QWidget] = {}
        for field in (text.name for text in PROFILE_FIELDS):
            self.texts[field] = QLineEdit(self)
            self.text_rows[field] = self._field(field, self.texts[field], PROFILE_PAGE)
            form.addRow(field_label(field), self.text_rows[field])
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        form.addRow(self.keyring_note)
        self.secrets: dict[str, SecretRow] = {}
        for field in (secret.name for secret in SECRETS):
            if field not in EVENTS_PAGE_SECRETS:
                self.secrets[field] = SecretRow(field, self)
                form.addRow(field_label(field), self._field(field, self.secrets[field], PROFILE_PAGE))
        form.addRow(self.tr("Click-to-call"), self.dial_mode)
        form.addRow(self.tr("API timeout"), self.timeout)
        form.addRow(self.tr("Wait for my phone"), self.dial_timeout)
        form.addRow("", self.verify_tls)
        return page

    def _seconds(self, low: float, high: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(low, high)
        box.setDecimals(0)
        box.setSuffix(self.tr(" s"))
        return box

    def _events_page(self) -> QWidget:
        page = QWidget(self)
        self.events_form = form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.events = QComboBox(self)
        self.events.currentIndexChanged.connect(self._events_changed)
        self.ws_url = QLineEdit(self)
        self.ws_url.setPlaceholderText(self.tr("Derived from the server address"))
        self.hook_host = QLineEdit(self)
        self.hook_port = QLineEdit(self)
        self.hook_public = QLineEdit(self)
        self.hook_public.setPlaceholderText("http://192.168.1.20:8765")
        self.secrets[EVENT_SECRET] = SecretRow(EVENT_SECRET, self)
        self.relay_url = QLineEdit(self)
        self.relay_url.setPlaceholderText("https://relay.example.vn")
        self.secrets[RELAY_SECRET] = SecretRow(RELAY_SECRET, self)
        for edit in (self.hook_host, self.hook_port, self.hook_public):
            edit.textChanged.connect(self._show_instruction)
        self.instruction = QLabel(self)
        self.instruction.setObjectName("pbxInstruction")
        self.instruction.setWordWrap(True)
        self.event_rows = {
            "ws_url": self._field("ws_url", self.ws_url, EVENTS_PAGE),
            "host": self._field("host", self.hook_host, EVENTS_PAGE),
            "port": self._field("port", self.hook_port, EVENTS_PAGE),
            "public_url": self._field("public_url", self.hook_public, EVENTS_PAGE),
            EVENT_SECRET: self._field(EVENT_SECRET, self.secrets[EVENT_SECRET], EVENTS_PAGE),
            "relay_url": self._field("relay_url", self.relay_url, EVENTS_PAGE),
            RELAY_SECRET: self._field(RELAY_SECRET, self.secrets[RELAY_SECRET], EVENTS_PAGE),
        }
        form.addRow(self.tr("Call events"), self.events)
        form.addRow(self.tr("Websocket address"), self.event_rows["ws_url"])
        form.addRow(self.tr("Listen on address"), self.event_rows["host"])
        form.addRow(self.tr("Listen on port"), self.event_rows["port"])
        form.addRow(self.tr("Address the PBX calls"), self.event_rows["public_url"])
        form.addRow(field_label(EVENT_SECRET), self.event_rows[EVENT_SECRET])
        form.addRow(self.tr("Relay address"), self.event_rows["relay_url"])
        form.addRow(field_label(RELAY_SECRET), self.event_rows[RELAY_SECRET])
        form.addRow(self.instruction)
        return page

    def _pop_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.crm_url = QLineEdit(self)
        self.crm_url.setPlaceholderText("https://crm.example/search?phone={phone}")
        hint = QLabel(self.tr("{phone} is replaced by the caller's number. Leave empty for no CRM button."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text)")
        self.auto_open_crm = QCheckBox(self.tr("Open the CRM when a call rings"), self)
        self.pop_sound = QCheckBox(self.tr("Ring sound with screen-pops"), self)
        self.notify = QCheckBox(self.tr("Desktop notification with screen-pops"), self)
        self.close_ended = QSpinBox(self)
        self.close_ended.setObjectName("closeEndedAfter")
        self.close_ended.setRange(0, MAX_CLOSE_ENDED_AFTER)
        self.close_ended.setSuffix(self.tr(" s"))
        self.close_ended.setSpecialValueText(self.tr("never (close it yourself)"))
        crm_box = self._field("crm_url", self.crm_url, POP_PAGE, hint)
        form.addRow(self.tr("CRM address"), crm_box)
        for box in (self.auto_open_crm, self.pop_sound, self.notify):
            form.addRow("", box)
        form.addRow(self.tr("Close a pop after its call ended"), self.close_ended)
        return page

    def _appearance_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language = self._combo([("system", self.tr("Follow the system")), ("vi", "Tiếng Việt"), ("en", "English")])
        self.theme = self._combo(
            [
                ("system", self.tr("Follow the system (light or dark)")),
                ("light", self.tr("Light")),
                ("dark", self.tr("Dark")),
            ]
        )
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        self.start_at_logon = QCheckBox(self.tr("Start Agent Desk when I log in (screen-pops need it running)"), self)
        form.addRow("", self.start_at_logon)
        self.global_call = QKeySequenceEdit(self)
        self.global_call.setMaximumSequenceLength(1)
        self.global_call.setClearButtonEnabled(True)
        self.global_call_note = QLabel(self)
        self.global_call_note.setWordWrap(True)
        self.global_call_note.setStyleSheet("color: palette(placeholder-text)")
        reason = problem_text(unsupported_reason())
        self.global_call_note.setText(
            reason or self.tr("Select or copy a number in any program, then press these keys to call it.")
        )
        form.addRow(self.tr("Call the selected number from any program"), self.global_call)
        form.addRow("", self.global_call_note)
        return page

    # ------------------------------------------------------------------ loading
    def selected_profile(self) -> Profile | None:
        name = self.profiles.currentData()
        return self.config.profiles.get(name) if name else None

    def _load_preferences(self) -> None:
        s = self.settings
        self.language.setCurrentIndex(self.language.findData(s.language))
        self.theme.setCurrentIndex(self.theme.findData(s.theme))
        self.auto_open_crm.setChecked(s.auto_open_crm)
        self.pop_sound.setChecked(s.pop_sound)
        self.notify.setChecked(s.notify)
        self.start_at_logon.setChecked(Autostart().enabled())
        self.close_ended.setValue(s.close_ended_after)
        self.global_call.setKeySequence(
            QKeySequence.fromString(s.global_call, QKeySequence.SequenceFormat.PortableText)
        )

    def _load_profile(self) -> None:
        profile = self.selected_profile()
        has = profile is not None
        self.profiles.setEnabled(has)
        self.no_profile.setVisible(not has)
        for index in (PROFILE_PAGE, EVENTS_PAGE):
            self.tabs.setTabEnabled(index, has)
        self.crm_url.setEnabled(has)
        self.tabs.setCurrentIndex(PROFILE_PAGE if has else POP_PAGE)
        self._clear_problems()
        if profile is None:
            return
        self._profile_events = profile.events
        self._profile_dial = profile.click_to_call
        for combo in (self.dial_mode, self.events):  # refilled for this profile's provider below
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.provider.setCurrentIndex(self.provider.findData(profile.provider))
        self.base_url.setText(profile.base_url)
        self.extension.setText(profile.extension)
        self.role.setCurrentIndex(self.role.findData(profile.role))
        for field, edit in self.texts.items():
            edit.setText(getattr(profile, field))
        self.timeout.setValue(profile.timeout)
        self.dial_timeout.setValue(profile.dial_timeout)
        self.verify_tls.setChecked(profile.verify_tls)
        self.ws_url.setText(profile.ws_url)
        self.hook_host.setText(profile.webhook.host)
        self.hook_port.setText(str(profile.webhook.port))
        self.hook_public.setText(profile.webhook.public_url)
        self.crm_url.setText(profile.crm_url)
        self.relay_url.setText(profile.relay_url)
        for row in self.secrets.values():
            row.reset()
        self.keyring_note.hide()
        self._provider_changed()
        self.profileShown.emit(profile)

    def _provider_changed(self) -> None:
        provider = self.provider.currentData()
        caps = capabilities(provider)
        spec = provider_spec(provider)
        for field, row in self.text_rows.items():
            self.profile_form.setRowVisible(row, field in spec.field_names)
        for field, row in self.secrets.items():
            box = row.parentWidget()
            if field not in EVENTS_PAGE_SECRETS and box is not None:
                self.profile_form.setRowVisible(box, field in spec.secret_names)
        self._refill(self.dial_mode, [(m, self._dial_text(m)) for m in dial_modes(caps)], self._profile_dial)
        self.dial_mode.setEnabled(self.dial_mode.count() > 0)
        self.dial_mode.setToolTip(
            "" if self.dial_mode.count() else self.tr("This provider's API has no click-to-call.")
        )
        sources = [(s, self._events_text(s)) for s in rules.event_sources(caps)]
        self._refill(self.events, sources, self._profile_events)
        self._events_changed()

    @staticmethod
    def _refill(combo: QComboBox, items: list[tuple[str, str]], wanted: str) -> None:
        """New items; keep the current choice (else ``wanted``) if offered, else the last (``none``)."""
        keep = combo.currentData() if combo.count() else wanted
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(keep)
        combo.setCurrentIndex(index if index >= 0 else combo.count() - 1 if items else -1)
        combo.blockSignals(False)

    def _dial_text(self, mode: str) -> str:
        return self.tr("Wait until my phone picks up") if mode == "sync" else self.tr("Return at once with the call id")

    def _events_text(self, source: str) -> str:
        return {
            "webhook": self.tr("Webhook (the PBX posts to this computer)"),
            "websocket": self.tr("Websocket (this computer connects)"),
            "relay": self.tr("Relay (the company's relay server)"),
            "none": self.tr("None (no screen-pops)"),
        }[source]

    def _events_changed(self) -> None:
        source = self.events.currentData()
        self.events_form.setRowVisible(self.event_rows["ws_url"], source == "websocket")
        for key in ("host", "port", "public_url", EVENT_SECRET):
            self.events_form.setRowVisible(self.event_rows[key], source == "webhook")
        for key in ("relay_url", RELAY_SECRET):
            self.events_form.setRowVisible(self.event_rows[key], source == "relay")
        self._show_instruction()

    def _show_instruction(self) -> None:
        provider = self.provider.currentData()
        port = int(self.hook_port.text()) if not rules.port_problem(self.hook_port.text()) else 0
        hooks = WebhookSettings(
            host=self.hook_host.text().strip(), port=port, public_url=self.hook_public.text().strip()
        )
        can_register = Capability.WEBHOOK_REGISTRATION in capabilities(provider)
        secret = self._listener_secrets.get(self.profiles.currentData() or "", "")
        step = rules.pbx_instruction(
            self.events.currentData() or "none", hooks, webhook_paths(provider), can_register, secret
        )
        texts = {
            "none": self.tr("No call events: there are no screen-pops for this profile."),
            "websocket": self.tr("Agent Desk connects to the PBX itself: nothing needs to be set up on the PBX."),
            "relay": self.tr(
                "Agent Desk connects to your company's relay, which receives the PBX's events for every desk: "
                "enter the relay address and the token IT gave you for your extension."
            ),
            "register": fill(
                self.tr(
                    "When you sign in, Agent Desk registers %1 with the PBX as its callback "
                    "address (and removes it when you quit)."
                ),
                step.url,
            ),
            "tell": fill(
                self.tr("Ask your PBX administrator to send call events to %1, with the webhook secret."), step.url
            ),
            "public_missing": fill(
                self.tr(
                    "Enter the address the PBX can reach this computer at (e.g. "
                    "http://<this computer's address>:%1), or ask your PBX administrator "
                    "to send call events to this computer on port %1."
                ),
                step.port,
            ),
        }
        text = texts[step.kind]
        if provider in REGISTRY and REGISTRY[provider].one_webhook_per_company and step.kind in ("register", "tell"):
            text = fill(
                self.tr(
                    "OnePOS has one webhook per company, and registering replaces it: the company's CRM and "
                    "the other desks would stop getting calls. Let the relay own it, or ask your PBX "
                    "administrator to send call events to %1. A desk registers itself only with "
                    "register_webhook = true in its profile, and never clears it when you quit."
                ),
                step.url,
            )
        if step.local_only:
            text += " " + self.tr(
                "The listener accepts this computer only (127.0.0.1): use 0.0.0.0 for a PBX elsewhere on the network."
            )
        self.instruction.setText(text)

    def show_listener_secret(self, profile_name: str, secret: str) -> None:
        """The secret ``profile_name``'s listener requires (from the desk, read off the GUI thread):
        the callback URL shown for the PBX carries it as its path prefix."""
        self._listener_secrets[profile_name] = secret
        if profile_name == self.profiles.currentData():
            self._show_instruction()

    def show_secret_sources(self, profile_name: str, sources: dict[str, str | None], keyring_problem: str) -> None:
        """Where each secret of ``profile_name`` is found now (from the desk, read off the GUI thread)."""
        if profile_name != self.profiles.currentData():
            return
        for field, row in self.secrets.items():
            row.show_source(sources.get(field))
        if keyring_problem:
            reasons = {
                "no keyring backend is installed or running": self.tr("none is installed or running"),
                "the keyring is locked": self.tr("it is locked"),
            }
            keyring_problem = reasons.get(keyring_problem, keyring_problem)
            self.keyring_note.setText(
                fill(
                    self.tr(
                        "No system keyring is usable on this computer (%1): secrets "
                        "typed here are used until you sign out, not stored. "
                        "Environment variables such as %2 still work."
                    ),
                    keyring_problem,
                    env_name("api_key"),
                )
            )
            self.keyring_note.setStyleSheet(f"color: {colour('warn')}")
        self.keyring_note.setVisible(bool(keyring_problem))
        self.adjustSize()  # wrapped notes need the height

    # ------------------------------------------------------------------ saving
    def _clear_problems(self) -> None:
        for label in self.problems.values():
            label.hide()
        self.message.hide()

    def _problem(self, key: str, text: str) -> None:
        label = self.problems[key]
        label.setText(text)
        label.setStyleSheet(f"color: {colour('error')}")
        label.show()

    def field_problems(self) -> dict[str, str]:
        """Field key → the sentence shown under it, for every field that cannot be saved."""
        found: dict[str, str] = {}
        profile = self.selected_profile()
        if profile is not None:
            base = rules.url_problem(self.base_url.text())
            if base:
                found["base_url"] = (
                    self.tr("Enter the server address.")
                    if base == "missing"
                    else self.tr("Use an address that starts with http:// or https://.")
                )
            source = self.events.currentData()
            if source == "websocket" and rules.url_problem(
                self.ws_url.text(), ("ws", "wss", "http", "https"), required=False
            ):
                found["ws_url"] = self.tr("Use an address that starts with ws://, wss://, http:// or https://.")
            if source == "webhook":
                if not self.hook_host.text().strip():
                    found["host"] = self.tr("Enter the address to listen on, such as 127.0.0.1.")
                if rules.port_problem(self.hook_port.text()):
                    found["port"] = self.tr("Enter a port number from 0 to 65535.")
                if rules.url_problem(self.hook_public.text(), required=False):
                    found["public_url"] = self.tr("Use an http:// or https:// address the PBX can reach.")
            if source == "relay":
                relay = rules.url_problem(self.relay_url.text(), ("http", "https", "ws", "wss"))
                if relay:
                    found["relay_url"] = (
                        self.tr("Enter the relay address IT gave you.")
                        if relay == "missing"
                        else self.tr("Use an address that starts with https:// (or http:// on the office network).")
                    )
            crm = rules.crm_problem(self.crm_url.text())
            if crm == "scheme":
                found["crm_url"] = self.tr("The CRM address must start with http:// or https://.")
            elif crm == "phone":
                found["crm_url"] = self.tr("The CRM address must contain {phone} where the caller's number goes.")
        return found

    def build_profile(self) -> Profile | None:
        """The edited profile, validated by the config's own rules (ConfigError otherwise)."""
        existing = self.selected_profile()
        if existing is None:
            return None
        provider = self.provider.currentData()
        table: dict[str, Any] = existing.to_toml()
        table.update(
            {
                "provider": provider,
                "base_url": self.base_url.text().strip(),
                "extension": self.extension.text().strip(),
                "role": self.role.currentData(),
                "events": self.events.currentData(),
                "crm_url": self.crm_url.text().strip(),
                "timeout": self.timeout.value(),
                "dial_timeout": self.dial_timeout.value(),
                "verify_tls": self.verify_tls.isChecked(),
                "ws_url": self.ws_url.text().strip(),
                "relay_url": self.relay_url.text().strip(),
            }
        )
        if self.dial_mode.count():
            table["click_to_call"] = self.dial_mode.currentData()
        for field in provider_spec(provider).field_names:
            table[field] = self.texts[field].text().strip()
        if table["events"] == "webhook":
            table["webhook"] = {
                "host": self.hook_host.text().strip(),
                "port": int(self.hook_port.text()),
                "public_url": self.hook_public.text().strip(),
            }
        return dataclasses.replace(parse_profile(existing.name, table), file_secrets=existing.file_secrets)

    def _shown_secrets(self) -> list[SecretRow]:
        provider = self.provider.currentData()
        wanted = set(provider_spec(provider).secret_names)
        if self.events.currentData() != "webhook":
            wanted.discard(EVENT_SECRET)
        if self.events.currentData() == "relay":
            wanted.add(RELAY_SECRET)
        return [row for field, row in self.secrets.items() if field in wanted]

    def build_change(self) -> rules.SettingsChange | None:
        """The change Save asks for; None (problems shown, page switched) when something is wrong."""
        self._clear_problems()
        problems = self.field_problems()
        for key, text in problems.items():
            self._problem(key, text)
        if problems:
            self.tabs.setCurrentIndex(min(self._pages[key] for key in problems))
            return None
        try:
            profile = self.build_profile()
        except ConfigError as exc:
            self.show_error(error_text(exc))
            return None
        rows = self._shown_secrets() if profile is not None else []
        prefs = {
            "language": self.language.currentData(),
            "theme": self.theme.currentData(),
            "auto_open_crm": self.auto_open_crm.isChecked(),
            "pop_sound": self.pop_sound.isChecked(),
            "notify": self.notify.isChecked(),
            "start_at_logon": self.start_at_logon.isChecked(),
            "close_ended_after": self.close_ended.value(),
            "global_call": self.global_call.keySequence().toString(QKeySequence.SequenceFormat.PortableText),
        }
        forget = tuple(row.field for row in rows if row.forgotten)
        # Every secret hand-written in the file moves to the keyring, shown or not: the file written
        # on Save drops them all. What was typed wins.
        store = dict(profile.file_secrets) if profile is not None else {}
        store.update({row.field: row.edit.text() for row in rows if row.edit.text()})
        return rules.SettingsChange(
            profile=profile, store={f: v for f, v in store.items() if v and f not in forget}, forget=forget, prefs=prefs
        )

    def submit(self) -> None:
        if self.busy:
            return
        change = self.build_change()
        if change is not None:
            self.set_busy(True)
            self.saveRequested.emit(change)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.save_button.setEnabled(not busy)
        self.save_button.setText(self.tr("Saving…") if busy else self.tr("Save"))

    def show_error(self, text: str) -> None:
        """A problem with saving: the dialog stays open with everything as typed."""
        self.set_busy(False)
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour('error')}")
        self.message.show()

    def saved(self) -> None:
        self.set_busy(False)
        self.accept()
