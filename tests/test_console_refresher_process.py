"""The console's refresher in a child process (agent_desk.supervisor.worker, .child), against the
simulator over loopback: updates, events and stop; a child that dies or cannot make its provider; a parent
killed with -9; log records and their masking; the secrets it is handed; no Qt in it."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from agent_desk import errors
from agent_desk.backoff import Backoff
from agent_desk.config import parse_profile
from agent_desk.models import CallEvent
from agent_desk.secrets import SecretStore, held_secrets
from agent_desk.supervisor.child import NICENESS
from agent_desk.supervisor.refresher import Update
from agent_desk.supervisor.worker import RefresherProcess
from tests.helpers import until

ROOT = Path(__file__).resolve().parents[1]


def sim_profile(sim, key: str = "onepos", **overrides):
    table, secrets = sim.profile(key, "100")
    table.update(overrides)
    return parse_profile("sup", table), secrets


async def stopped(worker: RefresherProcess) -> None:
    worker.stop()
    assert await asyncio.to_thread(worker.join, 10.0)
    assert worker.process is None


async def test_the_refresher_process_reads_the_floor_takes_events_and_stops(sim):
    profile, secrets = sim_profile(sim)
    calls = sim.world.start_standing_calls(5)
    updates: list[Update] = []
    worker = RefresherProcess(profile, secrets, updates.append, interval=0.2)
    worker.start()
    try:
        await until(lambda: len(updates) >= 2, what="two refreshes")
        first = updates[0]
        assert {c.call_id for c in first.calls.inserted} == {c.id for c in calls} and not first.health.stale
        assert first.agents is not None and len(first.agents.inserted) >= 5 and first.queues
        child = psutil.Process(worker.pid)
        assert child.pid != os.getpid() and child.ppid() == os.getpid()
        if sys.platform != "win32":  # below the desk (Windows: a priority class, checked by hand)
            assert child.nice() == min(19, psutil.Process().nice() + NICENESS)
        if sys.platform.startswith("linux"):  # the child never loads Qt (the parent here may have)
            assert not [m.path for m in child.memory_maps() if "Qt6" in m.path or "PySide6" in m.path]
        row = first.calls.inserted[0]
        hangup = CallEvent(
            row.call_id, "hangup", "inbound", None, None, "101", "onepos", "webhook", dt.datetime.now(dt.UTC)
        )
        worker.post_event(hangup)  # merged in the child: the row goes at once, before the next read
        await until(lambda: any(row.call_id in u.calls.removed for u in updates), what="the hangup merged")
    finally:
        await stopped(worker)
    assert not child.is_running() or child.status() == psutil.STATUS_ZOMBIE
    count = len(updates)
    await asyncio.sleep(0.5)
    assert len(updates) == count, "nothing is published once stop() returned"


async def test_a_child_that_dies_shows_stale_data_and_another_takes_over_without_inserting_rows_again(sim):
    profile, secrets = sim_profile(sim)
    calls = sim.world.start_standing_calls(3)
    updates: list[Update] = []
    worker = RefresherProcess(profile, secrets, updates.append, interval=0.2, backoff=Backoff(0.2, 0.4))
    worker.start()
    try:
        await until(lambda: updates and updates[0].calls.inserted, what="the first read")
        first_child = worker.pid
        sim.world.hangup(calls[0].id)
        os.kill(first_child, signal.SIGKILL)
        await until(lambda: any(u.health.stale for u in updates), what="stale data")
        stale = next(u for u in updates if u.health.stale)
        assert isinstance(stale.health.error, errors.RefresherStopped) and 0.1 <= stale.health.retry_in <= 0.2
        assert stale.health.last_good is not None and not stale.calls
        await until(lambda: not updates[-1].health.stale and worker.pid not in (None, first_child), what="a new child")
        back = next(u for u in updates[updates.index(stale) :] if not u.health.stale)
        published = {c.call_id for u in updates[: updates.index(stale)] for c in u.calls.inserted}
        assert calls[0].id in published and not back.calls.inserted, "the rows shown are not inserted again"
        assert back.calls.removed == [calls[0].id] and {c.call_id for c in back.calls.changed} == {
            c.id for c in calls[1:]
        }
        assert back.agents is not None and not back.agents.inserted and back.agents.changed
    finally:
        await stopped(worker)


async def test_a_message_that_cannot_be_read_ends_that_child_and_another_takes_over(sim, monkeypatch):
    import msgspec

    from agent_desk.supervisor import worker as worker_module

    real = worker_module.decoder
    spoilt = []

    class Spoiling:
        def decode(self, data: bytes):
            if not spoilt:
                spoilt.append(data)
                raise msgspec.DecodeError("spoilt")
            return real.decode(data)

    monkeypatch.setattr(worker_module, "decoder", Spoiling())
    profile, secrets = sim_profile(sim)
    sim.world.start_standing_calls(2)
    updates: list[Update] = []
    worker = RefresherProcess(profile, secrets, updates.append, interval=0.2, backoff=Backoff(0.2, 0.4))
    worker.start()
    try:
        await until(lambda: updates and not updates[-1].health.stale, timeout=20, what="a child that reads")
        assert isinstance(updates[0].health.error, errors.RefresherStopped), "the first child's end was shown"
        assert {len(u.calls.inserted) for u in updates} == {0, 2}
    finally:
        await stopped(worker)


async def test_a_child_that_cannot_make_its_provider_shows_the_providers_error_and_tries_again(sim):
    profile, secrets = sim_profile(sim)
    profile.provider = "nope"  # create_provider refuses it in the child: a ConfigError
    updates: list[Update] = []
    worker = RefresherProcess(profile, secrets, updates.append, backoff=Backoff(5.0, 5.0))
    worker.start()
    try:
        await until(lambda: updates, timeout=20, what="the failure shown")
        health = updates[0].health
        assert health.stale and health.last_good is None and 2.5 <= health.retry_in <= 5.0
        assert type(health.error) is errors.ConfigError and "nope" in str(health.error)
    finally:
        await stopped(worker)


async def test_the_childs_log_records_reach_this_log_masked(sim, caplog):
    caplog.set_level(logging.INFO)
    profile, secrets = sim_profile(sim)
    secret = secrets["api_key"]
    profile.base_url = f"{profile.base_url}/{secret}"  # the secret in every request's URL: httpx logs it
    updates: list[Update] = []
    worker = RefresherProcess(profile, secrets, updates.append)
    worker.start()
    try:
        await until(lambda: "HTTP Request" in caplog.text, timeout=20, what="the child's httpx lines")
    finally:
        await stopped(worker)
    lines = [r for r in caplog.records if r.name == "httpx"]
    assert lines and lines[0].processName == "console-refresher"
    assert secret not in caplog.text and "/***/" in caplog.text


def test_a_parent_killed_with_sigkill_leaves_no_refresher_behind():
    """A parent process (a small script) starts a refresher on a simulator of its own, prints the child's
    pid, and is killed with -9: the child reads the end of its commands pipe and ends, and so does
    multiprocessing's resource tracker (spawn starts one on POSIX): no process of the parent's is left."""
    script = """
