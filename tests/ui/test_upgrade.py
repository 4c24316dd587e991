"""An upgrade of the installed program while the desk runs: it keeps reading its own files, says so, and
restarts itself once the agent is idle. (The installed .deb is upgraded for real in make package-test.)"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

import httpx

from agent_desk import upgrade
from agent_desk.upgrade import InstallWatch
from tests.helpers import until


def replace(path: Path, content: bytes) -> None:
    """What dpkg does: write the new file beside the old one and rename it over (a new inode)."""
    fresh = path.with_suffix(".dpkg-new")
    fresh.write_bytes(content)
    os.replace(fresh, path)


def test_the_watch_sees_a_replaced_program(tmp_path):
    program = tmp_path / "agent-desk"
    program.write_bytes(b"v1")
    watch = InstallWatch(program)
    assert not watch.changed()
    replace(program, b"v2")
    assert watch.changed()


def test_the_archive_is_read_from_the_file_the_process_started_from(tmp_path, monkeypatch):
    """PyInstaller's reader reopens its archive by path for every import; pinned, it reads the old inode."""
    program = tmp_path / "agent-desk"
    program.write_bytes(b"PYZ-old-archive")
    archive = types.SimpleNamespace(_filename=str(program))  # PyInstaller's ZlibArchiveReader keeps this
    monkeypatch.setitem(sys.modules, "pyimod02_importers", types.SimpleNamespace(pyz_archive=archive))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert upgrade.pin_frozen_archive()
    replace(program, b"PYZ-new-archive, other offsets")
    with open(archive._filename, "rb") as reopened:  # as the reader does on each import
        assert reopened.read() == b"PYZ-old-archive"
    assert not upgrade.pin_frozen_archive(), "pinned once"


def test_an_upgraded_desk_says_so_and_restarts_only_when_idle(run, qsim, signed_in, tmp_path):
    desk = signed_in(events="webhook")
    program = tmp_path / "agent-desk"
    program.write_bytes(b"v1")
    desk.install_watch = InstallWatch(program)
    desk.check_install()
    assert not desk.window.banner.isVisibleTo(desk.window), "nothing changed yet"
    popped: list[object] = []
    desk.pops.poppedUp.connect(popped.append)

    async def call_in() -> str:
        async with httpx.AsyncClient() as client:
            answer = await client.post(f"{qsim.base_url}/_sim/inbound", json={"extension": "101"})
        return answer.json()["call_id"]

    call_id = run(call_in())
    run(until(lambda: popped, what="the pop"))
    replace(program, b"v2")
    desk.check_install()
    assert "Agent Desk was updated" in desk.window.banner.label.text()
    assert not desk.restart_requested, "a pop is open: the agent is on a call"
    desk.pops.close(call_id)
    closed: list[bool] = []
    desk.closed.connect(lambda: closed.append(True))
    desk.check_install()
    assert desk.restart_requested
    run(until(lambda: closed, what="the desk to close for the restart"))
