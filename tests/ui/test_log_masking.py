"""The GUI's logging set-up masks every secret a sign-in resolves, in every handler of the root
logger, whatever logs it: typed, from the keyring, or from the environment."""

from __future__ import annotations

import io
import logging

import keyring

from agent_desk.logmask import MASK
from agent_desk.secrets import SERVICE, SecretStore
from agent_desk.ui.window import app


def test_a_signed_in_desk_masks_its_secrets_in_library_debug_lines(run, make_desk, accounts, monkeypatch):
    profile = accounts.profile("tel4vn")
    api_key = accounts.secrets[profile.name]["api_key"]
    keyring.set_password(SERVICE, f"{profile.name}:api_key", api_key)  # the real store: keyring
    monkeypatch.setenv("AGENT_DESK_WEBHOOK_SECRET", "hook-from-the-env-5d1e")  # and environment
    typed = "typed-password-0b7c"  # typed in the sign-in window (unused: the api_key wins)

    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)  # e.g. a log file the agent turned on
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    desk = make_desk(secret_source=SecretStore)
    uninstall = app.configure_logging(desk)
    root.setLevel(logging.DEBUG)
    try:
        assert run(desk.sign_in(profile, {"password": typed}, False))
        logging.getLogger("aiohttp.access").debug(
            '"POST /hooks/tel4vn?apikey=%s HTTP/1.1" 200', "hook-from-the-env-5d1e"
        )
        logging.getLogger("asyncio").debug("Bearer %s, password %s", api_key, typed)
        try:
            raise ConnectionError(f"login with {typed} failed")
        except ConnectionError:
            logging.getLogger("httpx").exception("request failed")
    finally:
        root.setLevel(level)
        uninstall()
        root.removeHandler(handler)
    text = buffer.getvalue()
    assert api_key not in text and typed not in text and "hook-from-the-env" not in text, text
    assert text.count(MASK) == 4 and "ConnectionError: login with *** failed" in text
