"""agent_desk.audio: WAV and MP3 recordings decoded to 16-bit PCM, whole or from any position."""

from __future__ import annotations

import array
import wave

import pytest

from agent_desk.audio import AudioError, DecodedAudio
from tests.helpers.audio import MP3_TONE, tone_wav


def test_a_wav_recording_decodes_to_its_own_samples(tmp_path):
    audio = DecodedAudio.open(tone_wav(tmp_path / "call.wav", seconds=1.5, rate=16000, channels=2))
    assert (audio.sample_rate, audio.channels, audio.frames, audio.duration_ms) == (16000, 2, 24000, 1500)
    pcm = b"".join(audio.pcm())
    with wave.open(str(tmp_path / "call.wav")) as original:
        assert pcm == original.readframes(original.getnframes()), "16-bit WAV passes through unchanged"


def test_an_mp3_recording_decodes_to_a_tone():
    audio = DecodedAudio.open(MP3_TONE)
    assert (audio.sample_rate, audio.channels) == (8000, 1)
    assert 2000 <= audio.duration_ms <= 2200, "two seconds, with the encoder's padding"
    samples = array.array("h", b"".join(audio.pcm()))
    assert len(samples) == audio.frames
    assert max(samples) > 3000, "a tone, not silence"


def test_decoding_starts_anywhere(tmp_path):
    audio = DecodedAudio.open(tone_wav(tmp_path / "call.wav", seconds=2))
    assert audio.frame_at(500) == 4000 and audio.frame_at(-1) == 0 and audio.frame_at(10_000) == audio.frames
    whole = b"".join(audio.pcm())
    assert b"".join(audio.pcm(audio.frame_at(500), chunk_frames=100)) == whole[4000 * audio.frame_bytes :]
    mp3 = DecodedAudio.open(MP3_TONE)
    rest = b"".join(mp3.pcm(mp3.frame_at(1000)))
    assert len(rest) == (mp3.frames - 8000) * mp3.frame_bytes


@pytest.mark.parametrize("content", [b"", b"<html>404 Not Found</html>", b"RIFF\x10\x00\x00\x00WAVEjunk"])
def test_a_file_that_is_not_a_sound_is_refused_by_name(tmp_path, content):
    path = tmp_path / "recording-1.wav"
    path.write_bytes(content)
    with pytest.raises(AudioError, match=r"recording-1\.wav"):
        DecodedAudio.open(path)
    with pytest.raises(AudioError, match=r"missing\.mp3"):
        DecodedAudio.open(tmp_path / "missing.mp3")
