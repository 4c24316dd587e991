"""Benchmarks run by ``make bench`` (``python -m tests.bench``); see README.md."""
