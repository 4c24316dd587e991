"""Plumbing under the features: GUI-owned asyncio tasks, the single-instance server, links the OS
sends as events, and the PySide6 reference-count guard."""
