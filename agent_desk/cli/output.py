"""What commands print: one JSON object, or human lines and aligned columns.

Human output shows PBX and customer data (caller ids, names, queues, the PBX's messages), which
may be hostile: :func:`echo`, :func:`table` and :func:`pairs` escape control characters
(:func:`agent_desk.text.printable`), so a caller id's ESC sequences never reach the terminal.
Every human line of a command goes through them; JSON escapes control characters by itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from agent_desk.text import printable


def print_json(value: dict[str, Any]) -> None:
    import json

    print(json.dumps(value, ensure_ascii=False))


def echo(text: str = "") -> None:
    """Print ``text`` with its control characters escaped, line breaks kept."""
    print("\n".join(printable(line) for line in text.split("\n")))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns separated by two spaces; every cell's control characters (line breaks
    included) escaped."""
    cells = [[printable(str(cell)) for cell in row] for row in (headers, *rows)]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip() for row in cells)


def pairs(rows: Sequence[tuple[str, object]], width: int) -> str:
    """``name  value`` lines, names padded to ``width``; values' control characters escaped."""
    return "\n".join(f"{name:<{width}} {printable(str(value))}" for name, value in rows)


def when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else ""


def seconds(value: int | None) -> str:
    return "" if value is None else f"{value // 60}:{value % 60:02d}"


def phone(number: str | None) -> str:
    from agent_desk.phone import display

    return display(number)
