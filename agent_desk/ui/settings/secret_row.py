"""One secret in the Settings dialog: a password field, where the secret is found now, and
*Forget*. Nothing is stored here: the dialog collects what was typed and forgotten on Save."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from agent_desk.secrets import env_name
from agent_desk.ui.common.messages import fill


class SecretRow(QWidget):
    """A password field, where the secret is stored now, and *Forget* (applied on Save)."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.forgotten = False
        self.edit = QLineEdit(self)
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setObjectName(f"secret_{field}")
        self.edit.textEdited.connect(self._typed)
        self.forget_button = QPushButton(self.tr("Forget"), self)
        self.forget_button.setToolTip(self.tr("Remove this secret from the system keyring when you save"))
        self.forget_button.clicked.connect(self.forget)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setObjectName("secretSource")
        self.where.setStyleSheet("color: palette(placeholder-text)")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.forget_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.where)

    def reset(self) -> None:
        self.forgotten = False
        self.edit.clear()
        self.edit.setPlaceholderText(self.tr("Leave empty to keep the saved one"))
        self.where.clear()

    def forget(self) -> None:
        self.forgotten = True
        self.edit.clear()
        self.where.setText(self.tr("Removed from the keyring when you save"))

    def _typed(self, text: str) -> None:
        if text:
            self.forgotten = False

    def show_source(self, source: str | None) -> None:
        texts = {
            "env": fill(self.tr("From the environment variable %1"), env_name(self.field)),
            "keyring": self.tr("Stored in the system keyring"),
            "file": self.tr("In the config file as plain text: Save moves it to the keyring"),
            None: self.tr("Not stored"),
        }
        if not self.forgotten:
            self.where.setText(texts.get(source, ""))
