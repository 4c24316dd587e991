"""Test-only program, never shipped: does a trial bundle decode and play sound without Qt's media backend?

Built next to ``agent-desk`` when the spec runs with ``AGENT_DESK_AUDIO_CHECK=1`` (so it uses the
bundle's own miniaudio, Qt libraries and plugins), run as::

    QT_QPA_PLATFORM=offscreen dist/agent-desk/agent-desk-audio-check RECORDING.wav RECORDING.mp3

Prints one JSON object: each file's decoded format, length and PCM byte count, what the app's
player did with each (the position every 250 ms for 4 s, or its message where the machine has no
sound output), and the status of a QSoundEffect on the ring sound.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from agent_desk.audio import DecodedAudio
from agent_desk.ui.common.paths import resources_dir
from agent_desk.ui.history.recording_player import RecordingPlayer


def wait(milliseconds: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def main(files: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    report: dict[str, object] = {"files": []}
    for name in files:
        audio = DecodedAudio.open(Path(name))
        pcm = sum(len(chunk) for chunk in audio.pcm())
        report["files"].append(  # type: ignore[union-attr]
            {
                "file": Path(name).name,
                "rate": audio.sample_rate,
                "channels": audio.channels,
                "duration_ms": audio.duration_ms,
                "pcm_bytes": pcm,
            }
        )
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

    report["sound_output"] = QMediaDevices.defaultAudioOutput().description()
    report["player"] = []
    for name in files:
        player = RecordingPlayer()
        player.play(Path(name).resolve().as_uri())
        started, positions = player.playing, []
        for _ in range(16):  # the position every 250 ms for 4 s: it moves, then back to 0 at the end
            wait(250)
            positions.append(player.position_ms)
        report["player"].append(  # type: ignore[union-attr]
            {
                "file": Path(name).name,
                "started": started,
                "positions_ms": positions,
                "playing_after_4_s": player.playing,
                "duration_ms": player.duration_ms,
                "message": player.message,
            }
        )
        player.unload()
    ring = QSoundEffect()
    ring.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / "ring.wav")))
    wait(500)
    ring.play()
    wait(300)
    report["ring"] = {"status": ring.status().name, "playing": ring.isPlaying()}
    print(json.dumps(report, indent=1))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
