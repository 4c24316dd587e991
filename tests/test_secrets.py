"""Secret resolution order, the keyring, and the headless no-keyring message."""

from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from agent_desk.config import SECRET_FIELDS, parse_profile
from agent_desk.errors import KeyringUnavailable, SecretMissing
from agent_desk.secrets import SERVICE, SecretStore, remember_secrets, resolve_secrets, secret_sources, update_keyring


def profile(**secrets):
    return parse_profile("office", {"provider": "tel4vn", "base_url": "https://pbx", **secrets})


def test_environment_beats_keyring_beats_file(memory_keyring, caplog):
    p = profile(api_key="from-file")
    assert SecretStore(p, env={}).get("api_key") == "from-file"
    memory_keyring.set_password(SERVICE, "office:api_key", "from-keyring")
    assert SecretStore(p, env={}).get("api_key") == "from-keyring"
    assert SecretStore(p, env={"AGENT_DESK_API_KEY": "from-env"}).get("api_key") == "from-env"


def test_file_secret_warns_once_without_the_value(caplog):
    store = SecretStore(profile(password="hunter2"), env={})
    with caplog.at_level(logging.WARNING):
        store.get("password")
        store.get("password")
    warnings = [r for r in caplog.records if "plain text" in r.getMessage()]
    assert len(warnings) == 1 and "hunter2" not in caplog.text


def test_store_and_forget_use_the_keyring(memory_keyring):
    store = SecretStore(profile(), env={})
    store.store("app_secret", "s3")
    assert memory_keyring.store[(SERVICE, "office:app_secret")] == "s3"
    assert store.get("app_secret") == "s3"
    assert store.forget("app_secret") is True
    assert store.forget("app_secret") is False
    with pytest.raises(ValueError):
        store.get("username")


def test_missing_secret_names_field_profile_and_variable():
    with pytest.raises(SecretMissing) as exc:
        SecretStore(profile(), env={}).require("api_key")
    assert "profile 'office'" in str(exc.value) and "AGENT_DESK_API_KEY" in str(exc.value)
    assert exc.value.exit_code == 2


def test_headless_machine_without_keyring_is_explained():
    keyring.set_keyring(FailKeyring())
    store = SecretStore(profile(), env={})
    assert store.get("api_key") is None
    with pytest.raises(SecretMissing, match="no keyring backend"):
        store.require("api_key")
    with pytest.raises(KeyringUnavailable, match="no system keyring is available"):
        store.store("api_key", "x")


def test_source_says_where_each_secret_is(memory_keyring):
    p = profile(password="from-file")
    memory_keyring.set_password(SERVICE, "office:app_secret", "kept")
    store = SecretStore(p, env={"AGENT_DESK_API_KEY": "from-env"})
    assert [store.source(f) for f in ("api_key", "app_secret", "password", "key")] == ["env", "keyring", "file", None]


def test_resolve_secrets_prefers_what_was_typed_and_keeps_the_rest(memory_keyring):
    p = profile(password="from-file")
    memory_keyring.set_password(SERVICE, "office:api_key", "from-keyring")
    memory_keyring.set_password(SERVICE, "office:app_secret", "stale")
    store = resolve_secrets(
        p, {"app_secret": "typed", "key": ""}, SecretStore(p, env={"AGENT_DESK_SIP_PASSWORD": "env"})
    )
    memory_keyring.store.clear()  # the resolved store holds the values itself: no keyring read any more
    assert store.get("app_secret") == "typed"
    assert store.get("api_key") == "from-keyring" and store.get("password") == "from-file"
    assert store.get("sip_password") == "env" and store.get("key") is None


def test_resolve_secrets_carries_the_keyring_problem():
    keyring.set_keyring(FailKeyring())
    p = profile()
    store = resolve_secrets(p, {"api_key": "typed"}, SecretStore(p, env={}))
    assert store.get("api_key") == "typed"
    assert "no keyring backend" in store.keyring_problem


def test_remember_and_update_keyring_store_typed_values_and_forget_fields(memory_keyring):
    p = profile()
    remember_secrets(p, {"api_key": "k1", "password": ""})
    assert memory_keyring.store == {(SERVICE, "office:api_key"): "k1"}
    update_keyring(p, {"password": "pw"}, forget=("api_key", "key"))
    assert memory_keyring.store == {(SERVICE, "office:password"): "pw"}


def test_remembering_without_a_keyring_is_a_clear_error():
    keyring.set_keyring(FailKeyring())
    with pytest.raises(KeyringUnavailable, match="no keyring backend"):
        remember_secrets(profile(), {"api_key": "k1"})


def test_secret_sources_name_where_each_field_is_found(memory_keyring):
    p = profile(key="from-file")
    memory_keyring.set_password(SERVICE, "office:password", "pw")
    sources = secret_sources(SecretStore(p, env={"AGENT_DESK_API_KEY": "k"}))
    assert {field: source for field, source in sources.items() if source} == {
        "api_key": "env",
        "password": "keyring",
        "key": "file",
    }
    assert set(sources) == set(SECRET_FIELDS)
