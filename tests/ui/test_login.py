"""Signing in through the real sign-in window against the simulator; keyring and switching."""

from __future__ import annotations

import keyring
from keyring.backends.fail import Keyring as FailKeyring

from agent_desk.config import load_config
from agent_desk.secrets import SERVICE
from tests.helpers import until


def fill_new_profile(dialog, sim, *, name: str = "office", api_key: str) -> None:
    dialog.profiles.setCurrentIndex(dialog.profiles.findData(""))
    dialog.name.setText(name)
    dialog.provider.setCurrentIndex(dialog.provider.findData("tel4vn"))
    dialog.base_url.setText(sim.url("tel4vn"))
    dialog.extension.setText("101")
    dialog.texts["username"].setText("agent101")
    dialog.secrets["api_key"].setText(api_key)
    dialog.events.setCurrentIndex(dialog.events.findData("none"))


def test_new_profile_signs_in_saves_profile_and_remembers_the_key(run, qsim, make_desk, accounts, memory_keyring):
    desk = make_desk()
    desk.start()
    dialog = desk.login
    assert dialog is not None and dialog.isVisible(), "an empty config opens the sign-in window"
    _, secrets = qsim.profile("tel4vn", "101")
    fill_new_profile(dialog, qsim, api_key=secrets["api_key"])
    dialog.remember.setChecked(True)
    dialog.sign_in_button.click()

    run(until(lambda: desk.session.signed_in, what="sign-in"))
    run(until(lambda: desk.login is None, what="the sign-in window to close"))
    texts = [label.text() for label in desk.window.status.labels.values() if label.isVisible()]
    assert any("Trần Văn Minh · extension 101" in t for t in texts), texts
    assert any("Softphone registered" in t for t in texts), texts
    assert desk.tray.level == "ok"
    assert memory_keyring.store[(SERVICE, "office:api_key")] == secrets["api_key"]
    saved = load_config()
    assert saved.profiles["office"].base_url == qsim.url("tel4vn") and saved.default_profile == "office"
    assert "api_key" not in saved.profiles["office"].file_secrets, "secrets are never written to the file"


def test_wrong_key_is_shown_in_words_under_the_form(run, qsim, make_desk):
    desk = make_desk()
    desk.start()
    fill_new_profile(desk.login, qsim, api_key="not-the-key")
    desk.login.sign_in_button.click()
    run(until(lambda: desk.login.error.isVisible(), what="the error"))
    assert desk.login.error.text() == ("The PBX did not accept your credentials: check the API key or password.")
    assert not desk.session.signed_in and desk.login.sign_in_button.isEnabled()


def test_no_keyring_is_explained_and_the_session_still_works(run, qsim, make_desk):
    keyring.set_keyring(FailKeyring())  # what a headless Linux has; the autouse fixture restores it
    desk = make_desk()
    desk.start()
    _, secrets = qsim.profile("tel4vn", "101")
    fill_new_profile(desk.login, qsim, api_key=secrets["api_key"])
    desk.login.remember.setChecked(True)
    desk.login.sign_in_button.click()
    run(until(lambda: desk.window.banner.isVisible(), what="the keyring banner"))
    assert desk.session.signed_in
    assert desk.window.banner.label.text().startswith("No system keyring is available on this computer")
    assert desk.session.secrets.get("api_key") == secrets["api_key"], "kept in memory for this session"


def test_switching_profile_and_signing_out_without_restart(run, qsim, signed_in, accounts):
    desk = signed_in()
    first = desk.session.provider
    supervisor = accounts.profile("tel4vn", "100", name="supervisor")
    assert run(desk.sign_in(supervisor, {}, False))
    assert desk.session.profile.name == "supervisor" and desk.session.account.extension == "100"
    assert first._http is None, "the previous account's HTTP client was closed"
    desk.sign_out()
    run(until(lambda: desk.login is not None and not desk.session.signed_in, what="sign-out"))
    assert desk.tray.level == "off"
    assert not desk.window.dial_pad.call_button.isEnabled()
    assert desk.window.dial_pad.call_button.toolTip() == "Sign in to place calls."


def test_a_broken_config_file_is_explained_and_never_overwritten(run, qsim, make_desk, isolated_env):
    path = isolated_env / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_text("[profiles.office\nprovider = 'tel4vn'\n", encoding="utf-8")
    desk = make_desk()
    desk.start()
    assert desk.window.banner.isVisible() and desk.window.banner.label.text().startswith("Configuration problem")
    _, secrets = qsim.profile("tel4vn", "101")
    fill_new_profile(desk.login, qsim, api_key=secrets["api_key"])
    desk.login.sign_in_button.click()
    run(until(lambda: desk.session.signed_in, what="sign-in"))
    assert path.read_text(encoding="utf-8") == "[profiles.office\nprovider = 'tel4vn'\n"
    assert "not saved" in desk.window.banner.label.text()


