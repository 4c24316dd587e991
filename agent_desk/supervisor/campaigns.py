"""Outbound campaigns, provider-neutral: customer lists read from CSV/XLSX, and the campaign values.

:func:`read_customers` reads a customer file (CSV in UTF-8, with or without a BOM, comma or
semicolon separated; or the first sheet of an XLSX workbook). The first row names the columns:

Headers are compared in lower case without diacritics (``Số điện thoại`` is ``so_dien_thoai``):

* ``id`` (also ``customer_id``, ``code``, ``ma_kh``): the customer's id; when absent or empty,
  the customer's first number is the id;
* ``name`` (also ``customer_name``, ``ho_ten``, ``ten``): optional;
* one or more number columns: ``phone``, ``mobile``, ``phone_number``, ``so_dien_thoai``,
  ``sdt``, numbered variants such as ``phone2``; a cell may also hold several numbers separated
  by ``,``, ``;`` or ``/``;
* any other column is kept as an extra field (TEL4VN ``contract_number``, OnePOS ``custom_1``).

Every number goes through ``phonenumbers`` (region VN) and is kept in the national format the
Vietnamese PBXs dial (``0901234567``). A row is refused, with its line number (the header is line
1), when it has no valid number, a number that is not a valid Vietnamese phone number, or an id
already used on an earlier line. Nothing is sent while any row is refused: the caller shows the
whole list of problems first.

:class:`CampaignStore` keeps the campaigns the desk created where the PBX cannot list them
(TEL4VN has no list call): a JSON file ``campaigns.json`` in the data directory, per profile.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from agent_desk.errors import ConfigError
from agent_desk.models import _Record

ID_COLUMNS = ("id", "customer_id", "code", "customer_code", "ma_kh", "makh")
NAME_COLUMNS = ("name", "customer_name", "ho_ten", "hoten", "ten", "full_name")
PHONE_COLUMNS = ("phone", "mobile", "mobiles", "phone_number", "so_dien_thoai", "sdt", "dien_thoai", "number", "tel")
MAX_ROWS = 100_000
MAX_FILE_BYTES = 20 * 1024 * 1024
_SPLIT = re.compile(r"[,;/|]")
#: campaign states every provider's answer is mapped onto
STATES = ("draft", "running", "stopped", "completed", "unknown")


@dataclasses.dataclass(slots=True)
class CustomerRow(_Record):
    """One customer of a campaign file: ``line`` is its line in the file (header = 1)."""

    line: int
    id: str
    name: str
    phones: list[str]
    extra: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(slots=True)
class Problem(_Record):
    """Why one line of a customer file was refused."""

    line: int
    message: str


@dataclasses.dataclass(slots=True)
class CustomerFile:
    """What :func:`read_customers` found: good rows and refused lines."""

    rows: list[CustomerRow]
    problems: list[Problem]


@dataclasses.dataclass(slots=True)
class CampaignSpec:
    """A campaign to create, in the desk's terms; each provider maps it onto its own fields.

    ``ratio``: calls per free agent (TEL4VN ``precall_ratio`` as a percentage, OnePOS
    ``dial_ratio``); ``retries``: attempts after the first (``max_recall_count``,
    ``retry_times``); ``template``: a TEL4VN autocall (IVR) queue instead of an autodialer one.
    """

    name: str
    customers: list[CustomerRow]
    queue: str | None = None
    agents: list[str] = dataclasses.field(default_factory=list)
    ratio: float = 1.0
    retries: int = 0
    template: str | None = None


@dataclasses.dataclass(slots=True)
class Campaign(_Record):
    """A campaign as a list shows it. Counts are None where the provider does not tell."""

    id: str
    name: str
    state: str  # one of STATES
    kind: str  # "autodialer" | "autocall" | "campaign"
    queue: str | None = None
    total: int | None = None
    called: int | None = None
    answered: int | None = None
    pending: int | None = None
    created_at: str | None = None
    source: str = "pbx"  # "pbx": listed by the PBX; "desk": kept by this desk (the PBX has no list)
    raw: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)

    @property
    def progress(self) -> float | None:
        """Share of the leads that are finished (0..1), None when unknown."""
        if not self.total or self.pending is None:
            return None
        return max(0.0, min(1.0, (self.total - self.pending) / self.total))


@dataclasses.dataclass(slots=True)
class CampaignReport(_Record):
    """A per-campaign report: outcome counts and, where the provider tells, each lead."""

    campaign_id: str
    name: str
    state: str
    total: int
    called: int | None = None  # None: the PBX does not report it
    answered: int | None = None
    busy: int | None = None
    no_answer: int | None = None
    failed: int | None = None
    pending: int | None = None
    talk_time: int | None = None
    leads: list[dict[str, Any]] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(slots=True)
class DncResult(_Record):
    """What ``dnc add`` did: which numbers were blocked where, and which matched nothing."""

    blocked: dict[str, list[str]]  # number → the campaigns/queues it was blocked in
    unmatched: list[str]


# ---------------------------------------------------------------------- numbers
def normalize(text: str) -> str:
    """A customer number in the national format (``0901234567``); ValueError saying why not."""
    import phonenumbers

    raw = text.strip()
    compact = re.sub(r"[\s().\-]", "", raw)
    if compact.startswith("84") and len(compact) in (11, 12):
        compact = "+" + compact
    elif compact.startswith("00"):
        compact = "+" + compact[2:]
    try:
        parsed = phonenumbers.parse(compact, "VN")
    except phonenumbers.NumberParseException:
        raise ValueError(f"'{raw}' is not a phone number") from None
    if parsed.country_code != 84:
        raise ValueError(f"'{raw}' is not a Vietnamese number")
    if not phonenumbers.is_valid_number(parsed):
        raise ValueError(f"'{raw}' is not a valid Vietnamese phone number")
    return "0" + str(parsed.national_number)


# ---------------------------------------------------------------------- reading files
def _header_key(text: Any) -> str:
    """``Số điện thoại`` → ``so_dien_thoai``: lower case, no diacritics, ``_`` for spaces."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", str(text or "").strip().lower().replace("đ", "d"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9_]", "", re.sub(r"[\s\-]+", "_", plain))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a number typed into a spreadsheet cell: 901234567.0
    return str(value).strip()


