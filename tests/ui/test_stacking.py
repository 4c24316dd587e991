"""The pops' placement rules (pure: no screen)."""

from __future__ import annotations

import itertools

from agent_desk.ui.pops.stacking import stack


def overlaps(tops, heights):
    spans = sorted((t, t + h) for t, h in zip(tops, heights, strict=True) if t is not None)
    return any(a[1] > b[0] for a, b in itertools.pairwise(spans))


def test_pops_stack_up_from_the_bottom_without_overlap():
    result = stack([200, 250, 220], top=0, bottom=1000, margin=10, max_shown=3, more_height=60)
    assert result.collapsed == 0 and result.more_top is None
    assert result.tops == [800, 540, 310], "the oldest lowest"
    assert not overlaps(result.tops, [200, 250, 220])


def test_on_a_768_px_screen_the_oldest_collapse_into_one_more_calls_pop():
    heights = [300, 320, 310, 330]
    result = stack(heights, top=0, bottom=740, margin=12, max_shown=3, more_height=60)
    assert result.collapsed == 2, "two fit above the 'N more calls' pop"
    assert result.tops[:2] == [None, None] and result.more_top == 680
    shown = [t for t in result.tops if t is not None]
    assert min(shown) >= 0 and not overlaps(result.tops, heights)
    assert result.tops[2] + heights[2] <= result.more_top - 12


def test_more_than_max_shown_collapse_even_when_they_fit():
    result = stack([100] * 5, top=0, bottom=2000, margin=10, max_shown=3, more_height=40)
    assert result.collapsed == 2 and result.tops[:2] == [None, None]


def test_a_pop_under_the_pointer_keeps_its_place_and_is_not_collapsed():
    heights = [200, 200, 200]
    result = stack(heights, top=0, bottom=700, margin=10, max_shown=3, more_height=50, held={0: 480})
    assert result.tops[0] == 480 and result.collapsed == 0
    assert not overlaps(result.tops, heights)