def test_a_file_with_hand_written_secrets_is_never_rewritten(run, qsim, make_desk, accounts):
    from agent_desk.config import default_config_path

    path = default_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '[profiles.home]\nprovider = "tel4vn"\nbase_url = "https://pbx.example.vn"\napi_key = "written-by-hand"\n',
        encoding="utf-8",
    )
    before = path.read_text(encoding="utf-8")
    desk = make_desk()
    desk.config = load_config()
    assert run(desk.sign_in(accounts.profile("tel4vn", "101"), {}, False))

    assert path.read_text(encoding="utf-8") == before, "saving would have dropped home's api_key"
    assert desk.window.banner.isVisible()
    assert "secrets written by hand (profile home)" in desk.window.banner.label.text()


def test_the_form_offers_the_event_sources_of_the_chosen_provider(qapp):
    from agent_desk.config import Config, parse_profile
    from agent_desk.providers import REGISTRY
    from agent_desk.ui.window.login_dialog import LoginDialog

    tel4vn = parse_profile("office", {"provider": "tel4vn", "base_url": "https://pbx.example.vn", "events": "none"})
    dialog = LoginDialog(Config(profiles={"office": tel4vn}), "office")
    try:

        def offered() -> list[str]:
            return [dialog.events.itemData(i) for i in range(dialog.events.count())]

        assert offered() == ["webhook", "relay", "none"] and dialog.events.currentData() == "none", (
            "the profile's choice"
        )
        for key, spec in REGISTRY.items():
            dialog.provider.setCurrentIndex(dialog.provider.findData(key))
            assert offered() == list(spec.event_sources), key
        dialog.provider.setCurrentIndex(dialog.provider.findData("oapi"))
        assert dialog.events.currentData() == "none", "kept where the new provider offers it"
        dialog.events.setCurrentIndex(dialog.events.findData("websocket"))
        dialog.provider.setCurrentIndex(dialog.provider.findData("onepos"))
        assert dialog.events.currentData() == "webhook", "the provider's first where it cannot do the choice"
    finally:
        dialog.deleteLater()


def test_the_relay_source_shows_the_relay_address_and_token(qapp):
    from agent_desk.config import Config
    from agent_desk.ui.window.login_dialog import LoginDialog

    dialog = LoginDialog(Config(profiles={}))
    try:
        dialog.name.setText("team")
        dialog.provider.setCurrentIndex(dialog.provider.findData("onepos"))
        dialog.base_url.setText("https://voip247.vn")
        assert dialog.relay_url.isHidden() and dialog.relay_token.isHidden()
        dialog.events.setCurrentIndex(dialog.events.findData("relay"))
        assert not dialog.relay_url.isHidden() and not dialog.relay_token.isHidden()
        dialog.relay_url.setText("https://relay.example.vn")
        dialog.relay_token.setText("desk-token")
        dialog.secrets["api_key"].setText("key")
        profile = dialog.build_profile()
        assert (profile.events, profile.relay_url) == ("relay", "https://relay.example.vn")
        assert dialog.typed_secrets() == {"api_key": "key", "relay_token": "desk-token"}
        dialog.events.setCurrentIndex(dialog.events.findData("none"))
        assert "relay_token" not in dialog.typed_secrets()
    finally:
        dialog.deleteLater()


def test_the_sign_in_window_is_up_before_the_views_are_built(run, qapp, accounts, tmp_path):
    import uuid

    from agent_desk.ui.settings.preferences import UiSettings
    from agent_desk.ui.window.desk import Desk

    desk = Desk(
        settings=UiSettings(tmp_path / "ui.ini"),
        secret_source=accounts.store,
        instance_name=f"agent-desk-test-{uuid.uuid4().hex[:12]}",
    )
    desk.show()
    try:
        desk.start()
        assert desk.login is not None and desk.login.isVisible()
        assert desk.call_card is None and desk.history is None and desk.pops is None, "built on the next turn"
        run(until(lambda: desk.history is not None, what="the views"))
        tabs = [desk.window.tabs.tabText(i) for i in range(desk.window.tabs.count())]
        assert {"History", "Journal", "Missed"} <= set(tabs) and desk.call_card is not None
        desk.build_views()  # once only
        assert [desk.window.tabs.tabText(i) for i in range(desk.window.tabs.count())] == tabs
    finally:
        run(desk.shutdown())
        for widget in (desk.window, desk.tray.quick_dial, desk):
            widget.deleteLater()
