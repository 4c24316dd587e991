"""The secret mask: every known secret is masked in every log record, the CLI's way of setting up
logging installs it on the root logger's handlers, and a library logger at DEBUG cannot leak one."""

from __future__ import annotations

import io
import logging

import keyring
import pytest

from agent_desk.cli import context, parser
from agent_desk.config import Config, parse_profile, save_config
from agent_desk.logmask import MASK, SecretMask, environment_secrets
from agent_desk.secrets import SERVICE, SecretStore


@pytest.fixture
def root_debug():
    """The root logger at DEBUG with one extra handler (a log file, say) writing to a buffer."""
    buffer = io.StringIO()
    handler = logging.StreamHandler(buffer)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield buffer
    root.removeHandler(handler)
    root.setLevel(level)


def test_a_remembered_value_is_masked_in_message_arguments_traceback_and_url_forms(root_debug):
    mask = SecretMask()
    uninstall = mask.install()
    try:
        mask.remember(["s3cr3t/+key", None, ""])
        log = logging.getLogger("aiohttp.access")
        log.debug('127.0.0.1 "GET /hooks/tel4vn?apikey=%s HTTP/1.1" 200', "s3cr3t%2F%2Bkey")
        log.debug("X-Api-Key: %s", "s3cr3t/+key")
        try:
            raise RuntimeError("request to /key/s3cr3t/+key failed")
        except RuntimeError:
            logging.getLogger("asyncio").exception("Task exception was never retrieved")
        logging.getLogger("agent_desk.x").info("nothing secret here: %d calls", 3)
    finally:
        uninstall()
    text = root_debug.getvalue()
    assert "s3cr3t" not in text, text
    assert text.count(MASK) >= 4 and "/key/*** failed" in text and "nothing secret here: 3 calls" in text
    logging.getLogger("asyncio").debug("after uninstall: s3cr3t")
    assert "after uninstall: s3cr3t" in root_debug.getvalue()


def test_a_longer_secret_containing_a_shorter_one_is_masked_whole():
    mask = SecretMask()
    mask.remember(["abcdef", "abcdefghij"])
    assert mask.mask("x abcdefghij y abcdef") == "x *** y ***"


def test_only_secrets_long_enough_to_be_secrets_are_masked():
    mask = SecretMask()
    mask.remember(["k", "net"])  # masking these would garble "check the network" and hide nothing
    assert mask.mask("check the network") == "check the network"


def test_a_bad_format_string_is_left_to_the_handler(root_debug):
    mask = SecretMask()
    mask.remember(["s3cr3t"])
    record = logging.LogRecord("httpx", logging.DEBUG, __file__, 1, "%d", ("not a number",), None)
    assert mask.filter(record) is True  # the handler reports the bad record; the filter does not raise


def test_environment_secrets_are_the_agent_desk_variables_of_secret_fields():
    env = {"AGENT_DESK_API_KEY": "k1", "AGENT_DESK_WEBHOOK_SECRET": "w1", "AGENT_DESK_CONFIG": "/x", "HOME": "/h"}
    assert sorted(environment_secrets(env)) == ["k1", "w1"]


def test_the_cli_masks_every_secret_in_every_handler_of_the_root_logger(root_debug, tmp_path, capsys):
    """The CLI's logging set-up (what ``main()`` runs): the value a command reads from the keyring
    and one only set in the environment are masked in a library's DEBUG lines, on stderr and in the
    other handler alike; undoing it leaves the root logger's handlers as they were."""
    profile = parse_profile("office", {"provider": "tel4vn", "base_url": "https://pbx.example.vn", "extension": "101"})
    path = save_config(Config(profiles={"office": profile}, default_profile="office"), tmp_path / "config.toml")
    keyring.set_password(SERVICE, "office:api_key", "key-from-the-keyring-7f3a")
    args = parser.build_parser().parse_args(["--config", str(path), "status"])
    session = context.CommandContext(args, env={"AGENT_DESK_WEBHOOK_SECRET": "hook-from-the-env-91c2"})
    handlers_before = list(logging.getLogger().handlers)
    undo = context._log_to_stderr(session)
    logging.getLogger().setLevel(logging.DEBUG)
    try:
        assert session.secrets().get("api_key") == "key-from-the-keyring-7f3a"
        logging.getLogger("aiohttp.access").debug("POST /hooks/tel4vn X-Api-Key: %s", "hook-from-the-env-91c2")
        logging.getLogger("asyncio").debug("closing a client that sent Bearer key-from-the-keyring-7f3a")
        logging.getLogger("httpx").warning("HTTP Request: GET /v2/cdr?api_key=key-from-the-keyring-7f3a")
    finally:
        undo()
    assert logging.getLogger().handlers == handlers_before
    assert all(session.secret_mask not in handler.filters for handler in handlers_before)
    err = capsys.readouterr().err
    for text in (err, root_debug.getvalue()):
        assert "key-from-the-keyring" not in text and "hook-from-the-env" not in text, text
        assert text.count(MASK) == 3, text
    assert session.mask("401 for key-from-the-keyring-7f3a") == "401 for ***"


def test_known_values_are_every_secret_the_profile_resolves(memory_keyring):
    profile = parse_profile("office", {"provider": "oapi", "base_url": "https://pbx.example.vn", "app_id": "a"})
    keyring.set_password(SERVICE, "office:sip_password", "sip-pw")
    store = SecretStore(profile, env={"AGENT_DESK_APP_SECRET": "app-secret"})
    assert sorted(store.known_values()) == ["app-secret", "sip-pw"]
