"""Playing a sound file through Qt's audio output (QAudioSink), decoded by agent_desk.audio.

No QMediaPlayer: that needs a media backend plugin (FFmpeg, with Qt's QML and Quick libraries,
~36 MB of the bundle). :class:`PcmPlayer` feeds 16-bit PCM to a QAudioSink in push mode from a
timer on the GUI thread, a chunk at a time, so a long recording is never decoded whole.
QtMultimedia is imported when the first sound is loaded, never before.
QtMultimedia's first use goes through :func:`agent_desk.ui.common.media_backend.media_backend_quiet`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desk.audio import AudioError, DecodedAudio
from agent_desk.ui.common.media_backend import media_backend_quiet
from agent_desk.ui.common.messages import fill

if TYPE_CHECKING:
    from PySide6.QtCore import QIODevice
    from PySide6.QtMultimedia import QAudioSink

FEED_INTERVAL_MS = 40  # how often the sink's buffer is topped up (and ``changed`` fires while playing)


class PcmPlayer(QObject):
    """One sound at a time: load, play, pause, stop, seek. ``changed`` fires on every state, position or error.

    ``error`` says in words why the last load or play failed (no sound output, a file that is not a
    sound); the decoded length (``duration_ms``) is known even where no sound output exists.
    """

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.audio: DecodedAudio | None = None
        self.error = ""
        self._sink: QAudioSink | None = None
        self._device: QIODevice | None = None  # the sink's input while it plays
        self._pcm: Iterator[bytes] | None = None
        self._pending = b""  # decoded, not yet accepted by the sink
        self._start_ms = 0  # where the sink's current run started in the sound
        self._paused_at: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FEED_INTERVAL_MS)
        self._timer.timeout.connect(self._feed)

    # ------------------------------------------------------------------ state
    @property
    def duration_ms(self) -> int:
        return self.audio.duration_ms if self.audio is not None else 0

    @property
    def position_ms(self) -> int:
        if self._paused_at is not None:
            return self._paused_at
        if self._sink is None:
            return self._start_ms
        return min(self.duration_ms, self._start_ms + self._sink.processedUSecs() // 1000)

    @property
    def playing(self) -> bool:
        return self._sink is not None and self._paused_at is None

    # ------------------------------------------------------------------ control
    def load(self, path: Path, audio: DecodedAudio | None = None) -> bool:
        """Open ``path`` (WAV, MP3 or FLAC) at its start; False, with ``error`` set, if it is not a sound.

        ``audio``: ``path`` opened already (``DecodedAudio.open`` reads a whole MP3 to learn its length:
        callers with long recordings do that off the GUI thread)."""
        self._halt()
        self._start_ms, self.error = 0, ""
        try:
            self.audio = audio if audio is not None else DecodedAudio.open(path)
        except AudioError:
            self.audio = None
            self.error = self.tr("the file is not a sound the desk can play (WAV, MP3 or FLAC)")
        self.changed.emit()
        return self.audio is not None

    def play(self) -> None:
        """Play from the current position, or resume after :meth:`pause`."""
        if self.audio is None:
            return
        if self._sink is not None and self._paused_at is not None:
            self._paused_at = None
            self._sink.resume()
            self._timer.start()
        elif self._sink is None:
            self._start(self.position_ms)
        self.changed.emit()

    def pause(self) -> None:
        if self._sink is not None and self._paused_at is None:
            self._paused_at = self.position_ms
            self._sink.suspend()
            self._timer.stop()
            self.changed.emit()

    def stop(self) -> None:
        """Stop and go back to the start."""
        self._halt()
        self._start_ms = 0
        self.changed.emit()

    def seek(self, milliseconds: int) -> None:
        """Go to ``milliseconds``; playing goes on from there, a paused or stopped sound waits there."""
        if self.audio is None:
            return
        was_playing = self.playing
        self._halt()
        self._start_ms = max(0, min(milliseconds, self.duration_ms))
        if was_playing:
            self._start(self._start_ms)
        self.changed.emit()

    def unload(self) -> None:
        """Stop and forget the sound."""
        self._halt()
        self.audio, self.error, self._start_ms = None, "", 0
        self.changed.emit()

    # ------------------------------------------------------------------ the sink
    def _start(self, milliseconds: int) -> None:
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

        assert self.audio is not None
        with media_backend_quiet():
            device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self.error = self.tr("this computer has no sound output")
            return
        audio_format = QAudioFormat()
        audio_format.setSampleRate(self.audio.sample_rate)
        audio_format.setChannelCount(self.audio.channels)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(device, audio_format, self)
        stream = sink.start()
        if sink.error() != QtAudio.Error.NoError or stream is None:
            sink.deleteLater()
            self.error = fill(self.tr("the sound output %1 did not start"), device.description())
            return
        try:
            self._pcm = self.audio.pcm(self.audio.frame_at(milliseconds))
        except AudioError:
            sink.stop()
            sink.deleteLater()
            self.error = self.tr("the file is not a sound the desk can play (WAV, MP3 or FLAC)")
            return
        self.error = ""
        self._sink, self._device, self._start_ms, self._paused_at = sink, stream, milliseconds, None
        sink.stateChanged.connect(self._state_changed)
        self._feed()
        self._timer.start()

    def _feed(self) -> None:
        """Top up the sink's buffer from the decoder; at the end of the sound, let the sink drain."""
        if self._sink is None or self._device is None:
            return
        free = self._sink.bytesFree()
        while free > 0:
            if not self._pending:
                self._pending = next(self._pcm, b"") if self._pcm is not None else b""
                if not self._pending:
                    self._pcm = None  # the end: the sink plays what it holds, then goes idle
                    break
            written = self._device.write(self._pending[:free])
            if written <= 0:
                break
            self._pending, free = self._pending[written:], free - written
        self.changed.emit()

    def _state_changed(self) -> None:
        from PySide6.QtMultimedia import QtAudio

        idle = self._sink is not None and self._sink.state() == QtAudio.State.IdleState
        if idle and self._pcm is None and not self._pending:
            self.stop()  # played to the end

    def _halt(self) -> None:
        self._timer.stop()
        if self._sink is not None:
            self._sink.stateChanged.disconnect(self._state_changed)
            self._sink.stop()
            self._sink.deleteLater()
        self._sink, self._device, self._pcm, self._pending, self._paused_at = None, None, None, b"", None
