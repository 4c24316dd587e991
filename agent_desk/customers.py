"""A local index of the PBX's customer list, so a screen-pop finds its customer without paging.

The TEL4VN document has no phone filter for ``GET /v2/customer``: looking a number up meant paging
through the whole list on every pop (at most 20 pages of 100, so a customer past the 2,000th
showed as unknown). :class:`CustomerIndex` keeps the list by national phone number in memory
(a dict: a lookup costs microseconds) and in ``customers-<profile>.json`` in the data directory,
so a restart starts with the last copy. :meth:`CustomerIndex.sync` reads the whole list again,
page after page, in the background (the API offers nothing to read only what changed; its
``updated_at`` is not a filter) and swaps it in at once; the file is replaced atomically.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from agent_desk.config import default_data_dir
from agent_desk.models import Customer

log = logging.getLogger(__name__)

PAGE_SIZE = 100
MAX_CUSTOMERS = 1_000_000  # a sync stops here (a PBX that never says "last page" cannot fill the disk)

#: ``fetch(offset, limit)`` → one page of customers and the list's total where the PBX gives one
FetchPage = Callable[[int, int], Awaitable[tuple[list[Customer], int | None]]]


def national(phone: str | None) -> str:
    """Digits of a Vietnamese number in national form (``+84 901…`` → ``0901…``)."""
    digits = re.sub(r"\D", "", phone or "")
    return "0" + digits[2:] if digits.startswith("84") and len(digits) > 9 else digits


class CustomerIndex:
    """The customer list by phone number, in memory and in one JSON file (see the module doc)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.synced_at: float | None = None  # when the copy was last read in full
        self._by_phone: dict[str, Customer] = {}
        self._load()

    @classmethod
    def for_profile(cls, profile_name: str) -> CustomerIndex:
        safe = re.sub(r"[^\w.-]", "_", profile_name)
        return cls(default_data_dir() / f"customers-{safe}.json")

    def __len__(self) -> int:
        return len(self._by_phone)

    @property
    def ready(self) -> bool:
        """True once a full copy exists (from a sync, now or in an earlier run)."""
        return self.synced_at is not None

    def lookup(self, phone: str) -> Customer | None:
        return self._by_phone.get(national(phone)) if phone else None

    async def sync(self, fetch: FetchPage, page_size: int = PAGE_SIZE) -> int:
        """Read the whole list again and swap it in; returns how many customers it holds."""
        fresh: dict[str, Customer] = {}
        offset = 0
        while offset < MAX_CUSTOMERS:
            customers, total = await fetch(offset, page_size)
            for customer in customers:
                key = national(customer.phone)
                if key:
                    fresh.setdefault(key, customer)
            offset += len(customers)
            if len(customers) < page_size or (total is not None and offset >= total):
                break
        self._by_phone, self.synced_at = fresh, time.time()
        self._save()
        return len(fresh)

    # ------------------------------------------------------------------ file
    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            rows = data["customers"]
            synced_at = float(data["synced_at"])
            self._by_phone = {
                national(row["phone"]): Customer(id=row["id"], name=row["name"], phone=row["phone"], code=row["code"])
                for row in rows
                if national(row.get("phone"))
            }
            self.synced_at = synced_at
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError) as exc:  # a damaged copy: the next sync replaces it
            log.warning("the customer index %s cannot be read (%s); it will be read again from the PBX", self.path, exc)

    def _save(self) -> None:
        rows = [{"id": c.id, "name": c.name, "phone": c.phone, "code": c.code} for c in self._by_phone.values()]
        temporary = self.path.with_suffix(".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(
                json.dumps({"synced_at": self.synced_at, "customers": rows}, ensure_ascii=False), encoding="utf-8"
            )
            os.replace(temporary, self.path)
        except OSError as exc:  # the copy in memory still serves this session
            log.warning("the customer index cannot be saved to %s: %s", self.path, exc)
            with contextlib.suppress(OSError):
                temporary.unlink()
