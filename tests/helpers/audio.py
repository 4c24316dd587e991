"""Recordings for the audio tests: a tone as WAV, written on demand, and the MP3 fixture."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

MP3_TONE = Path(__file__).parent.parent / "fixtures" / "tone-2s.mp3"  # lame -m m -b 16: 2 s of 440 Hz at 8 kHz


def tone_wav(path: Path, seconds: float = 1.0, rate: int = 8000, channels: int = 1) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        samples = (int(6000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(int(seconds * rate)))
        out.writeframes(b"".join(struct.pack("<h", s) * channels for s in samples))
    return path
