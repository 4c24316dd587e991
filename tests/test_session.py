"""The core session (no Qt): sign-in, account reads, call events and their health, callbacks, sign-out.

Every test signs in to the simulator over loopback; the oapi profile's call events come from its
call-signal stream.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import socket

import pytest

from agent_desk import errors
from agent_desk import session as session_module
from agent_desk.config import parse_profile
from agent_desk.models import PBX_TZ
from agent_desk.secrets import SecretStore, env_name
from agent_desk.session import Session, SessionState
from agent_desk.sim.server import Simulator
from tests.helpers import until
from tests.helpers.net import free_port


def account(sim: Simulator, key: str = "oapi", extension: str = "101", webhook_secret: str = "", **overrides) -> tuple:
    table, secrets = sim.profile(key, extension)
    table.update(overrides)
    if webhook_secret:
        secrets["webhook_secret"] = webhook_secret
    profile = parse_profile(f"sim-{key}", table)
    return profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()})


class Recorder:
    """A subscriber that keeps everything it is told, in order."""

    def __init__(self, session: Session, name: str, log: list) -> None:
        self.session = session
        self.states: list[str] = []
        self.events: list = []
        self.health: list[str] = []
        self.problems: list[errors.AgentDeskError] = []

        def on_event(event, mine):
            self.events.append((event, mine))
            log.append(name)

        session.subscribe(
            on_change=lambda: self.states.append(session.state),
            on_event=on_event,
            on_health=lambda health: self.health.append(health.state),
            on_problem=self.problems.append,
        )


async def test_sign_in_runs_call_events_to_subscribers_in_order_and_sign_out_ends_everything(sim):
    session = Session()
    order: list[str] = []
    first, second = Recorder(session, "first", order), Recorder(session, "second", order)
    profile, secrets = account(sim)
    status = await session.sign_in(profile, secrets)
    assert session.signed_in and session.state is SessionState.SIGNED_IN and session.state == "signed_in"
    assert status is session.account and status.extension == "101"
    assert session.profile is profile and session.secrets is secrets and session.provider is not None
    await until(lambda: session.health is not None and session.health.state == "up")
    assert first.health[:1] == ["starting"] and first.health[-1] == "up"
    call = sim.world.start_inbound("0901234567", extension="101")
    await until(lambda: any(e.state == "hangup" and e.flow_id == call.id for e, _ in first.events))
    assert first.events == second.events and all(mine for _, mine in first.events)
    assert order[:2] == ["first", "second"] and order == ["first", "second"] * (len(order) // 2)
    client = session.provider.http
    await session.sign_out()
    assert session.state is SessionState.SIGNED_OUT and not session.signed_in
    assert (session.profile, session.provider, session.account, session.health, session.secrets) == (None,) * 5
    assert session.pipeline is None and client.is_closed
    assert first.states[:2] == ["signing_in", "signed_in"] and first.states[-1] == "signed_out"


async def test_a_refused_sign_in_raises_and_leaves_the_session_signed_out(sim):
    session = Session()
    seen = Recorder(session, "only", [])
    profile, _ = account(sim)
    wrong = SecretStore(profile, env={env_name("app_secret"): "wrong", env_name("sip_password"): "wrong"})
    with pytest.raises(errors.AgentDeskError):
        await session.sign_in(profile, wrong)
    assert session.state is SessionState.SIGNED_OUT and session.profile is None and session.provider is None
    assert seen.states == ["signing_in", "signed_out"] and seen.health == []


async def test_account_reads_keep_the_session_and_a_failed_read_is_a_problem_not_a_sign_out(sim):
    session = Session(status_interval=0.05)
    seen = Recorder(session, "only", [])
    profile, secrets = account(sim, events="none")
    await session.sign_in(profile, secrets)
    assert session.pipeline is None and session.health is None  # events = "none": no source
    changes = len(seen.states)
    await until(lambda: len(seen.states) >= changes + 2)  # each read tells on_change
    sim.faults.update({"error_burst": 1000})
    await until(lambda: seen.problems)
    assert isinstance(seen.problems[0], errors.AgentDeskError) and session.signed_in
    sim.faults.update({"error_burst": 0})
    await session.sign_out()


async def test_start_events_with_events_off_raises_and_changes_nothing(sim):
    session = Session(status_interval=None)
    seen = Recorder(session, "only", [])
    profile, secrets = account(sim, events="none")
    await session.sign_in(profile, secrets, events=False)
    with pytest.raises(errors.ConfigError, match="call events are off"):
        await session.start_events()
    assert session.pipeline is None and seen.health == [] and session.signed_in
    with pytest.raises(RuntimeError):
        await session.wait_events()
    await session.sign_out()


async def test_a_source_that_fails_is_health_down_and_ends_wait_events(sim):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        session = Session(status_interval=None)
        seen = Recorder(session, "only", [])
        profile, secrets = account(sim, "tel4vn", events="webhook", webhook={"host": "127.0.0.1", "port": port})
        await session.sign_in(profile, secrets)
        assert session.signed_in
        with pytest.raises(errors.AgentDeskError):
            await session.wait_events()
        assert seen.health[0] == "starting" and seen.health[-1] == "down" and session.health.state == "down"
        await session.sign_out()


async def test_a_broken_subscriber_is_skipped_and_can_be_removed(sim, caplog):
    session = Session(status_interval=None)

    def broken() -> None:
        raise RuntimeError("boom")

    remove = session.subscribe(on_change=broken)
    seen = Recorder(session, "only", [])
    profile, secrets = account(sim, events="none")
    await session.sign_in(profile, secrets)
    assert seen.states == ["signing_in", "signed_in"] and "a session change subscriber failed" in caplog.text
    remove()
    remove()  # twice is harmless
    caplog.clear()
    await session.sign_out()
    assert seen.states[-1] == "signed_out" and "subscriber failed" not in caplog.text


async def test_sign_in_with_an_existing_client_owns_it(sim, provider_for):
    provider = provider_for("oapi", events="none")
    session = Session(status_interval=None)
    await session.sign_in_with(provider)
    assert session.provider is provider and session.profile is provider.profile and session.signed_in
    client = provider.http
    await session.sign_out()
    assert client.is_closed


def webhook_account(sim: Simulator) -> tuple:
    port = free_port()
    webhook = {"host": "127.0.0.1", "port": port, "public_url": f"http://127.0.0.1:{port}"}
    return account(sim, "tel4vn", events="webhook", webhook=webhook, webhook_secret="shared-with-the-pbx")


async def test_a_pbx_that_lost_the_webhook_registration_is_told_again_and_subscribers_hear_it(sim):
    session = Session(status_interval=None)
    renewed: list[str] = []
    session.subscribe(on_renewed=lambda: renewed.append("renewed"))
    hooks = sim.dialects["tel4vn"].hooks
    await session.sign_in(*webhook_account(sim))
    await until(lambda: len(hooks) == 4)
    hooks.clear()  # the PBX restarted without its event hooks
    await session.refresh_status()
    assert len(hooks) == 4 and renewed == ["renewed"]
    await session.refresh_status()  # still registered: nothing is done again
    assert len(hooks) == 4 and renewed == ["renewed"]
    await session.sign_out()


async def test_a_call_the_pbx_recorded_without_events_turns_the_health_silent_until_events_flow(sim, monkeypatch):
    from agent_desk.events import silence

    monkeypatch.setattr(silence, "GRACE", 0.0)  # the call's events would be due at once
    session = Session(status_interval=None)
    seen = Recorder(session, "only", [])
    hooks = sim.dialects["tel4vn"].hooks
    await session.sign_in(*webhook_account(sim))
    await until(lambda: len(hooks) == 4 and session.health is not None and session.health.state == "up")
    assert session.pipeline is not None
    intake = session.pipeline.source.intake  # type: ignore[attr-defined]
    given, intake.secret = intake.secret, "changed-on-the-desk"  # the PBX's events are refused from now on
    await asyncio.sleep(1.1)  # the PBX's records keep whole seconds: the call starts after the sign-in's second
    call = sim.world.start_inbound(extension="101")
    await until(lambda: any(c.id == call.id for c in sim.world.cdrs), timeout=8)
    await sim.drain()
    await session.refresh_status()
    assert session.health.state == "silent" and session.unseen is not None
    assert "no call event arrived" in session.health.detail
    monkeypatch.setattr(session_module, "SILENCE_INTERVAL", 3600.0)
    intake.secret = given
    sim.world.start_inbound(extension="101")
    await until(lambda: session.health.state == "up")
    assert session.unseen is None and seen.events
    await session.sign_out()


async def test_the_silence_check_searches_the_pbx_s_days_whatever_the_desk_s_clock_says(sim, monkeypatch):
    """The PBX searches its records by its own days (Vietnam's): a desk whose day is still the one
    before (a desk clock 23:59 behind the PBX's, the PBX's day always begun) finds the call all the same.
    (It did not between 17:00 and 24:00 UTC for a desk on UTC.)"""
    from agent_desk.events import silence

    monkeypatch.setattr(silence, "GRACE", 0.0)
    behind = dt.timezone(PBX_TZ.utcoffset(None) - dt.timedelta(hours=23, minutes=59))
    session = Session(status_interval=None)
    await session.sign_in(*account(sim, "tel4vn", events="none"))
    provider = session.provider
    assert provider is not None
    since = dt.datetime.now(behind)
    await asyncio.sleep(1.1)  # the PBX's records keep whole seconds
    call = sim.world.start_inbound(extension="101")
    await until(lambda: any(c.id == call.id for c in sim.world.cdrs), timeout=8)
    await asyncio.sleep(1.1)
    now = dt.datetime.now(behind)
    assert since.date() < now.astimezone(PBX_TZ).date() or now.astimezone(PBX_TZ).hour == 23
    record = await silence.unseen_call(provider, "101", since, now)
    assert record is not None and record.call_id == call.id
    await session.sign_out()


async def test_an_unreachable_pbx_fails_the_sign_in_unless_the_caller_can_do_without_the_account(sim):
    profile, secrets = account(sim, "tel4vn", events="none", base_url=f"http://127.0.0.1:{free_port()}")
    session = Session(status_interval=None)
    with pytest.raises(errors.PbxUnreachable):
        await session.sign_in(profile, secrets)
    assert session.state is SessionState.SIGNED_OUT
    assert await session.sign_in(profile, secrets, unreachable_ok=True) is None
    assert session.signed_in and session.account is None and session.provider is not None
    await session.sign_out()
