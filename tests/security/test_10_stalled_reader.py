"""Item 10: ``agent-desk events --json`` piped into a reader that never reads blocked the event loop
after 64 KiB, and every PBX request then timed out. Output goes through a queue written from a
thread; beyond its capacity the oldest lines are dropped and the count is said on stderr."""

from __future__ import annotations

import asyncio
import io
import os
import sys
import threading
import time
from pathlib import Path

import httpx

from agent_desk.events.line_writer import CAPACITY, LineWriter
from tests.helpers.net import free_port
from tests.security.helpers import cli_env, offline_webhook_desk, write_config

SECRET = "stalled-reader-secret"


async def test_the_listener_keeps_answering_while_the_reader_is_stalled(tmp_path: Path):
    port = free_port()
    table = offline_webhook_desk(port)
    config = write_config(tmp_path / "config.toml", {"desk": table})
    env = cli_env(config, {"webhook_secret": SECRET, "api_key": "unused-key"})
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "agent_desk", "events", "--json", env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/{SECRET}/hooks/tel4vn"
        slowest = 0.0
        async with httpx.AsyncClient(timeout=10) as client:
            for _ in range(100):  # wait for the listener
                try:
                    await client.get(url)
                    break
                except httpx.TransportError:
                    await asyncio.sleep(0.1)
            for i in range(600):  # about 200 KB of JSON lines: far more than a pipe holds; nobody reads
                body = {
                    "call_id": f"stall-{i}",
                    "direction": "inbound",
                    "from_number": "0901234567",
                    "to_number": "101",
                    "state": "ringing",
                }
                started = time.monotonic()
                answer = await client.post(url, json=body)
                slowest = max(slowest, time.monotonic() - started)
                assert answer.status_code == 200
        assert slowest < 2.0
        assert proc.stdout is not None
        first = await asyncio.wait_for(proc.stdout.readline(), 5)  # the reader comes back: the lines are there
        assert b'"call_id": "stall-0"' in first
    finally:
        proc.terminate()
        await proc.communicate()


def test_past_the_capacity_the_oldest_lines_are_dropped_and_counted_once_the_reader_is_back():
    assert CAPACITY >= 10_000
    read_end, write_end = os.pipe()
    out = os.fdopen(write_end, "w")
    err = io.StringIO()
    errors: list[OSError] = []
    writer = LineWriter(out, err, errors.append, capacity=100)
    for i in range(5_000):  # 5 MB: the pipe fills, the writer thread blocks, put() never does
        writer.put(f"{i:05d}" + "x" * 1000)
    assert writer.dropped > 4_000
    received = bytearray()
    reader = threading.Thread(target=lambda: received.extend(_read_all(read_end)), daemon=True)
    reader.start()
    writer.close(timeout=10)
    out.close()
    reader.join(10)
    assert errors == [] and received.endswith(b"04999" + b"x" * 1000 + b"\n")
    reports = [line.split()[1] for line in err.getvalue().splitlines()]
    assert err.getvalue().endswith("events were dropped while the reader was not reading\n")
    assert sum(int(count) for count in reports) == writer.dropped  # each drop said once the reader was back


def _read_all(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)
