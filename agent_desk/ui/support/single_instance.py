"""One window per user and config file: a second launch hands its arguments over and exits.

The running window listens on a :class:`QLocalServer` named after the user and the config file
(:func:`server_name`), readable by this user only. A second launch — e.g. the browser opening
``agent-desk tel:0901234567`` — calls :func:`forward_to_running` first: it connects, sends
``{"args": [...]}`` as one JSON line, waits for ``ok``, and the launch then exits. Only QtCore and
QtNetwork are needed, no QApplication, so the hand-off costs a fraction of a window's start.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from agent_desk.config import default_config_path

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
ACK = b"ok\n"
MAX_MESSAGE = 64 * 1024


def server_name(config_path: Path | None = None) -> str:
    """``agent-desk-<hash of user and config file>``: one instance per user and config."""
    path = Path(config_path) if config_path else default_config_path()
    digest = hashlib.sha256(f"{getpass.getuser()}|{path.expanduser().resolve()}".encode()).hexdigest()[:16]
    return f"agent-desk-{digest}"


def config_from_args(args: list[str]) -> Path | None:
    """The ``--config FILE`` (or ``--config=FILE``) among command-line arguments, if any."""
    for index, arg in enumerate(args):
        if arg == "--config" and index + 1 < len(args):
            return Path(args[index + 1])
        if arg.startswith("--config="):
            return Path(arg.split("=", 1)[1])
    return None


def forward_to_running(args: list[str], *, name: str | None = None) -> bool:
    """Give ``args`` to the running window; True when it took them (then this launch should exit)."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name(config_from_args(args)))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
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
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(CONNECT_TIMEOUT_MS):
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
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
        except (ValueError, KeyError, TypeError):
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
