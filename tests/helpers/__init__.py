"""Helpers shared by the tests, the screenshot scripts and the benchmarks (fixtures live in conftest.py).

:func:`until` is the one way to wait for a condition while the event loop keeps running.
"""

from __future__ import annotations

from tests.helpers.waiting import until

__all__ = ["until"]
