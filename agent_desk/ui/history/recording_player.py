"""Playing a call recording inside the app: a QMediaPlayer, and the bar of controls under the table.

QtMultimedia (and its FFmpeg backend, ~60 ms and several MB) is imported when the first recording
is played, never before. :class:`RecordingPlayer` holds one source at a time; :class:`PlayerBar`
shows play/pause, stop, the position (draggable) and "Open", and asks its owner, by signal, what
to play: only the owner knows which call is selected and how its provider turns a record into a
URL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from agent_desk.ui.common.messages import fill
from agent_desk.ui.dialing.call_log import clock_text

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer


class RecordingPlayer(QObject):
    """One recording at a time. ``changed`` fires on every state, position or error change."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player: QMediaPlayer | None = None  # created on the first play()
        self.audio: QAudioOutput | None = None
        self.url = ""
        self.error = ""

    def _ensure(self) -> QMediaPlayer:
        if self.player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self.player, self.audio = QMediaPlayer(self), QAudioOutput(self)
            self.player.setAudioOutput(self.audio)
            for signal in (
                self.player.playbackStateChanged,
                self.player.mediaStatusChanged,
                self.player.positionChanged,
                self.player.durationChanged,
            ):
                signal.connect(self.changed)
            self.player.errorOccurred.connect(self._failed)
        return self.player

    def play(self, url: str) -> None:
        """Play ``url`` from the start, or resume it when it is the one loaded."""
        from PySide6.QtCore import QUrl

        player = self._ensure()
        if url != self.url:
            self.url, self.error = url, ""
            player.setSource(QUrl(url))
        player.play()
        self.changed.emit()

    def pause(self) -> None:
        if self.player is not None:
            self.player.pause()

    def stop(self) -> None:
        if self.player is not None:
            self.player.stop()

    def seek(self, milliseconds: int) -> None:
        if self.player is not None:
            self.player.setPosition(milliseconds)

    def unload(self) -> None:
        """Stop and forget the source (signing out, a new search)."""
        if self.player is not None:
            from PySide6.QtCore import QUrl

            self.player.stop()
            self.player.setSource(QUrl())
        self.url, self.error = "", ""
        self.changed.emit()

    @property
    def playing(self) -> bool:
        if self.player is None:
            return False
        from PySide6.QtMultimedia import QMediaPlayer

        return self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def _failed(self, _error: object, message: str) -> None:
        self.error = fill(self.tr("The recording could not be played: %1"), message or self.tr("unknown error"))
        self.changed.emit()


class PlayerBar(QWidget):
    """Controls for :class:`RecordingPlayer`. ``playClicked``/``openClicked``: the owner decides."""

    playClicked = Signal()
    openClicked = Signal()

    def __init__(self, player: RecordingPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.player = player
        self.play_button = QPushButton(self.tr("Play"), self)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.position = QSlider(Qt.Orientation.Horizontal, self)
        self.position.setObjectName("recordingPosition")
        self.time = QLabel(self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open the recording in your browser or media player"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Recording:"), self))
        for widget, stretch in (
            (self.play_button, 0),
            (self.stop_button, 0),
            (self.position, 1),
            (self.time, 0),
            (self.open_button, 0),
        ):
            layout.addWidget(widget, stretch)
        self.play_button.clicked.connect(self.playClicked)
        self.open_button.clicked.connect(self.openClicked)
        self.stop_button.clicked.connect(player.stop)
        self.position.sliderMoved.connect(player.seek)
        player.changed.connect(self.show_state)
        self.set_available("")

    def set_available(self, reason: str) -> None:
        """Enable play and open for the selected call, or disable them with ``reason`` as tooltip."""
        for button in (self.play_button, self.open_button):
            button.setEnabled(not reason or (self.player.playing and button is self.play_button))
        self.play_button.setToolTip(reason or self.tr("Play the selected call's recording here"))
        self.show_state()

    def show_state(self) -> None:
        """Show the player's state: play or pause, stop, position and time."""
        media = self.player.player
        self.play_button.setText(self.tr("Pause") if self.player.playing else self.tr("Play"))
        self.stop_button.setEnabled(media is not None and bool(self.player.url))
        position, duration = (media.position(), media.duration()) if media is not None else (0, 0)
        self.position.setEnabled(duration > 0)
        self.position.setRange(0, max(0, duration))
        if not self.position.isSliderDown():
            self.position.setValue(position)
        self.time.setText(f"{clock_text(position // 1000)} / {clock_text(duration // 1000)}")
