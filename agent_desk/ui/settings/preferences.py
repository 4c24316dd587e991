"""The GUI's own preferences (language, pop behaviour, last profile) in ``ui.ini``.

They live beside the profiles' config file (so ``$AGENT_DESK_CONFIG`` isolates them in tests),
not in the TOML file: these are one person's desk preferences, not PBX account settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from agent_desk.config import default_config_path, private_file

LANGUAGES = ("system", "vi", "en")
THEMES = ("system", "light", "dark")  # follow the desktop's scheme, or force one (ui.common.theme)
CLOSE_ENDED_AFTER = 30  # seconds, the default
MAX_CLOSE_ENDED_AFTER = 3600


class UiSettings:
    """Typed accessors over one QSettings ini file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_config_path().parent / "ui.ini"
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        private_file(self.path)  # QSettings saves through QSaveFile, which keeps the file's mode
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._qs.value(key, default)
        return value if isinstance(value, bool) else str(value).lower() == "true"

    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._qs.setValue("ui/language", value)

    @property
    def theme(self) -> str:
        """``system`` (follow the desktop's light or dark), ``light`` or ``dark``."""
        value = str(self._qs.value("ui/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(value)
        self._qs.setValue("ui/theme", value)

    @property
    def global_call(self) -> str:
        """The system-wide shortcut that calls the selected number (Qt's portable text; '' = off)."""
        return str(self._qs.value("keys/global_call", ""))

    @global_call.setter
    def global_call(self, value: str) -> None:
        self._qs.setValue("keys/global_call", value)

    @property
    def last_profile(self) -> str:
        return str(self._qs.value("session/last_profile", ""))

    @last_profile.setter
    def last_profile(self, value: str) -> None:
        self._qs.setValue("session/last_profile", value)

    @property
    def auto_open_crm(self) -> bool:
        return self._bool("pop/auto_open_crm", False)

    @auto_open_crm.setter
    def auto_open_crm(self, value: bool) -> None:
        self._qs.setValue("pop/auto_open_crm", value)

    @property
    def pop_sound(self) -> bool:
        return self._bool("pop/sound", False)

    @pop_sound.setter
    def pop_sound(self, value: bool) -> None:
        self._qs.setValue("pop/sound", value)

    @property
    def notify(self) -> bool:
        """Also show a desktop notification (through the tray) when a call rings."""
        return self._bool("pop/notify", True)

    @notify.setter
    def notify(self, value: bool) -> None:
        self._qs.setValue("pop/notify", value)

    @property
    def told_close_to_tray(self) -> bool:
        """The agent was told once that closing the window keeps Agent Desk in the tray."""
        return self._bool("ui/told_close_to_tray", False)

    @told_close_to_tray.setter
    def told_close_to_tray(self, value: bool) -> None:
        self._qs.setValue("ui/told_close_to_tray", value)

    @property
    def close_ended_after(self) -> int:
        """Seconds after which a pop whose call ended closes by itself (0: when dismissed); a pop
        with a note begun stays."""
        try:
            value = int(str(self._qs.value("pop/close_ended_after", CLOSE_ENDED_AFTER)))
        except ValueError:
            return CLOSE_ENDED_AFTER
        return value if 0 <= value <= MAX_CLOSE_ENDED_AFTER else CLOSE_ENDED_AFTER

    @close_ended_after.setter
    def close_ended_after(self, value: int) -> None:
        if not 0 <= value <= MAX_CLOSE_ENDED_AFTER:
            raise ValueError(value)
        self._qs.setValue("pop/close_ended_after", value)

    def layout_value(self, key: str) -> bytes | None:
        """A saved piece of the window's layout (:mod:`agent_desk.ui.window.layout_memory`), or None."""
        value = self._qs.value("layout/" + key)
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
        if value is not None and hasattr(value, "data"):  # QByteArray
            return bytes(value.data())
        return None

    def set_layout_value(self, key: str, value: bytes) -> None:
        self._qs.setValue("layout/" + key, QByteArray(value))

    def sync(self) -> None:
        self._qs.sync()
