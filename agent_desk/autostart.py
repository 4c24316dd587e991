"""Start Agent Desk when the user logs in: pops work only while the app runs, so it should be running.

One interface, :class:`Autostart`, over each system's own mechanism:

* Linux and other XDG desktops: ``autostart/agent-desk.desktop`` in the user's config directory. The
  ``.deb`` installs ``/etc/xdg/autostart/agent-desk.desktop``, so it is on for every user of an install
  by default; IT presets it by removing or editing that file. Turning it off for one user writes a user
  entry with ``Hidden=true`` (the XDG rule that overrides the system one).
* Windows: the ``Agent Desk`` value under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`` (the
  installer's "Start at sign-in" task writes the same value; ``/MERGETASKS="!autostart"`` presets it off).
* macOS: a LaunchAgent ``~/Library/LaunchAgents/vn.agentdesk.plist`` with ``RunAtLoad``.
"""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from pathlib import Path

ENTRY_NAME = "agent-desk.desktop"
RUN_VALUE = "Agent Desk"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
LAUNCH_AGENT = "vn.agentdesk"


def launch_command() -> list[str]:
    """How the login session should start this program (the installed binary, or this interpreter)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "agent_desk"]


class Autostart:
    """Whether Agent Desk starts at login for this user, on this system; and turning it on or off."""

    def __init__(self, platform: str = sys.platform, env: dict[str, str] | None = None) -> None:
        self.platform = platform
        self.env = dict(os.environ if env is None else env)

    # ------------------------------------------------------------------ XDG
    def _config_home(self) -> Path:
        return Path(self.env.get("XDG_CONFIG_HOME") or Path(self.env.get("HOME", "~")).expanduser() / ".config")

    def user_entry(self) -> Path:
        return self._config_home() / "autostart" / ENTRY_NAME

    def system_entries(self) -> list[Path]:
        dirs = self.env.get("XDG_CONFIG_DIRS") or "/etc/xdg"
        return [Path(d) / "autostart" / ENTRY_NAME for d in dirs.split(":") if d]

    @staticmethod
    def _hidden(path: Path) -> bool:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            return True
        return any(
            line.strip().replace(" ", "").lower() in ("hidden=true", "x-gnome-autostart-enabled=false")
            for line in lines
        )

    def _xdg_entry(self, *, hidden: bool) -> str:
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Agent Desk\n"
            "Comment=Screen-pops and click-to-call for your softphone\n"
            f"Exec={shlex.join(launch_command())}\n"
            "Icon=agent-desk\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n" + ("Hidden=true\n" if hidden else "")
        )

    # ------------------------------------------------------------------ the interface
    def enabled(self) -> bool:
        if self.platform == "win32":
            return self._run_value() is not None
        if self.platform == "darwin":
            return self._launch_agent().is_file()
        user = self.user_entry()
        if user.exists():
            return not self._hidden(user)
        return any(p.is_file() and not self._hidden(p) for p in self.system_entries())

    def set_enabled(self, on: bool) -> None:
        """Turn starting at login on or off for this user (OSError when it cannot be written)."""
        if self.platform == "win32":
            self._set_run_value(on)
        elif self.platform == "darwin":
            self._set_launch_agent(on)
        else:
            self._set_xdg(on)

    def _set_xdg(self, on: bool) -> None:
        user = self.user_entry()
        system_on = any(p.is_file() and not self._hidden(p) for p in self.system_entries())
        if on == system_on:  # the system default says it: no user entry needed
            user.unlink(missing_ok=True)
            return
        user.parent.mkdir(parents=True, exist_ok=True)
        user.write_text(self._xdg_entry(hidden=not on), encoding="utf-8")

    # ------------------------------------------------------------------ Windows
    def _run_value(self) -> str | None:
        return _read_run_value()

    def _set_run_value(self, on: bool) -> None:
        import subprocess

        _write_run_value(subprocess.list2cmdline(launch_command()) if on else None)

    # ------------------------------------------------------------------ macOS
    def _launch_agent(self) -> Path:
        return Path(self.env.get("HOME", "~")).expanduser() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"

    def _set_launch_agent(self, on: bool) -> None:
        path = self._launch_agent()
        if not on:
            path.unlink(missing_ok=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        plist = {
            "Label": LAUNCH_AGENT,
            "ProgramArguments": launch_command(),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        path.write_bytes(plistlib.dumps(plist))


if sys.platform == "win32":  # mypy checks these on Windows only
    import winreg

    def _read_run_value() -> str | None:
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                return str(winreg.QueryValueEx(key, RUN_VALUE)[0])
        except OSError:
            return None

    def _write_run_value(command: str | None) -> None:
        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            if command is not None:
                winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, command)
            else:
                try:
                    winreg.DeleteValue(key, RUN_VALUE)
                except FileNotFoundError:
                    pass

else:

    def _read_run_value() -> str | None:
        raise OSError("the Run key exists only on Windows")

    def _write_run_value(command: str | None) -> None:
        raise OSError("the Run key exists only on Windows")
