"""The sign-in window: pick a profile or create one, type the credentials, sign in.

The dialog is non-modal and does no I/O: *Sign in* validates the form into a
:class:`~agent_desk.config.Profile` (a :class:`~agent_desk.errors.ConfigError` is shown under
the form) and emits :attr:`LoginDialog.submitted`; the desk signs in on the event loop and calls
:meth:`LoginDialog.show_error` or closes the dialog. Secret fields left empty mean "use what is
stored" (environment, keyring, or the config file). Which fields a provider needs, and their
labels, come from its entry in :mod:`agent_desk.providers.registry`.

On a profile IT provisioned (:mod:`agent_desk.provision`) the form is short: only what is the agent's
own (the extension, the provider's ``own`` fields: user name and password, or SIP user and password,
and a relay's desk token), the rest as IT set it; *All fields…* shows the whole form, which also
stays under Settings.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desk.config import DIAL_MODES, EVENT_SOURCES, Config, Profile, parse_profile
from agent_desk.errors import ConfigError
from agent_desk.providers.registry import PROFILE_FIELDS, REGISTRY, SECRETS, provider_spec
from agent_desk.ui.common.messages import error_text, field_label, fill
from agent_desk.ui.common.paths import icon
from agent_desk.ui.common.plain import plain_label, set_plain
from agent_desk.ui.common.status import colour

NEW_PROFILE = ""  # the combo item's data for "New profile…"
RELAY_SECRETS = ("relay_token",)  # shown with events = "relay", whatever the provider


class LoginDialog(QDialog):
    """Emits ``submitted(profile, typed_secrets, remember)``; see the module doc."""

    submitted = Signal(object, dict, bool)
    cancelRequested = Signal()

    def __init__(self, config: Config, current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.setWindowTitle(self.tr("Sign in — Agent Desk"))
        self.setWindowIcon(icon("agent-desk"))
        self.setMinimumWidth(460)

        self.profiles = QComboBox(self)
        for name in sorted(config.profiles):
            self.profiles.addItem(name, name)
        self.profiles.addItem(self.tr("New profile…"), NEW_PROFILE)
        self.profiles.currentIndexChanged.connect(self._load_profile)

        self.name = QLineEdit(self)
        self.provider = QComboBox(self)
        for spec in REGISTRY.values():
            self.provider.addItem(spec.title, spec.key)
        self.provider.currentIndexChanged.connect(self._show_provider_fields)
        self.base_url = QLineEdit(self)
        self.base_url.setPlaceholderText("https://pbx.example.vn")
        self.extension = QLineEdit(self)
        self.extension.setPlaceholderText("101")
        self.texts: dict[str, QLineEdit] = {}
        self.secrets: dict[str, QLineEdit] = {}
        self.events = QComboBox(self)  # filled with the provider's event sources
        self.events.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._event_texts = dict(
            zip(
                EVENT_SOURCES,
                (
                    self.tr("Webhook (the PBX posts to this computer)"),
                    self.tr("Websocket (this computer connects)"),
                    self.tr("Relay (the company's relay server)"),
                    self.tr("None (no screen-pops)"),
                ),
                strict=True,
            )
        )
        self._wanted_events = "webhook"  # the loaded profile's choice, kept when its provider offers it
        self.events.currentIndexChanged.connect(self._show_relay_fields)
        self.relay_url = QLineEdit(self)
        self.relay_url.setPlaceholderText("https://relay.example.vn")
        self.dial_mode = QComboBox(self)
        for mode, text in zip(
            DIAL_MODES,
            (self.tr("Wait until my phone picks up"), self.tr("Return at once with the call id")),
            strict=True,
        ):
            self.dial_mode.addItem(text, mode)
        self.crm_url = QLineEdit(self)
        self.crm_url.setPlaceholderText("https://crm.example/search?phone={phone}")

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._add_row(self.tr("Profile"), self.profiles)
        self._add_row(self.tr("Profile name"), self.name)
        self._add_row(self.tr("Provider"), self.provider)
        self._add_row(self.tr("Server address"), self.base_url)
        self._add_row(self.tr("Extension"), self.extension)
        for field in PROFILE_FIELDS:
            self.texts[field.name] = QLineEdit(self)
            self._add_row(field_label(field.name), self.texts[field.name])
        for name in (secret.name for secret in SECRETS):
            edit = QLineEdit(self)
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(f"secret_{name}")
            self.secrets[name] = edit
            if name not in RELAY_SECRETS:  # the relay's own rows come after the event source
                self._add_row(field_label(name), edit)
        self.relay_token = self.secrets["relay_token"]
        self._add_row(self.tr("Call events"), self.events)
        self._add_row(self.tr("Relay address"), self.relay_url)
        self._add_row(field_label("relay_token"), self.relay_token)
        self._add_row(self.tr("Click-to-call"), self.dial_mode)
        self._add_row(self.tr("CRM address"), self.crm_url)

        self.provisioned_note = QLabel(self)
        self.provisioned_note.setWordWrap(True)
        self.provisioned_note.setStyleSheet("color: palette(placeholder-text)")
        self.all_fields_button = QPushButton(self.tr("All fields…"), self)
        self.all_fields_button.clicked.connect(lambda: self.set_short(False))
        self.short = False  # only the agent's own fields (a provisioned profile)

        self.remember = QCheckBox(self.tr("Remember the secrets on this computer (system keyring)"), self)
        self.error = QLabel(self)
        self.error.setObjectName("loginError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.sign_in_button = QPushButton(self.tr("Sign in"), self)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_fields_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_in_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.provisioned_note)
        layout.addLayout(self.form)
        layout.addWidget(self.remember)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.busy = False
        start = self.profiles.findData(current) if current in config.profiles else 0
        self.profiles.setCurrentIndex(max(start, 0))
        self._load_profile()
        for label in (self.provisioned_note, self.error):  # never HTML (the rows' labels are plain too)
            set_plain(label)

    def _add_row(self, text: str, field: QWidget) -> None:
        """``form.addRow(text, field)`` with a plain-text label made here, as Qt makes it (the field its
        buddy). Not ``plain_labels(self)`` afterwards: walking the dialog's children wraps every combo
        box's inner list view, model and scroll bars in Python, ~8 ms before the window's first frame."""
        label = plain_label(text)  # (no parent yet: the layout gives it one)
        label.setBuddy(field)
        self.form.addRow(label, field)

    # ------------------------------------------------------------------ form
    def selected_profile(self) -> Profile | None:
        name = self.profiles.currentData()
        return self.config.profiles.get(name) if name else None

    def _load_profile(self) -> None:
        profile = self.selected_profile()
        self._wanted_events = profile.events if profile else "webhook"
        self.events.clear()  # refilled for the profile's provider, with the wanted choice
        self.name.setReadOnly(profile is not None)
        self.name.setText(profile.name if profile else "")
        provider = profile.provider if profile else next(iter(REGISTRY))  # the registry's first: the default
        self.provider.setCurrentIndex(self.provider.findData(provider))
        self.base_url.setText(profile.base_url if profile else "")
        self.extension.setText(profile.extension if profile else "")
        for field, edit in self.texts.items():
            edit.setText(getattr(profile, field) if profile else "")
        for edit in self.secrets.values():
            edit.clear()
            edit.setPlaceholderText(self.tr("Leave empty to use the saved one") if profile else "")
        self.dial_mode.setCurrentIndex(self.dial_mode.findData(profile.click_to_call if profile else "sync"))
        self.crm_url.setText(profile.crm_url if profile else "")
        self.relay_url.setText(profile.relay_url if profile else "")
        if profile is None:  # (a first start: no provisioning code before the window, ~2 ms)
            self.set_short(False)
        else:
            from agent_desk.provision import is_provisioned

            self.set_short(is_provisioned(profile))
        self.error.hide()

    def set_short(self, short: bool) -> None:
        """Ask only for the agent's own fields (True), or show the whole form."""
        self.short = short
        profile = self.selected_profile()
        self.provisioned_note.setVisible(short)
        self.all_fields_button.setVisible(short)
        if short and profile is not None:
            self.provisioned_note.setText(
                fill(self.tr("Your company set up “%1” for you. Type your own sign-in."), profile.name)
            )
        password = self.form.labelForField(self.secrets["password"])
        if isinstance(password, QLabel):  # "instead of an API key" means nothing when the key is IT's
            password.setText(self.tr("Password") if short else field_label("password"))
        self._show_provider_fields()

    def _show_provider_fields(self) -> None:
        spec = provider_spec(self.provider.currentData())
        for widget in (self.profiles, self.name, self.provider, self.base_url, self.events, self.dial_mode):
            self.form.setRowVisible(widget, True)  # (the short form hid them)
        self.form.setRowVisible(self.crm_url, True)
        for field, edit in self.texts.items():
            self.form.setRowVisible(edit, field in spec.field_names)
        for field, edit in self.secrets.items():
            if field not in RELAY_SECRETS:
                self.form.setRowVisible(edit, field in spec.secret_names)
        self._offer_events(spec.event_sources)
        self._show_relay_fields()
        self.adjustSize()

    def _show_relay_fields(self) -> None:
        relay = self.events.currentData() == "relay"
        self.form.setRowVisible(self.relay_url, relay)
        self.form.setRowVisible(self.relay_token, relay)
        if self.short:
            self._hide_company_fields()

    def _hide_company_fields(self) -> None:
        """In the short form, hide every row that IT set (what the agent types stays)."""
        own = provider_spec(self.provider.currentData()).own
        for widget in (self.name, self.provider, self.base_url, self.events, self.relay_url, self.dial_mode):
            self.form.setRowVisible(widget, False)
        self.form.setRowVisible(self.crm_url, False)
        self.form.setRowVisible(self.profiles, len(self.config.profiles) > 1)
        for field, edit in (*self.texts.items(), *self.secrets.items()):
            if field not in own and field not in RELAY_SECRETS:
                self.form.setRowVisible(edit, False)

    def _shown_secrets(self) -> tuple[str, ...]:
        secrets = provider_spec(self.provider.currentData()).secret_names
        return (*secrets, *RELAY_SECRETS) if self.events.currentData() == "relay" else secrets

    def _offer_events(self, sources: tuple[str, ...]) -> None:
        """Only the event sources the provider can use; the current choice (else the profile's)
        stays when offered, else the provider's first."""
        wanted = self.events.currentData() or self._wanted_events
        self.events.clear()
        for source in sources:
            self.events.addItem(self._event_texts[source], source)
        self.events.setCurrentIndex(max(self.events.findData(wanted), 0))

    def build_profile(self) -> Profile:
        """The form as a validated Profile (ConfigError naming the field otherwise)."""
        existing = self.selected_profile()
        name = self.name.text().strip()
        table: dict[str, Any] = existing.to_toml() if existing else {}
        texts = provider_spec(self.provider.currentData()).field_names
        table.update(
            {
                "provider": self.provider.currentData(),
                "base_url": self.base_url.text().strip(),
                "extension": self.extension.text().strip(),
                "events": self.events.currentData(),
                "click_to_call": self.dial_mode.currentData(),
                "crm_url": self.crm_url.text().strip(),
                "relay_url": self.relay_url.text().strip(),
            }
        )
        for field in texts:
            table[field] = self.texts[field].text().strip()
        profile = parse_profile(name, table)
        if existing is not None:
            profile = dataclasses.replace(profile, file_secrets=existing.file_secrets)
        return profile

    def name_problem(self) -> str:
        """Why the profile name cannot be used ('' when it can)."""
        name = self.name.text().strip()
        if not name:
            return self.tr("Enter a profile name.")
        if self.selected_profile() is None and name in self.config.profiles:
            return fill(self.tr("A profile named “%1” already exists."), name)
        return ""

    def typed_secrets(self) -> dict[str, str]:
        secrets = self._shown_secrets()
        return {field: self.secrets[field].text() for field in secrets if self.secrets[field].text()}

    # ------------------------------------------------------------------ outcome
    def submit(self) -> None:
        if self.busy:
            return
        if problem := self.name_problem():
            self.show_error(problem)
            return
        try:
            profile = self.build_profile()
        except ConfigError as exc:
            self.show_error(error_text(exc))
            return
        self.set_busy(True)
        self.submitted.emit(profile, self.typed_secrets(), self.remember.isChecked())

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        self.error.hide()

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.error.setText(text)
        self.error.setStyleSheet(f"color: {colour('error')}")
        self.error.show()

    def _cancel(self) -> None:
        if self.busy:
            self.cancelRequested.emit()
            self.set_busy(False)
        else:
            self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import Qt  # not at import: the window opens without Qt's enums (agent_desk.ui)

        if event.key() == Qt.Key.Key_Escape:
            self._cancel()
            return
        super().keyPressEvent(event)
