"""Decoding sound files (call recordings, the ring) into 16-bit PCM, with miniaudio's dr_wav/dr_mp3/dr_flac.

Qt-free. The desk plays the PCM through Qt's own audio output (ui/common/sound.py), so the bundle needs
no media backend (FFmpeg) to play a WAV or MP3 recording. :class:`DecodedAudio` streams: a recording is
never decoded into memory whole (a two-hour MP3 would be gigabytes of PCM), it is read a chunk at a
time from any position.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import miniaudio

from agent_desk.errors import AgentDeskError

SAMPLE_BYTES = 2  # signed 16-bit samples
MAX_CHANNELS = 2  # more channels are mixed down to stereo


class AudioError(AgentDeskError):
    """The file is not a sound the desk can decode (not WAV, MP3 or FLAC, or damaged)."""


@dataclass(frozen=True)
class DecodedAudio:
    """A sound file opened for decoding: its format, length, and its PCM from any position."""

    path: Path
    sample_rate: int
    channels: int
    frames: int

    @classmethod
    def open(cls, path: Path) -> DecodedAudio:
        """Read the file's format and length; :class:`AudioError` if it cannot be decoded."""
        try:
            info = miniaudio.get_file_info(str(path))
        except (miniaudio.MiniaudioError, OSError) as exc:
            raise AudioError(f"not a WAV, MP3 or FLAC sound: {path.name}") from exc
        if info.sample_rate <= 0 or info.nchannels <= 0:
            raise AudioError(f"a sound without samples: {path.name}")
        return cls(path, info.sample_rate, min(info.nchannels, MAX_CHANNELS), max(0, info.num_frames))

    @property
    def frame_bytes(self) -> int:
        return self.channels * SAMPLE_BYTES

    @property
    def duration_ms(self) -> int:
        return self.frames * 1000 // self.sample_rate

    def frame_at(self, milliseconds: int) -> int:
        """The frame at ``milliseconds`` from the start, within the sound."""
        return max(0, min(self.frames, milliseconds * self.sample_rate // 1000))

    def pcm(self, start_frame: int = 0, chunk_frames: int = 4096) -> Iterator[bytes]:
        """Interleaved signed 16-bit PCM (native byte order, as Qt plays it), ``start_frame`` to the end, in chunks."""
        try:
            stream = miniaudio.stream_file(
                str(self.path),
                output_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=self.channels,
                sample_rate=self.sample_rate,
                frames_to_read=chunk_frames,
                seek_frame=start_frame,
            )
        except (miniaudio.MiniaudioError, OSError) as exc:
            raise AudioError(f"the sound cannot be read from {start_frame}: {self.path.name}") from exc
        for samples in stream:
            if not samples:
                return
            yield samples.tobytes()
