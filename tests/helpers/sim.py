"""The simulator's settings for tests."""

from __future__ import annotations

from agent_desk.sim.world import SimSettings


def fast_settings(**overrides) -> SimSettings:
    """Timings short enough for tests; no background traffic."""
    values = dict(
        answer_delay=0.05,
        customer_answer_delay=0.05,
        talk_time=(0.1, 0.15),
        ring_timeout=0.5,
        cdr_delay=0.02,
        rate_per_min=0.0,
        history_size=60,
    )
    values.update(overrides)
    return SimSettings(**values)
