"""Profiles: parsing, validation messages that name field and profile, and secret-free saving."""

from __future__ import annotations

import stat

import pytest

from agent_desk.config import (
    Config,
    ProfileSave,
    SaveRefusal,
    load_config,
    parse_config,
    parse_profile,
    put_profile,
    save_config,
)
from agent_desk.errors import ConfigError

GOOD = """
default_profile = "office"

[profiles.office]
provider = "tel4vn"
base_url = "https://pbx.example.vn"
extension = "101"
role = "agent"
events = "webhook"
click_to_call = "sync"
username = "agent101"
agents = ["101", "102"]
dispositions = ["Đã giải quyết", " Gọi lại sau ", "Sai số"]

[profiles.office.webhook]
host = "0.0.0.0"
port = 9000
public_url = "https://desk.example.vn/hooks"

[profiles.home]
provider = "oapi"
base_url = "http://127.0.0.1:8000/oapi"
app_id = "app"
sip_user = "101"
api_key = "written-by-hand"
"""


def write(tmp_path, text):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_good_config(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    office = config.profile()
    assert office.name == "office" and office.provider == "tel4vn" and office.extension == "101"
    assert office.webhook.port == 9000 and office.webhook.host == "0.0.0.0"
    assert office.extra == {"agents": ["101", "102"]}
    assert office.dispositions == ["Đã giải quyết", "Gọi lại sau", "Sai số"]
    home = config.profile("home")
    assert home.dispositions == []
    assert home.file_secrets == {"api_key": "written-by-hand"}
    assert "api_key" not in home.extra


@pytest.mark.parametrize(
    "table, message",
    [
        ({"provider": "asterisk", "base_url": "http://x"}, "profile 'p': provider 'asterisk' is not one of"),
        ({"base_url": "http://x"}, "profile 'p': provider is missing"),
        ({"provider": "tel4vn"}, "profile 'p': base_url is missing"),
        ({"provider": "tel4vn", "base_url": "pbx.example.vn"}, "profile 'p': base_url must be a http/https URL"),
        ({"provider": "tel4vn", "base_url": "http://x", "role": "boss"}, "profile 'p': role 'boss'"),
        ({"provider": "tel4vn", "base_url": "http://x", "timeout": -1}, "profile 'p': timeout must be"),
        ({"provider": "tel4vn", "base_url": "http://x", "webhook": {"port": 70000}}, "webhook.port"),
        ({"provider": "tel4vn", "base_url": "http://x", "crm_url": "https://crm/x"}, "crm_url must contain {phone}"),
        ({"provider": "tel4vn", "base_url": "http://x", "dispositions": "Resolved"}, "dispositions must be a list"),
        ({"provider": "tel4vn", "base_url": "http://x", "dispositions": ["ok", " "]}, "dispositions must be a list"),
        ({"provider": "tel4vn", "base_url": "http://x", "dispositions": ["ok", 3]}, "dispositions must be a list"),
        (
            {"provider": "tel4vn", "base_url": "http://x", "dispositions": ["ok", "ok "]},
            "dispositions lists 'ok' twice",
        ),
    ],
)
def test_invalid_profiles_name_the_field_and_profile(table, message):
    with pytest.raises(ConfigError) as exc:
        parse_profile("p", table)
    assert message in str(exc.value)


def test_missing_and_unknown_profiles(tmp_path):
    with pytest.raises(ConfigError, match="does not exist"):
        load_config(tmp_path / "nope.toml")
    assert load_config().profiles == {}  # the default path may be missing: an empty config
    config = load_config(write(tmp_path, GOOD))
    with pytest.raises(ConfigError, match="profile 'x' does not exist \\(known: home, office\\)"):
        config.profile("x")
    with pytest.raises(ConfigError, match="default_profile 'zz' does not exist"):
        parse_config({"default_profile": "zz", "profiles": {}})


def test_bad_toml_is_one_clear_line(tmp_path):
    with pytest.raises(ConfigError, match="is not valid TOML"):
        load_config(write(tmp_path, "profiles = [unclosed"))


def test_save_never_writes_secrets_and_is_private(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    out = save_config(config, tmp_path / "saved.toml")
    text = out.read_text()
    assert "written-by-hand" not in text and "api_key" not in text
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    again = load_config(out)
    assert again.profile("office").extra == {"agents": ["101", "102"]}
    assert again.profile("office").webhook.public_url == "https://desk.example.vn/hooks"
    assert again.profile("office").dispositions == ["Đã giải quyết", "Gọi lại sau", "Sai số"]
    assert "dispositions" not in out.read_text().split("[profiles.home]")[1]  # the empty default is omitted
    assert again.default_profile == "office"


def test_single_profile_needs_no_default():
    config = Config(profiles={"only": parse_profile("only", {"provider": "onepos", "base_url": "https://v"})})
    assert config.profile().name == "only"


def test_put_profile_writes_it_and_makes_the_first_one_the_default(tmp_path):
    path = tmp_path / "config.toml"
    config = Config(profiles={}, path=path)
    office = parse_profile("office", {"provider": "tel4vn", "base_url": "https://pbx.example"})
    assert put_profile(config, office, path) == ProfileSave()
    assert load_config(path).profiles == {"office": office} and load_config(path).default_profile == "office"
    before = path.read_bytes()
    path.write_bytes(b"")  # the same profile again: nothing is written
    assert put_profile(config, office, path).refusal is None and path.read_bytes() == b""
    path.write_bytes(before)
    home = parse_profile("home", {"provider": "onepos", "base_url": "https://voip.example"})
    assert put_profile(config, home, path).refusal is None
    assert set(load_config(path).profiles) == {"office", "home"} and load_config(path).default_profile == "office"


def test_put_profile_never_writes_over_an_unreadable_file_nor_drops_hand_written_secrets(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("not toml [")
    office = parse_profile("office", {"provider": "tel4vn", "base_url": "https://pbx.example"})
    config = Config(profiles={}, path=path)
    assert put_profile(config, office, path, readable=False).refusal is SaveRefusal.UNREADABLE
    assert path.read_text() == "not toml [" and config.profiles == {}
    secret = parse_profile("old", {"provider": "tel4vn", "base_url": "https://pbx.example", "api_key": "k"})
    config = Config(profiles={"old": secret}, path=path)
    saved = put_profile(config, office, path)
    assert saved.refusal is SaveRefusal.FILE_SECRETS and saved.holders == ("old",)
    assert path.read_text() == "not toml [" and set(config.profiles) == {"old"}
    assert put_profile(Config(profiles={}), secret, path).holders == ("old",)  # its own secrets count too


def test_put_profile_keeps_the_config_as_it_was_when_the_write_fails(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    office = parse_profile("office", {"provider": "tel4vn", "base_url": "https://pbx.example"})
    config = Config(profiles={}, path=blocked / "config.toml")  # a file where the directory should be
    saved = put_profile(config, office, blocked / "config.toml")
    assert saved.refusal is SaveRefusal.WRITE_FAILED and saved.error
    assert config.profiles == {} and config.default_profile is None
