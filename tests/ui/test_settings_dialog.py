"""The Settings dialog over real simulator profiles: pages, validation, saving, keyring, re-sign-in,
theme and language; and the keyboard shortcuts of the window and the pops."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from agent_desk.config import Config, load_config, save_config
from agent_desk.secrets import SERVICE
from agent_desk.ui.common.status import DARK_COLOURS, colour
from agent_desk.ui.settings import dialog as sd
from agent_desk.ui.settings.preferences import UiSettings
from agent_desk.ui.window.shortcuts import window_shortcuts
from tests.helpers import until


@pytest.fixture
def saved_desk(run, make_desk, accounts, isolated_env):
    """``saved_desk(*profiles)`` → a desk whose config file holds the profiles, signed in as the first."""

    def make(*profiles, sign_in: bool = True):
        path = isolated_env / "config" / "config.toml"
        save_config(Config(profiles={p.name: p for p in profiles}, default_profile=profiles[0].name), path)
        desk = make_desk()
        desk.config = load_config()
        if sign_in:
            assert run(desk.sign_in(desk.config.profiles[profiles[0].name], {}, False))
        return desk, path

    return make


@pytest.fixture
def restore_theme():
    yield
    from PySide6.QtWidgets import QApplication

    from agent_desk.ui.common.theme import Theme

    Theme(QApplication.instance(), "light").apply("system")


def save(run, desk, dialog) -> None:
    dialog.save_button.click()
    run(until(lambda: desk.settings_flow.dialog is None or dialog.message.isVisible(), what="the save to finish"))


def test_each_page_shows_the_current_values(run, saved_desk, accounts):
    profile = accounts.profile(
        "tel4vn", "101", name="office", events="webhook", crm_url="https://crm.example/c?phone={phone}"
    )
    desk, _ = saved_desk(profile, sign_in=False)
    desk.settings.auto_open_crm, desk.settings.theme = True, "dark"
    dialog = desk.open_settings()
    saved = desk.config.profiles["office"]
    assert dialog.profiles.currentData() == "office"
    assert dialog.provider.currentData() == "tel4vn" and dialog.base_url.text() == saved.base_url
    assert dialog.extension.text() == "101" and dialog.texts["username"].text() == saved.username
    assert dialog.dial_mode.currentData() == "sync" and dialog.timeout.value() == saved.timeout
    assert dialog.text_rows["app_id"].isHidden(), "oapi's fields are hidden for TEL4VN"
    assert dialog.events.currentData() == "webhook"
    assert [dialog.events.itemData(i) for i in range(dialog.events.count())] == ["webhook", "relay", "none"]
    assert dialog.hook_port.text() == str(saved.webhook.port)
    assert "registers http://127.0.0.1:" in dialog.instruction.text() and "/hooks/tel4vn" in dialog.instruction.text()
    assert dialog.crm_url.text() == "https://crm.example/c?phone={phone}" and dialog.auto_open_crm.isChecked()
    assert dialog.theme.currentData() == "dark" and dialog.language.currentData() == "system"
    run(until(lambda: dialog.secrets["api_key"].where.text(), what="where the API key is"))
    assert "environment variable AGENT_DESK_API_KEY" in dialog.secrets["api_key"].where.text()


def test_oapi_offers_websocket_and_hides_the_listener(run, saved_desk, accounts):
    oapi = accounts.profile("tel4vn", "101", name="cloud")
    oapi.provider, oapi.app_id, oapi.sip_user = "oapi", "app", "sip101"
    desk, _ = saved_desk(oapi, sign_in=False)
    dialog = desk.open_settings()
    assert [dialog.events.itemData(i) for i in range(dialog.events.count())] == ["websocket", "none"]
    dialog.events.setCurrentIndex(dialog.events.findData("websocket"))
    assert not dialog.event_rows["ws_url"].isHidden() and dialog.event_rows["port"].isHidden()
    assert "nothing needs to be set up" in dialog.instruction.text()
    assert dialog.texts["app_id"].text() == "app" and dialog.text_rows["username"].isHidden()


def test_switching_provider_shows_its_fields_and_what_the_pbx_must_be_told(run, saved_desk, accounts):
    desk, _ = saved_desk(accounts.profile("tel4vn", "101", name="office", events="webhook"), sign_in=False)
    dialog = desk.open_settings()
    dialog.provider.setCurrentIndex(dialog.provider.findData("voicecloud"))
    assert not dialog.text_rows["domain"].isHidden() and dialog.text_rows["username"].isHidden()
    assert not dialog.secrets["key"].parentWidget().isHidden(), "VoiceCloud's company key is shown"
    assert dialog.events.currentData() == "webhook"
    assert [dialog.dial_mode.itemData(i) for i in range(dialog.dial_mode.count())] == ["sync", "async"]
    assert dialog.instruction.text().startswith("Ask your PBX administrator to send call events to http://127.0.0.1:")
    assert "/api/callcenter/call_in" in dialog.instruction.text()
    dialog.hook_public.setText("")
    dialog.hook_host.setText("0.0.0.0")
    assert "on port " + dialog.hook_port.text() in dialog.instruction.text()
    assert "accepts this computer only" not in dialog.instruction.text()
    dialog.provider.setCurrentIndex(dialog.provider.findData("onepos"))
    assert not dialog.dial_mode.isEnabled() and "no click-to-call" in dialog.dial_mode.toolTip()
    run(until(lambda: dialog.secrets["api_key"].where.text(), what="where the API key is"))


def test_saving_writes_the_toml_and_secrets_only_to_the_keyring(run, saved_desk, accounts, memory_keyring):
    desk, path = saved_desk(
        accounts.profile("tel4vn", "101", name="office"), accounts.profile("onepos", "101", name="other"), sign_in=False
    )
    dialog = desk.open_settings()
    dialog.profiles.setCurrentIndex(dialog.profiles.findData("other"))
    dialog.crm_url.setText("https://crm.example/find?tel={phone}")
    dialog.timeout.setValue(25)
    dialog.secrets["api_key"].edit.setText("typed-secret-123")
    dialog.pop_sound.setChecked(True)
    save(run, desk, dialog)
    assert desk.settings_flow.dialog is None, dialog.message.text()
    text = path.read_text(encoding="utf-8")
    assert "typed-secret-123" not in text and "api_key" not in text
    saved = load_config(path).profiles["other"]
    assert saved.crm_url == "https://crm.example/find?tel={phone}" and saved.timeout == 25
    assert memory_keyring.store[(SERVICE, "other:api_key")] == "typed-secret-123"
    assert UiSettings(desk.settings.path).pop_sound is True
    assert desk.window.option_actions["pop_sound"].isChecked(), "the Options menu follows"

    dialog = desk.open_settings()
    dialog.profiles.setCurrentIndex(dialog.profiles.findData("other"))
    run(until(lambda: dialog.secrets["api_key"].where.text(), what="where the API key is"))
    dialog.secrets["api_key"].forget()
    save(run, desk, dialog)
    assert (SERVICE, "other:api_key") not in memory_keyring.store


def test_every_hand_written_secret_moves_to_the_keyring_even_one_not_shown(
    run, make_desk, isolated_env, memory_keyring
):
    path = isolated_env / "config" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '[profiles.office]\nprovider = "tel4vn"\nbase_url = "https://pbx.example.vn"\nextension = "101"\n'
        'api_key = "hand-key"\nwebhook_secret = "hand-hook"\n',
        encoding="utf-8",
    )  # events: none
    desk = make_desk()
    desk.config = load_config()
    dialog = desk.open_settings()
    save(run, desk, dialog)
    assert desk.settings_flow.dialog is None, dialog.message.text()
    assert memory_keyring.store[(SERVICE, "office:api_key")] == "hand-key"
    assert memory_keyring.store[(SERVICE, "office:webhook_secret")] == "hand-hook", "not shown, still kept"
    text = path.read_text(encoding="utf-8")
    assert "hand-key" not in text and "hand-hook" not in text
    assert desk.secret_mask.mask("hand-key, hand-hook") == "***, ***", "and never in a log line"


def test_cancel_keeps_what_was_saved(run, saved_desk, accounts):
    desk, path = saved_desk(accounts.profile("tel4vn", "101", name="office"), sign_in=False)
    before = path.read_text(encoding="utf-8")
    dialog = desk.open_settings()
    dialog.base_url.setText("https://elsewhere.example")
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.secrets["api_key"].forget()
    dialog.cancel_button.click()
    run(until(lambda: desk.settings_flow.dialog is None, what="the dialog to close"))
    assert path.read_text(encoding="utf-8") == before and desk.settings.theme == "system"
    dialog = desk.open_settings()
    assert dialog.base_url.text() == accounts.sim.url("tel4vn"), "the next dialog shows the saved value"


@pytest.mark.parametrize(
    ("field", "value", "shown"),
    [
        ("crm_url", "https://crm.example/search", "must contain {phone}"),
        ("crm_url", "crm.example/{phone}", "http:// or https://"),
        ("hook_port", "70000", "port number from 0 to 65535"),
        ("hook_port", "80a", "port number from 0 to 65535"),
    ],
)
def test_invalid_input_is_shown_next_to_the_field_and_nothing_is_saved(run, saved_desk, accounts, field, value, shown):
    desk, path = saved_desk(accounts.profile("tel4vn", "101", name="office", events="webhook"), sign_in=False)
    before = path.read_text(encoding="utf-8")
    dialog = desk.open_settings()
    dialog.pop_sound.setChecked(True)
    getattr(dialog, field).setText(value)
    dialog.save_button.click()
    key = {"hook_port": "port"}.get(field, field)
    problem = dialog.problems[key]
    assert problem.isVisibleTo(dialog) and shown in problem.text()
    assert dialog.tabs.currentIndex() == dialog._pages[key], "the page with the problem is shown"
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert path.read_text(encoding="utf-8") == before
    assert desk.settings.pop_sound is False


def test_changing_the_active_profile_signs_in_again(run, saved_desk, accounts):
    desk, path = saved_desk(accounts.profile("tel4vn", "101", name="office"))
    first = desk.session.provider
    dialog = desk.open_settings()
    dialog.timeout.setValue(42)
    dialog.crm_url.setText("https://crm.example/?p={phone}")
    save(run, desk, dialog)
    run(until(lambda: desk.session.signed_in and desk.session.provider not in (None, first), what="the new sign-in"))
    assert desk.session.profile.timeout == 42 and desk.session.account.extension == "101"
    assert first._http is None, "the previous session was closed"
    assert load_config(path).profiles["office"].timeout == 42


def test_no_keyring_is_said_and_the_rest_is_saved(run, saved_desk, accounts):
    keyring.set_keyring(FailKeyring())  # the autouse fixture restores the in-memory one
    desk, path = saved_desk(accounts.profile("tel4vn", "101", name="office"), sign_in=False)
    dialog = desk.open_settings()
    run(until(lambda: not dialog.keyring_note.isHidden(), what="the no-keyring note"))
    dialog.secrets["api_key"].edit.setText("typed")
    dialog.crm_url.setText("https://crm.example/?p={phone}")
    save(run, desk, dialog)
    assert (
        dialog.message.text().startswith(
            "No system keyring is available on this computer, so the secrets were not stored"
        )
        and "AGENT_DESK_API_KEY" in dialog.message.text()
    )
    assert load_config(path).profiles["office"].crm_url == "https://crm.example/?p={phone}"
    assert "typed" not in path.read_text(encoding="utf-8")


def test_a_config_file_that_could_not_be_read_is_not_overwritten(run, saved_desk, accounts):
    desk, path = saved_desk(accounts.profile("tel4vn", "101", name="office"), sign_in=False)
    desk.config_problem = "Configuration problem: config file is not valid TOML"
    before = path.read_text(encoding="utf-8")
    dialog = desk.open_settings()
    dialog.crm_url.setText("https://crm.example/?p={phone}")
    save(run, desk, dialog)
    assert "not saved" in dialog.message.text() and path.read_text(encoding="utf-8") == before


def test_theme_choice_applies_and_language_choice_persists(run, saved_desk, accounts, qapp, restore_theme):
    desk, _ = saved_desk(accounts.profile("tel4vn", "101", name="office"), sign_in=False)
    dialog = desk.open_settings()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    save(run, desk, dialog)
    assert desk.theme.scheme == "dark" and qapp.palette().window().color().lightness() < 128
    assert UiSettings(desk.settings.path).language == "vi" and UiSettings(desk.settings.path).theme == "dark"
    assert desk.language == "vi" and desk.window.tabs.tabText(0) == "Điện thoại", "the language applies at once"
    desk.window.banner.show_text("Settings saved.", "ok")
    assert "#3d1b1b" not in desk.window.banner.styleSheet() and "#f0f0f0" in desk.window.banner.styleSheet()
    assert desk.window.language_actions["vi"].isChecked()
    assert colour("error") == DARK_COLOURS["error"], "level colours readable on the dark palette"
    assert "QCheckBox::indicator:unchecked" in qapp.styleSheet(), "unchecked boxes get a visible frame"
    desk.apply_theme("light")
    assert desk.theme.scheme == "light" and qapp.palette().window().color().lightness() >= 128
    assert qapp.styleSheet() == ""


def test_shortcuts_list_and_pop_actions(run, signed_in, accounts, qapp):
    desk = signed_in(events="webhook", crm_url="https://crm.example/?p={phone}")
    window = desk.window
    dialog = window.show_shortcuts()
    listed = dict(window_shortcuts(window))
    assert listed["Dial a number"] == "Ctrl+L" and listed["Settings…"] == "Ctrl+,"
    assert listed["Copy the caller's number"] == "Ctrl+Shift+C" and listed["Keyboard shortcuts"] == "F1"
    assert dialog.isVisible() and dialog.table.topLevelItemCount() == len(listed)
    assert [dialog.table.topLevelItem(i).text(1) for i in range(len(listed))] == list(listed.values())

    notices = []
    desk.session.notice.connect(notices.append)
    window.pop_actions["copy"].trigger()
    assert notices == ["No screen-pop is open."]
    customer = next(iter(accounts.sim.world.customers.values()))
    accounts.sim.world.extension("101").answers = False
    accounts.sim.world.start_inbound(customer.phone, extension="101")
    run(until(lambda: desk.pops.current() is not None, what="the pop"))
    pop = desk.pops.current()
    run(until(lambda: "…" not in pop.customer_label.text() + pop.history_label.text(), what="the lookups"))
    window.pop_actions["copy"].trigger()
    assert qapp.clipboard().text() == customer.phone
    window.pop_actions["note"].trigger()
    assert desk.pops.current().note.isVisible()
    window.pop_actions["dismiss"].trigger()
    assert desk.pops.current() is None


def test_settings_dialog_without_profiles_saves_preferences(run, make_desk):
    desk = make_desk()
    dialog = desk.open_settings()
    assert not dialog.no_profile.isHidden() and not dialog.tabs.isTabEnabled(sd.PROFILE_PAGE)
    dialog.notify.setChecked(False)
    save(run, desk, dialog)
    assert desk.settings_flow.dialog is None and desk.settings.notify is False


def test_the_dialog_speaks_vietnamese(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication

    from agent_desk.ui.common.i18n import install_translator

    translator = install_translator(qapp, "vi")
    try:
        dialog = sd.SettingsDialog(Config(profiles={}), UiSettings(tmp_path / "ui.ini"))
        assert dialog.windowTitle() == "Cài đặt — Agent Desk"
        assert [dialog.tabs.tabText(i) for i in range(4)] == ["Hồ sơ", "Sự kiện", "Cửa sổ cuộc gọi", "Giao diện"]
        assert dialog.save_button.text() == "Lưu"
        dialog.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
        install_translator(qapp, "en")


def test_the_relay_source_asks_for_its_address_and_token_and_saves_them(run, saved_desk, accounts, memory_keyring):
    desk, path = saved_desk(accounts.profile("onepos", "101", name="team"), sign_in=False)
    dialog = desk.open_settings()
    dialog.tabs.setCurrentIndex(sd.EVENTS_PAGE)
    dialog.events.setCurrentIndex(dialog.events.findData("relay"))
    assert not dialog.event_rows["relay_url"].isHidden() and not dialog.event_rows["relay_token"].isHidden()
    assert dialog.event_rows["port"].isHidden() and dialog.event_rows["webhook_secret"].isHidden()
    assert "company's relay" in dialog.instruction.text()
    dialog.save_button.click()
    assert dialog.problems["relay_url"].text() == "Enter the relay address IT gave you."
    dialog.relay_url.setText("relay.example.vn")
    dialog.save_button.click()
    assert dialog.problems["relay_url"].text().startswith("Use an address that starts with https://")
    dialog.relay_url.setText("https://relay.example.vn")
    dialog.secrets["relay_token"].edit.setText("desk-token-101")
    save(run, desk, dialog)
    assert desk.settings_flow.dialog is None, dialog.message.text()
    text = path.read_text(encoding="utf-8")
    assert "desk-token-101" not in text
    saved = load_config(path).profiles["team"]
    assert (saved.events, saved.relay_url) == ("relay", "https://relay.example.vn")
    assert memory_keyring.store[(SERVICE, "team:relay_token")] == "desk-token-101"
