"""Where the screen-pops go: a pure function, so the rules are tested without a screen.

Pops stack up from the bottom of the screen's work area, the oldest lowest, each above the one
below with a margin, never overlapping. When they do not all fit (or more than ``max_shown``), the
oldest are *collapsed*: hidden, and counted in one "N more calls" pop at the bottom. A pop the
pointer is over is *held*: it keeps its place, and the others are placed around it.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(slots=True)
class Stack:
    """``tops[i]`` is where pop ``i`` goes (None: collapsed); ``more_top`` the "N more" pop's (None: none)."""

    tops: list[int | None]
    more_top: int | None
    collapsed: int


def stack(
    heights: list[int],
    *,
    top: int,
    bottom: int,
    margin: int,
    max_shown: int,
    more_height: int,
    held: dict[int, int] | None = None,
) -> Stack:
    """Place pops of ``heights`` (oldest first) between ``top`` and ``bottom`` (screen y).

    ``held`` maps the index of a pop under the pointer to its current top: it stays there and
    the pops above it are placed above it; it is never collapsed.
    """
    held = held or {}
    count = len(heights)
    # the newest that fit, from the bottom up, leaving room for the "N more" pop when some do not
    for shown in range(min(count, max_shown), -1, -1):
        first = count - shown  # pops[first:] are shown
        needed = sum(heights[first:]) + margin * max(0, shown - 1)
        if first:
            needed += more_height + margin
        if needed <= bottom - top or shown == 0:
            break
    first = min(first, min(held, default=first))  # a held pop is never collapsed
    tops: list[int | None] = [None] * count
    cursor = bottom
    more_top = None
    if first:
        more_top = cursor - more_height
        cursor = more_top - margin
    for index in range(first, count):
        if index in held:
            tops[index] = held[index]
            cursor = min(cursor, held[index] - margin)
            continue
        place = cursor - heights[index]
        tops[index] = max(top, place)
        cursor = tops[index] - margin  # type: ignore[operator]
    return Stack(tops=tops, more_top=more_top, collapsed=first)
