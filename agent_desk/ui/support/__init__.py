"""Plumbing under the features: GUI-owned asyncio tasks, the single-instance server, links the OS
sends as events, the PySide6 reference-count guard, and garbage collection on the GUI thread."""
