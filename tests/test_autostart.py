"""Start at login: the XDG autostart rules (user entry over the installed system one) and the macOS LaunchAgent."""

from __future__ import annotations

import plistlib
import shlex
from pathlib import Path

from agent_desk.autostart import Autostart


def xdg(tmp_path: Path) -> Autostart:
    return Autostart("linux", {"HOME": str(tmp_path / "home"), "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg")})


def install_system_entry(tmp_path: Path) -> Path:
    """What the .deb installs: on for every user by default."""
    entry = tmp_path / "etc-xdg" / "autostart" / "agent-desk.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nType=Application\nName=Agent Desk\nExec=agent-desk\n")
    return entry


def test_off_without_an_install_and_on_when_turned_on(tmp_path):
    auto = xdg(tmp_path)
    assert not auto.enabled()
    auto.set_enabled(True)
    entry = auto.user_entry()
    assert entry == tmp_path / "home" / ".config" / "autostart" / "agent-desk.desktop"
    text = entry.read_text()
    assert "Hidden=true" not in text and auto.enabled()
    command = shlex.split(next(line for line in text.splitlines() if line.startswith("Exec="))[5:])
    assert command[-2:] == ["-m", "agent_desk"], "from source, this interpreter runs the package"
    auto.set_enabled(False)
    assert not entry.exists() and not auto.enabled()


def test_an_install_is_on_by_default_and_one_user_can_turn_it_off(tmp_path):
    system = install_system_entry(tmp_path)
    auto = xdg(tmp_path)
    assert auto.enabled() and not auto.user_entry().exists()
    auto.set_enabled(False)
    assert "Hidden=true" in auto.user_entry().read_text() and not auto.enabled()
    assert system.exists(), "the system default is left to IT"
    auto.set_enabled(True)
    assert not auto.user_entry().exists() and auto.enabled()


def test_it_can_preset_it_off_by_removing_the_system_entry(tmp_path):
    install_system_entry(tmp_path).unlink()
    assert not xdg(tmp_path).enabled()


def test_macos_writes_a_launch_agent(tmp_path):
    auto = Autostart("darwin", {"HOME": str(tmp_path)})
    auto.set_enabled(True)
    plist = plistlib.loads((tmp_path / "Library" / "LaunchAgents" / "vn.agentdesk.plist").read_bytes())
    assert plist["RunAtLoad"] is True and plist["ProgramArguments"][-1] == "agent_desk"
    assert auto.enabled()
    auto.set_enabled(False)
    assert not auto.enabled()
