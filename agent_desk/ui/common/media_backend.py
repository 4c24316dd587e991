"""QtMultimedia without a media backend plugin, quietly.

The desk plays sounds through QAudioSink and QSoundEffect, which work without a media backend plugin,
and the Linux bundle ships none (packaging/bundle_rules.py). Where none is installed, QtMultimedia's
first use prints "No QtMultimedia backends found. Only QMediaDevices, QAudioDevice, QSoundEffect,
QAudioSink, and QAudioSource are available." on stderr: true, and about QMediaPlayer, which the desk
never uses. :func:`media_backend_quiet` wraps that first use (the recording player's sound output,
the pops' ring) and drops that one message; every other Qt message goes where it went.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

NO_BACKEND = "No QtMultimedia backends found"  # the start of Qt's warning, on its "default" category


@contextlib.contextmanager
def media_backend_quiet() -> Iterator[None]:
    """For the block, Qt's messages go where they went, except the "No QtMultimedia backends found"
    warning (the module doc); QtMultimedia prints it once, when it first starts."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(NO_BACKEND):
            return
        if previous is not None:
            previous(kind, context, message)
        else:  # Qt's own handler: the same line on stderr
            sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
