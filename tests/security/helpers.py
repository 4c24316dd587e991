"""Shared by the hostile-input tests: the CLI as a subprocess, a profile written to a config file."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any

import tomli_w


@dataclasses.dataclass
class Run:
    rc: int
    out: str
    err: str

    def json(self) -> dict[str, Any]:
        assert self.rc == 0, self.err
        return json.loads(self.out)


def offline_webhook_desk(port: int) -> dict[str, Any]:
    """A TEL4VN desk whose call events come to a webhook listener on loopback ``port``; its PBX
    (port 9, discard) is never reached."""
    return {
        "provider": "tel4vn",
        "base_url": "http://127.0.0.1:9",
        "extension": "101",
        "username": "agent",
        "events": "webhook",
        "webhook": {"host": "127.0.0.1", "port": port},
    }


def write_config(path: Path, tables: dict[str, dict[str, Any]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps({"profiles": tables}))
    return path


def cli_env(config: Path, secrets: dict[str, str] | None = None, **extra: str) -> dict[str, str]:
    """The test's isolated environment (no OS keyring), the config, and secrets as variables."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring", "AGENT_DESK_CONFIG": str(config)}
    env.update({f"AGENT_DESK_{k.upper()}": v for k, v in (secrets or {}).items()})
    env.update(extra)
    return env


async def run_cli(*args: str, env: dict[str, str], timeout: float = 30) -> Run:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "agent_desk",
        *args,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout)
    assert proc.returncode is not None
    return Run(proc.returncode, out.decode(), err.decode())
