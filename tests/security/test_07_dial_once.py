"""Item 7: a TEL4VN click-to-call was sent twice when the PBX answered 401. It is sent once; the
desk signs in again and says the call was not placed (the CLI exits 3 with that sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent_desk import errors
from tests.security.helpers import cli_env, run_cli, write_config

PHONE = "0901234567"
SENTENCE = "the PBX asked to sign in again, so the call was not placed: press Call again"


@pytest.mark.parametrize(("mode", "route"), [("sync", "GET /v1/click2call"), ("async", "GET /v1/click2call/async")])
async def test_a_click_to_call_answered_401_is_never_sent_again(sim, provider_for, mode, route):
    provider = provider_for("tel4vn")
    await provider.login()
    hits = sim.dialects["tel4vn"].hits
    logins = hits["POST /v2/auth/token"]
    sim.tokens.expire_all()  # the PBX ended the session: the next request gets 401
    with pytest.raises(errors.CallNotPlaced) as caught:
        await provider.dial(PHONE, mode=mode)
    assert str(caught.value) == SENTENCE
    assert hits[route] == 1 and sim.world.calls == {}
    assert hits["POST /v2/auth/token"] == logins + 1  # signed in again for the next press
    await provider.dial(PHONE, mode=mode)  # the agent presses Call again: one more send, which works
    assert hits[route] == 2 and hits["POST /v2/auth/token"] == logins + 1


async def test_the_cli_exits_3_with_the_sentence_and_dials_once(sim, tmp_path: Path):
    table, secrets = sim.profile("tel4vn", "101")
    config = write_config(tmp_path / "config.toml", {"desk": table})
    sim.tokens.expire_all()
    tokens = sim.tokens

    original = tokens.issue

    def issue_revoked(subject: str, ttl: float | None = None) -> tuple[str, float]:
        token, expires_at = original(subject, ttl)
        if sim.dialects["tel4vn"].hits["POST /v2/auth/token"] == 1:
            tokens.expire_all()  # the first token the CLI gets is already dead on the PBX
        return token, expires_at

    tokens.issue = issue_revoked  # type: ignore[method-assign]
    run = await run_cli("dial", PHONE, "--sync", env=cli_env(config, secrets))
    assert (run.rc, run.err.strip()) == (3, f"agent-desk: {SENTENCE}")
    assert sim.dialects["tel4vn"].hits["GET /v1/click2call"] == 1 and sim.world.calls == {}
