"""One window per user and config file: a second launch hands its arguments over and exits.

The running window listens on a :class:`QLocalServer` named after the user and the config file
(:func:`server_name`), readable by this user only. A second launch — e.g. the browser opening
``agent-desk tel:0901234567`` — calls :func:`forward_to_running` first: it connects, sends
``{"args": [...]}`` as one JSON line, waits for ``ok``, and the launch then exits. Only QtCore and
QtNetwork are needed, no QApplication, so the hand-off costs a fraction of a window's start; and when
no server's socket or pipe exists (:func:`may_be_running`: the usual case at start), the answer comes
without QtNetwork (~15-30 ms and 2.5 MB with the Kerberos libraries it links).

Hostile neighbours: on Linux and other Unixes the socket lives in the user's private runtime
directory (:func:`runtime_dir`: ``$XDG_RUNTIME_DIR``, or a 0700 directory of the user's own in the
cache directory), never under a predictable name in the shared temporary directory where another
user could squat it (macOS's temporary directory is per user already; Windows names a pipe with
user-only access). Both ends check the peer's user id (:func:`peer_uid`: ``SO_PEERCRED`` on Linux,
``LOCAL_PEERCRED`` on macOS) and drop a connection from anyone else. A malformed message, deep
JSON included, is dropped with one log line.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import stat
import struct
import sys
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from agent_desk.config import default_config_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
ACK = b"ok\n"
MAX_MESSAGE = 64 * 1024


def server_name(config_path: Path | None = None) -> str:
    """``agent-desk-<digest of user and config file>``: one instance per user and config; on Linux and
    other Unixes a path in :func:`runtime_dir`.

    The digest is two zlib checksums (64 bits): it names the socket and guards nothing (the
    directory, the pipe's access and :func:`peer_uid` do), and ``hashlib`` would load OpenSSL's
    libcrypto (3.4 MB of resident memory) into every start, for this alone.
    """
    path = Path(config_path) if config_path else default_config_path()
    key = f"{getpass.getuser()}|{path.expanduser().resolve()}".encode()
    digest = f"{zlib.crc32(key):08x}{zlib.adler32(key):08x}"
    name = f"agent-desk-{digest}"
    if sys.platform.startswith("win") or sys.platform == "darwin":
        return name
    return str(runtime_dir() / name)


def _private(path: Path) -> bool:
    """True for a real directory (not a link) of this user that nobody else may enter."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077


def runtime_dir() -> Path:
    """``$XDG_RUNTIME_DIR`` when it is this user's private directory, else ``agent-desk/run`` in the
    user's cache directory, created 0700 (an existing one of anyone else's, or open to others, is
    refused with OSError)."""
    xdg = os.environ.get("XDG_RUNTIME_DIR")
    if xdg and _private(Path(xdg)):
        return Path(xdg)
    import platformdirs

    path = Path(platformdirs.user_cache_dir("agent-desk", appauthor=False)) / "run"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not _private(path):
        os.chmod(path, 0o700)  # ours but too open: close it; someone else's: the check below refuses it
        if not _private(path):
            raise OSError(f"{path} is not a private directory of this user")
    return path


def peer_uid(socket: QLocalSocket) -> int | None:
    """The user id of the process at the other end of a connected local socket, or None where the
    platform cannot tell (Windows: the pipe itself is user-only)."""
    descriptor = int(socket.socketDescriptor())
    if descriptor < 0 or sys.platform.startswith("win"):
        return None
    import socket as pysocket  # here: its enums cost ~5 ms of every start, and no peer comes before the window

    with pysocket.fromfd(descriptor, pysocket.AF_UNIX, pysocket.SOCK_STREAM) as dup:  # a duplicate: ours to close
        if hasattr(pysocket, "SO_PEERCRED"):  # Linux: struct ucred {pid, uid, gid}
            creds = dup.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_PEERCRED, struct.calcsize("3i"))
            return struct.unpack("3i", creds)[1]
        if sys.platform == "darwin":  # struct xucred {u_int version; uid_t uid; ...}, LOCAL_PEERCRED = 1
            creds = dup.getsockopt(0, 1, 76)
            return struct.unpack_from("Ii", creds)[1]
    return None


def _trusted(socket: QLocalSocket) -> bool:
    uid = peer_uid(socket)
    if uid is None or uid == os.getuid():
        return True
    log.warning("single instance: dropped a connection from another user (uid %d)", uid)
    return False


def config_from_args(args: list[str]) -> Path | None:
    """The ``--config FILE`` (or ``--config=FILE``) among command-line arguments, if any."""
    for index, arg in enumerate(args):
        if arg == "--config" and index + 1 < len(args):
            return Path(args[index + 1])
        if arg.startswith("--config="):
            return Path(arg.split("=", 1)[1])
    return None


def may_be_running(name: str) -> bool:
    """False when no server can be listening on ``name``: its socket file (Unix; a bare name lives in
    Qt's temporary directory, as QLocalServer puts it) or its named pipe (Windows) does not exist.
    True when it exists, which a crashed instance may have left: only connecting tells."""
    if sys.platform.startswith("win"):
        try:
            return name in os.listdir("\\\\.\\pipe\\")  # lists the pipes without connecting to any
        except OSError:
            return True
    path = name
    if not os.path.isabs(name):
        from PySide6.QtCore import QDir

        path = os.path.join(QDir.tempPath(), name)
    return os.path.exists(path)


def forward_to_running(args: list[str], *, name: str | None = None) -> bool:
    """Give ``args`` to the running window; True when it took them (then this launch should exit)."""
    name = name or server_name(config_from_args(args))
    if not may_be_running(name):
        return False
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    if not _trusted(socket):  # another user's server: never hand it our arguments (a tel: link)
        socket.abort()
        return False
    socket.write(json.dumps({"args": list(args)}).encode() + b"\n")
    socket.flush()
    answer = b""
    while ACK not in answer:
        waited = socket.waitForReadyRead(CONNECT_TIMEOUT_MS * 4)
        answer += bytes(socket.readAll().data())  # also what came with the server's close
        if not waited:
            break
    socket.abort()
    return ACK in answer


class InstanceServer(QObject):
    """The running window's end: emits :attr:`received` with each later launch's arguments."""

    received = Signal(list)

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = name or server_name()
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening; False when another instance already answers on this name.

        Someone answering is checked first (listening with ``UserAccessOption`` would silently
        replace a live socket); a name left behind by a crashed instance is removed and taken over.
        """
        from PySide6.QtNetwork import QLocalServer, QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            if not _trusted(socket):
                socket.abort()
                socket.deleteLater()
                continue
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE:
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        try:
            args = json.loads(line)["args"]
        except (ValueError, KeyError, TypeError, RecursionError):
            log.warning("single instance: ignored a malformed message")
            socket.abort()
            return
        if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
            socket.abort()
            return
        socket.write(ACK)
        socket.flush()
        self.received.emit(args)
        socket.disconnectFromServer()