def _table_from_csv(data: bytes) -> list[list[str]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError("the customer file is not UTF-8 text (save it as CSV UTF-8 or XLSX)") from None
    first = text.split("\n", 1)[0]
    delimiter = "," if first.count(",") >= first.count(";") else ";"  # Excel in Vietnamese locales writes ';'
    return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]


def _table_from_xlsx(data: bytes) -> list[list[str]]:
    import zipfile

    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ConfigError(f"the customer file is not a readable XLSX workbook ({type(exc).__name__})") from None
    try:
        sheet = book.worksheets[0]
        return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def read_customers(path: Path) -> CustomerFile:
    """Read and check a customer file (see the module doc); ConfigError when it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ConfigError(f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    table = _table_from_xlsx(data) if path.suffix.lower() in (".xlsx", ".xlsm") else _table_from_csv(data)
    return parse_table(table)


def parse_table(table: list[list[str]]) -> CustomerFile:
    """Check the rows of a customer table whose first row is the header."""
    if not table or not any(_cell(c) for c in table[0]):
        raise ConfigError("the customer file is empty: the first line must name the columns (id, name, phone)")
    header = [_header_key(c) for c in table[0]]
    id_col = next((i for i, h in enumerate(header) if h in ID_COLUMNS), None)
    name_col = next((i for i, h in enumerate(header) if h in NAME_COLUMNS), None)
    phone_cols = [i for i, h in enumerate(header) if h.rstrip("0123456789_") in PHONE_COLUMNS]
    if not phone_cols:
        raise ConfigError("the customer file has no phone column (name one 'phone', 'mobile' or 'so_dien_thoai')")
    if len(table) - 1 > MAX_ROWS:
        raise ConfigError(f"the customer file has more than {MAX_ROWS} customers")
    used = {id_col, name_col, *phone_cols}
    rows: list[CustomerRow] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for line, raw in enumerate(table[1:], start=2):
        cells = [_cell(c) for c in raw]
        if not any(cells):
            continue  # blank lines are skipped, not refused
        phones: list[str] = []
        bad: list[str] = []
        for col in phone_cols:
            for part in _SPLIT.split(cells[col]):
                if not part.strip():
                    continue
                try:
                    number = normalize(part)
                except ValueError as exc:
                    bad.append(str(exc))
                    continue
                if number not in phones:
                    phones.append(number)
        if bad:
            problems.append(Problem(line, "; ".join(bad)))
            continue
        if not phones:
            problems.append(Problem(line, "no phone number"))
            continue
        customer_id = (cells[id_col] if id_col is not None else "") or phones[0]
        if customer_id in seen:
            problems.append(Problem(line, f"id '{customer_id}' is already used on line {seen[customer_id]}"))
            continue
        seen[customer_id] = line
        extra = {header[i]: cells[i] for i in range(len(cells)) if i not in used and i < len(header) and header[i]}
        name = cells[name_col] if name_col is not None else ""
        rows.append(CustomerRow(line, customer_id, name, phones, {k: v for k, v in extra.items() if v}))
    if not rows and not problems:
        raise ConfigError("the customer file has no customers below its header")
    return CustomerFile(rows, problems)


# ---------------------------------------------------------------------- the desk's own list
#: campaigns.json as last read, by path: (the file's stat signature, its parsed content)
_read: dict[Path, tuple[tuple[int, int, int, int], dict[str, list[dict[str, Any]]]]] = {}


class CampaignStore:
    """The campaigns this desk created, per profile, in ``campaigns.json`` (no secrets in it).

    The file is read again only when it changed (its size, inode, modification or change time): a
    screen-pop asks whether its caller is in a campaign (TEL4VN's do-not-call offer) on the GUI
    thread, for every call. The entries :meth:`load` and :meth:`find` return are shared with that
    cache: change a copy (:meth:`save` takes a new dict), never the entry itself.
    """

    def __init__(self, profile: str, directory: Path | None = None) -> None:
        from agent_desk.config import default_data_dir

        self.profile = profile
        self.path = (directory or default_data_dir()) / "campaigns.json"

    def _load_all(self) -> dict[str, list[dict[str, Any]]]:
        try:
            stat = self.path.stat()
            signature = (stat.st_size, stat.st_ino, stat.st_mtime_ns, stat.st_ctime_ns)
            cached = _read.get(self.path)
            if cached is not None and cached[0] == signature:
                return cached[1]
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            _read.pop(self.path, None)
            return {}
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read the desk's campaign list {self.path}: {exc}") from None
        everything = data if isinstance(data, dict) else {}
        _read[self.path] = (signature, everything)
        return everything

    def load(self) -> list[dict[str, Any]]:
        entries = self._load_all().get(self.profile, [])
        return [e for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)]

    def find(self, campaign_id: str) -> dict[str, Any] | None:
        return next((e for e in self.load() if e["id"] == campaign_id), None)

    def save(self, entry: dict[str, Any]) -> None:
        """Add or replace the entry with ``entry["id"]`` (written atomically)."""
        everything = dict(self._load_all())  # the read is cached: not changed in place
        mine = [e for e in everything.get(self.profile, []) if isinstance(e, dict) and e.get("id") != entry["id"]]
        everything[self.profile] = [*mine, entry]
        self._write(everything)

    def remove(self, campaign_id: str) -> None:
        everything = dict(self._load_all())
        everything[self.profile] = [e for e in everything.get(self.profile, []) if e.get("id") != campaign_id]
        self._write(everything)

    def _write(self, everything: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".campaigns-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(everything, out, ensure_ascii=False, indent=1)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def write_leads_csv(report: CampaignReport, target: Path) -> None:
    """A campaign report's leads as CSV (UTF-8 with a BOM, so Excel reads the Vietnamese names)."""
    columns = ["id", "name", "phone", "status", "attempts", "agent"]
    with target.open("w", newline="", encoding="utf-8-sig") as out:
        writer = csv.DictWriter(out, columns, extrasaction="ignore")
        writer.writeheader()
        for lead in report.leads:
            writer.writerow({k: ("" if lead.get(k) is None else lead.get(k)) for k in columns})


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