import asyncio, sys
from agent_desk.config import parse_profile
from agent_desk.sim.server import Simulator
from agent_desk.supervisor.worker import RefresherProcess

async def main():
    async with Simulator(providers=["onepos"]) as sim:
        table, secrets = sim.profile("onepos", "100")
        worker = RefresherProcess(parse_profile("sup", table), secrets, lambda update: None)
        worker.start()
        while worker.pid is None:
            await asyncio.sleep(0.01)
        print(worker.pid, flush=True)
        await asyncio.sleep(60)

if __name__ == "__main__":
    asyncio.run(main())
"""
    parent = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        child = psutil.Process(int(parent.stdout.readline()))
        time.sleep(1.0)  # the child is up and reading
        assert child.is_running() and child.status() != psutil.STATUS_ZOMBIE
        descendants = psutil.Process(parent.pid).children(recursive=True)  # with multiprocessing's resource tracker
        assert child in descendants
    finally:
        parent.kill()
        parent.wait()

    def alive(process: psutil.Process) -> bool:
        try:
            return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return False

    deadline = time.monotonic() + 10
    while any(alive(p) for p in descendants) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [p for p in descendants if alive(p)], "a process outlived its parent"


def test_held_secrets_are_what_the_store_holds_without_reading_the_keyring(monkeypatch):
    profile = parse_profile("p", {"provider": "onepos", "base_url": "http://pbx"})
    monkeypatch.setattr(SecretStore, "_from_keyring", lambda self, field: pytest.fail("keyring read"))
    store = SecretStore(profile, env={"AGENT_DESK_PASSWORD": "s3cret-value", "HOME": "/home/x"})
    assert held_secrets(store) == {"password": "s3cret-value"}


def test_the_refresher_process_modules_import_no_qt():
    code = (
        "import sys, agent_desk.supervisor.child, agent_desk.supervisor.worker; print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", "import json; " + code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert not [m for m in json.loads(out) if m.startswith("PySide6")]
