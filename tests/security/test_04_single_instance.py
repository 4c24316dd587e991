"""Item 4: another local user could squat the single-instance socket (a predictable name in the
shared temporary directory), so Agent Desk never opened and that user received every tel: link.
The socket lives in the user's private runtime directory and the peer's user id is checked."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from agent_desk.ui.support.single_instance import InstanceServer, runtime_dir, server_name
from tests.ui.conftest import until

NOBODY = 65534
as_root = pytest.mark.skipif(not hasattr(os, "getuid") or os.getuid() != 0, reason="needs root to act as another user")
linux = pytest.mark.skipif(sys.platform != "linux", reason="SO_PEERCRED and the runtime directory are Linux's")


def as_nobody(code: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``code`` as another local user (uid 65534), as a hostile neighbour would."""
    prelude = f"import json, os, socket, sys; os.setgroups([]); os.setgid({NOBODY}); os.setuid({NOBODY}); "
    return subprocess.run(
        [sys.executable, "-c", prelude + code, *args], capture_output=True, timeout=20, check=False, cwd="/"
    )


@linux
def test_the_socket_is_in_a_private_directory_not_the_shared_temporary_one(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    name = Path(server_name())
    assert name.parent != Path(tempfile.gettempdir()) and name.parent == runtime_dir()
    info = name.parent.stat()
    assert info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) == 0o700
    xdg = tmp_path / "xdg"
    xdg.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(xdg))
    assert Path(server_name()).parent == xdg
    xdg.chmod(0o777)  # a runtime directory others may enter is not used
    assert Path(server_name()).parent != xdg


@linux
@as_root
def test_another_user_can_neither_squat_the_name_nor_talk_to_the_window(run, qapp, monkeypatch):
    tmp_path = Path(tempfile.mkdtemp(prefix="ad-"))  # short: a socket path has at most 107 bytes
    tmp_path.chmod(0o755)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (tmp_path / "cache").mkdir(mode=0o755)
    name = server_name(tmp_path / "config.toml")
    squat = as_nobody("s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); s.listen(); print('squatted')", name)
    assert squat.returncode != 0 and b"PermissionError" in squat.stderr
    server = InstanceServer(name)
    received: list[list[str]] = []
    server.received.connect(received.append)
    assert server.listen()
    server.close()

    # defence in depth: even a socket others can reach drops every message that is not this user's
    open_name = str(tmp_path / f"open-{uuid.uuid4().hex[:8]}")
    server = InstanceServer(open_name)
    server._server.setSocketOptions(QLocalServer.SocketOption.WorldAccessOption)
    server.received.connect(received.append)
    assert server.listen()
    try:
        send = (
            "s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); "
            "s.sendall(json.dumps({'args': ['tel:0900000000']}).encode() + b'\\n'); print(s.recv(10))"
        )
        done = run(run_in_thread(lambda: as_nobody(send, open_name)))
        assert b"ok" not in done.stdout and (
            done.returncode == 0 or b"ConnectionResetError" in done.stderr or b"BrokenPipeError" in done.stderr
        )
        assert received == []
    finally:
        server.close()
        shutil.rmtree(tmp_path, ignore_errors=True)


async def run_in_thread(call):
    import asyncio

    return await asyncio.get_running_loop().run_in_executor(None, call)


def test_deep_json_on_the_socket_is_dropped_not_a_crash(run, qapp, caplog):
    name = f"agent-desk-test-{uuid.uuid4().hex[:12]}"
    server = InstanceServer(name)
    received: list[list[str]] = []
    server.received.connect(received.append)
    assert server.listen()
    try:
        from PySide6.QtNetwork import QLocalSocket

        client = QLocalSocket()
        client.connectToServer(name)
        assert client.waitForConnected(2000)
        client.write(b"[" * 60000 + b"\n")
        client.flush()
        run(until(lambda: "malformed" in caplog.text, what="the message to be dropped"))
        client.abort()
        assert received == []
    finally:
        server.close()
