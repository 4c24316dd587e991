"""Settings → Start Agent Desk when I log in: the checkbox shows and changes the system's own autostart entry."""

from __future__ import annotations

from agent_desk.config import Config, load_config, save_config
from tests.helpers import until


def test_the_settings_checkbox_turns_the_installed_default_off_and_on(
    run, make_desk, accounts, isolated_env, monkeypatch, tmp_path
):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home-config"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    system = tmp_path / "etc-xdg" / "autostart" / "agent-desk.desktop"
    system.parent.mkdir(parents=True)
    system.write_text("[Desktop Entry]\nType=Application\nName=Agent Desk\nExec=agent-desk\n")  # what the .deb installs
    user = tmp_path / "home-config" / "autostart" / "agent-desk.desktop"
    profile = accounts.profile("tel4vn", "101", name="office")
    save_config(Config(profiles={"office": profile}, default_profile="office"), isolated_env / "config" / "config.toml")
    desk = make_desk()
    desk.config = load_config()

    def save_with(on: bool) -> None:
        dialog = desk.open_settings()
        assert dialog.start_at_logon.isChecked() is (not on), "the dialog shows the current state"
        dialog.start_at_logon.setChecked(on)
        dialog.save_button.click()
        run(until(lambda: desk.settings_flow.dialog is None, what="the save to finish"))

    save_with(False)
    assert "Hidden=true" in user.read_text() and system.exists()
    save_with(True)
    assert not user.exists(), "back to the installed default"
