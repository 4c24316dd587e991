"""Item 8: a PBX that drip-feeds its answer held a dial with dial_timeout = 4 for 80 s, and a 300 MB
answer took the CLI to 1.2 GB. Every request has one overall deadline and answers are capped at
10 MiB; past either the CLI exits 4."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path

from aiohttp import web

from agent_desk.providers.base import DEADLINE_SLACK
from tests.security.helpers import cli_env, run_cli, write_config

DIAL_TIMEOUT = 2.0


@contextlib.asynccontextmanager
async def hostile_pbx(kind: str) -> AsyncIterator[str]:
    """A loopback server that answers every request with a drip-fed or an endless body."""

    async def answer(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(status=200, headers={"Content-Type": "text/plain"})
        await response.prepare(request)
        chunk = b"s" if kind == "drip" else b"x" * 65536
        with contextlib.suppress(ConnectionError):
            for _ in range(1_000_000):
                await response.write(chunk)
                await asyncio.sleep(0.5 if kind == "drip" else 0)
        return response

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.5)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


def voicecloud_config(tmp_path: Path, base_url: str) -> Path:
    table = {
        "provider": "voicecloud",
        "base_url": base_url,
        "extension": "101",
        "domain": "abc.com",
        "timeout": 1,
        "dial_timeout": DIAL_TIMEOUT,
    }
    return write_config(tmp_path / "config.toml", {"desk": table})


async def test_a_drip_fed_answer_ends_at_the_overall_deadline_with_exit_4(tmp_path: Path):
    async with hostile_pbx("drip") as url:
        env = cli_env(voicecloud_config(tmp_path, url), {"key": "vc-key"})
        started = time.monotonic()
        run = await run_cli("dial", "0901234567", "--sync", env=env, timeout=60)
        elapsed = time.monotonic() - started
    assert run.rc == 4, run.err
    assert run.err.strip() == "agent-desk: the PBX did not answer the click-to-call in time"
    assert elapsed < DIAL_TIMEOUT + DEADLINE_SLACK + 4  # plus the interpreter's start-up


async def test_an_answer_over_10_mib_is_refused_with_exit_4(tmp_path: Path):
    async with hostile_pbx("flood") as url:
        env = cli_env(voicecloud_config(tmp_path, url), {"key": "vc-key"})
        run = await run_cli("dial", "0901234567", "--sync", env=env, timeout=60)
    assert (run.rc, run.err.strip()) == (4, "agent-desk: the PBX's answer is too large")
