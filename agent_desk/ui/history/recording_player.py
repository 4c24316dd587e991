"""Playing a call recording inside the app, and the bar of controls under the table.

:class:`RecordingPlayer` decodes the downloaded recording (WAV, MP3, FLAC) with agent_desk.audio and
plays it through Qt's audio output (ui/common/sound.py): no media backend plugin. It holds one
recording at a time. :class:`PlayerBar` shows play/pause, stop, the position (draggable: a drag seeks
once, when the slider is let go, so the sound output is not restarted on every move) and "Open",
and asks its owner, by signal, what to play: only the owner knows which call is selected and how its
provider turns a record into a URL. Where the computer has no sound output, the player says so and
"Open" still hands the file to another program.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractSlider, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from agent_desk.audio import DecodedAudio
from agent_desk.ui.common.messages import fill
from agent_desk.ui.common.sound import PcmPlayer
from agent_desk.ui.dialing.call_log import clock_text


class RecordingPlayer(PcmPlayer):
    """One recording at a time, by its local ``file:`` URL; ``message`` explains a failure to the agent."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = ""

    def play(self, url: str = "", audio: DecodedAudio | None = None) -> None:
        """Play ``url`` from the start, or resume the loaded recording (``url`` empty or the same).

        ``audio``: the file already opened (off the GUI thread) by the caller."""
        from PySide6.QtCore import QUrl

        if url and url != self.url:
            self.url = url
            if not self.load(Path(QUrl(url).toLocalFile()), audio):
                return
        super().play()

    def unload(self) -> None:
        """Stop and forget the recording (signing out, a new search)."""
        self.url = ""
        super().unload()

    @property
    def message(self) -> str:
        """Why the recording did not play, in a sentence; "" when nothing failed."""
        return fill(self.tr("The recording could not be played: %1"), self.error) if self.error else ""


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
        self.position.sliderMoved.connect(self._show_time)  # while dragging, the time follows; no seek yet
        self.position.sliderReleased.connect(lambda: player.seek(self.position.value()))
        self.position.actionTriggered.connect(self._slider_action)
        player.changed.connect(self.show_state)
        self.set_available("")

    def set_available(self, reason: str) -> None:
        """Enable play and open for the selected call, or disable them with ``reason`` as tooltip."""
        for button in (self.play_button, self.open_button):
            button.setEnabled(not reason or (self.player.playing and button is self.play_button))
        self.play_button.setToolTip(reason or self.tr("Play the selected call's recording here"))
        self.show_state()

    def _slider_action(self, action: int) -> None:
        """A click on the groove or a key (not a drag: that seeks on release) seeks at once."""
        if action != QAbstractSlider.SliderAction.SliderMove.value:
            self.player.seek(self.position.sliderPosition())

    def _show_time(self, position: int) -> None:
        self.time.setText(f"{clock_text(position // 1000)} / {clock_text(self.player.duration_ms // 1000)}")

    def show_state(self) -> None:
        """Show the player's state: play or pause, stop, position and time."""
        self.play_button.setText(self.tr("Pause") if self.player.playing else self.tr("Play"))
        self.stop_button.setEnabled(self.player.audio is not None)
        position, duration = self.player.position_ms, self.player.duration_ms
        self.position.setEnabled(duration > 0)
        self.position.setRange(0, max(0, duration))
        if not self.position.isSliderDown():
            self.position.setValue(position)
            self._show_time(position)
