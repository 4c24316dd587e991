"""What commands print: one JSON object, or aligned human columns."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any


def print_json(value: dict[str, Any]) -> None:
    import json

    print(json.dumps(value, ensure_ascii=False))


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns separated by two spaces."""
    widths = [max(len(str(r[i])) for r in (headers, *rows)) for i in range(len(headers))]
    return "\n".join(
        "  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=False)).rstrip() for row in (headers, *rows)
    )


def when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S") if value else ""


def seconds(value: int | None) -> str:
    return "" if value is None else f"{value // 60}:{value % 60:02d}"


def phone(number: str | None) -> str:
    from agent_desk.phone import display

    return display(number)
