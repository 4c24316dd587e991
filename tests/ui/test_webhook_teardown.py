"""A webhook desk's teardown at the PBX: quitting removes the callback registration while its listener
still listens (a PBX told to stop is never left posting to a closed port), and the next sign-in of the
same profile is taken as the first was (four hooks, events up)."""

from __future__ import annotations

import socket

from agent_desk.providers.tel4vn import Tel4vnBase
from tests.helpers import until


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def test_quitting_removes_the_registration_before_the_listener_closes_and_the_next_sign_in_is_taken(
    run, qsim, make_desk, accounts, monkeypatch
):
    hooks = qsim.dialects["tel4vn"].hooks
    profile = accounts.profile("tel4vn", "101", events="webhook")
    port = profile.webhook.port
    unregister = Tel4vnBase.unregister_webhook
    seen: list[tuple[int, bool]] = []  # hooks at the PBX and whether the listener listened, at each removal

    async def watched(self, registration):
        seen.append((len(hooks), listening(port)))
        await unregister(self, registration)

    monkeypatch.setattr(Tel4vnBase, "unregister_webhook", watched)
    up = lambda desk: desk.session.health is not None and desk.session.health.state == "up"  # noqa: E731

    desk = make_desk()
    assert run(desk.sign_in(profile, {}, False))
    run(until(lambda: up(desk) and len(hooks) == 4, what="call events up, four hooks at the PBX"))
    run(desk.shutdown())
    assert hooks == [] and seen[-1] == (4, True)
    assert not listening(port)

    again = make_desk()
    assert run(again.sign_in(profile, {}, False))
    run(until(lambda: up(again) and len(hooks) == 4, what="the next sign-in's hooks taken"))
    assert {h["callback_url"] for h in hooks} == {
        f"http://127.0.0.1:{port}/{accounts.secrets[profile.name]['webhook_secret']}/hooks/tel4vn"
    }
