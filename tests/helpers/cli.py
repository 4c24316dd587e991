"""The ``agent-desk`` command line as a real subprocess: its environment, one run, a long-running one.

Every run checks the error contract: no traceback on stderr, and at most one line when it fails.
The ``demo`` and ``agent`` fixtures (tests/conftest.py) give a demo config on the test's simulator.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import sys
from contextlib import asynccontextmanager

from agent_desk.sim.world import SimSettings
from tests.helpers.sim import fast_settings


def cli_sim_settings() -> SimSettings:
    """Calls stay up until a test hangs them up, so a separate process can act on them."""
    return fast_settings(talk_time=(30.0, 30.0))


@dataclasses.dataclass
class Run:
    rc: int
    out: str
    err: str

    def json(self) -> dict:
        assert self.rc == 0, self.err
        return json.loads(self.out)


def base_env(**extra: str) -> dict[str, str]:
    """The test's isolated environment, no OS keyring, plus ``extra``."""
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", **extra}


async def run_cli(*args: str, env: dict[str, str], stdin: bytes | None = None, timeout: float = 20) -> Run:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "agent_desk",
        *args,
        env=env,
        stdin=asyncio.subprocess.PIPE if stdin is not None else asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(stdin), timeout)
    run = Run(proc.returncode, out.decode(), err.decode())
    assert "Traceback" not in run.err, run.err
    if run.rc != 0:
        assert run.err.count("\n") == 1 and run.err.startswith("agent-desk: "), run.err
    return run


@asynccontextmanager
async def spawn(*args: str, env: dict[str, str]):
    """The CLI as a long-running process (killed at the end if a test left it running)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "agent_desk",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        yield proc
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.communicate()
