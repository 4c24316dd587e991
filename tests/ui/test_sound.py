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
