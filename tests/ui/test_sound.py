"""ui/common/sound.py: WAV and MP3 played through Qt's audio output, no media backend plugin.

The decoding, the length and the position work with or without a sound output; where the machine
has none (a CI runner, offscreen), playing says so in words instead of pretending to play.
"""

from __future__ import annotations

from PySide6.QtMultimedia import QMediaDevices

from agent_desk.audio import DecodedAudio
from agent_desk.ui.common.sound import PcmPlayer
from agent_desk.ui.history.recording_player import PlayerBar, RecordingPlayer
from tests.helpers import until
from tests.helpers.audio import MP3_TONE, tone_wav


def has_sound_output() -> bool:
    return not QMediaDevices.defaultAudioOutput().isNull()


def test_a_wav_and_an_mp3_load_with_their_length(qapp, tmp_path):
    player = PcmPlayer()
    changes = []
    player.changed.connect(lambda: changes.append(player.duration_ms))
    assert player.load(tone_wav(tmp_path / "call.wav", seconds=1.5))
    assert (player.duration_ms, player.position_ms, player.playing, player.error) == (1500, 0, False, "")
    assert player.load(MP3_TONE, DecodedAudio.open(MP3_TONE)), "opened already (off the GUI thread)"
    assert 2000 <= player.duration_ms <= 2200 and player.position_ms == 0
    assert changes[-1] == player.duration_ms, "every load is announced"
    player.seek(1200)
    assert player.position_ms == 1200 and not player.playing, "a stopped sound waits where it was put"
    player.seek(99_000)
    assert player.position_ms == player.duration_ms
    player.stop()
    assert player.position_ms == 0


def test_a_file_that_is_not_a_sound_is_explained(qapp, tmp_path):
    broken = tmp_path / "recording-1.mp3"
    broken.write_bytes(b"<html>Forbidden</html>")
    player = RecordingPlayer()
    player.play(broken.as_uri())
    assert not player.playing and player.duration_ms == 0
    assert (
        player.message
        == "The recording could not be played: the file is not a sound the desk can play (WAV, MP3 or FLAC)"
    )


def test_playing_moves_the_position_or_says_there_is_no_sound_output(run, tmp_path):
    player = RecordingPlayer()
    bar = PlayerBar(player)
    player.play(tone_wav(tmp_path / "call.wav", seconds=1).as_uri())
    assert player.duration_ms == 1000 and bar.time.text().endswith("/ 0:01")
    if not has_sound_output():
        assert not player.playing and bar.play_button.text() == "Play"
        assert player.message == "The recording could not be played: this computer has no sound output"
        return
    assert player.playing and bar.play_button.text() == "Pause" and not player.message
    run(until(lambda: player.position_ms >= 300, what="the position to move"))
    player.pause()
    paused_at = player.position_ms
    assert not player.playing and bar.position.value() == paused_at
    player.seek(800)
    player.play()
    run(until(lambda: not player.playing, timeout=5, what="the end of the recording"))
    assert player.position_ms == 0 and bar.play_button.text() == "Play", "played to the end, back at the start"


def test_dragging_the_position_seeks_once_when_let_go(qapp, tmp_path):
    """A drag does not restart the sound output on every move: the time follows the slider, the seek
    happens on release; a click on the groove or a key seeks at once."""
    from PySide6.QtWidgets import QAbstractSlider

    player = RecordingPlayer()
    bar = PlayerBar(player)
    assert player.load(tone_wav(tmp_path / "call.wav", seconds=3))
    player.play()  # where there is a sound output; here or not, the drag below must not seek
    playing = player.playing
    changes: list[int] = []
    player.changed.connect(lambda: changes.append(player.position_ms))
    bar.position.setSliderDown(True)
    for value in (700, 1400, 2100):
        bar.position.setSliderPosition(value)
    assert bar.time.text() == "0:02 / 0:03", "the time shows where the slider is"
    assert not [c for c in changes if c >= 700], "no seek while dragging"
    bar.position.setSliderDown(False)
    assert player.position_ms >= 2100 and player.playing == playing, "one seek on release, playback kept"
    bar.position.triggerAction(QAbstractSlider.SliderAction.SliderPageStepAdd)
    assert player.position_ms >= 2100 + bar.position.pageStep()
    player.stop()


QUIET_PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QUrl, qWarning
from PySide6.QtWidgets import QApplication
app = QApplication([])
if sys.argv[1]:
    QCoreApplication.setLibraryPaths([sys.argv[1]])  # no plugins at all: no media backend, as in the Linux bundle
from PySide6.QtMultimedia import QSoundEffect
from agent_desk.ui.common.media_backend import media_backend_quiet
with media_backend_quiet():
    ring = QSoundEffect()
    qWarning("another warning, inside the block")
ring.setSource(QUrl.fromLocalFile(sys.argv[2]))
import time
deadline = time.monotonic() + 20
while ring.status() == QSoundEffect.Status.Loading and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.01)
print("ring", ring.status().name)
"""


def test_no_media_backend_warning_and_the_ring_loads_as_with_one(tmp_path):
    """Qt's "No QtMultimedia backends found" is dropped when QtMultimedia first starts without a backend
    plugin (a fresh process: it starts once per process); other messages still reach stderr, and the
    ring sound ends as it does with the installed plugins (Ready, or Error where the machine has no
    sound output that plays it)."""
    import subprocess
    import sys

    from agent_desk.ui.common.paths import resources_dir

    plugins = tmp_path / "no-plugins"
    plugins.mkdir()
    ring = str(resources_dir() / "sounds" / "ring.wav")
    bare, usual = (
        subprocess.run([sys.executable, "-c", QUIET_PROBE, path, ring], capture_output=True, text=True, timeout=60)
        for path in (str(plugins), "")
    )
    assert bare.returncode == 0, bare.stderr
    assert "another warning, inside the block" in bare.stderr
    assert "No QtMultimedia backends found" not in bare.stderr
    assert bare.stdout.split()[0] == "ring" and bare.stdout == usual.stdout, (bare.stdout, usual.stdout)
