"""The one interface every PBX dialect implements, and the HTTP plumbing they share.

A provider module defines one :class:`Provider` subclass that sets ``key`` and overrides the
operations its document offers; its ``title`` and ``capabilities`` come from its entry in
:mod:`agent_desk.providers.registry`. Every operation it does not
override raises :class:`~agent_desk.errors.Unsupported`, so callers may check
:meth:`Provider.supports` first or catch the error and say so in words.

Rules every provider follows (and :meth:`Provider.request` enforces):

* One ``httpx.AsyncClient`` per provider, created on first use and reused.
* Tokens are cached by :class:`TokenCache` and fetched again shortly before they expire; a 401
  invalidates the token and the request is sent once more, except a click-to-call (``once=True``):
  a PBX that answers 401 may still have placed the call, so the desk signs in again and raises
  :class:`~agent_desk.errors.CallNotPlaced` ("press Call again"). A click-to-call is sent at most once.
* Nothing else is ever retried here: a click-to-call that timed out may already ring the
  customer, so it is reported (:class:`~agent_desk.errors.PbxTimeout`), never repeated.
* Transport failures become :class:`~agent_desk.errors.PbxUnreachable` / ``PbxTimeout`` and PBX
  error bodies become typed :class:`~agent_desk.errors.PbxRefused` subclasses via
  :func:`refusal_for_code`.
* Every request has one overall deadline, not only per read: its timeout (``dial_timeout`` for a
  sync click-to-call, else the profile's ``timeout``) plus :data:`DEADLINE_SLACK` seconds, so a
  PBX that drip-feeds its answer cannot hold it longer (``PbxTimeout``). An answer over
  :data:`MAX_ANSWER` bytes (after decompression) is not read further:
  :class:`~agent_desk.errors.AnswerTooLarge`.
* Secrets never appear in exception texts or logs.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import logging
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

import httpx

from agent_desk import errors, tls
from agent_desk.config import Profile
from agent_desk.fetch import BodyTooLarge, capped_send
from agent_desk.models import (
    CDR_STATUSES,
    AccountStatus,
    ActionResult,
    AgentState,
    CallAction,
    CallEvent,
    Capability,
    CdrPage,
    CdrRecord,
    Customer,
    DialResult,
    HistoryQuery,
    LiveCall,
    QueueStats,
    WebhookRegistration,
    WebhookRequest,
    dial_capability,
)
from agent_desk.providers.registry import REGISTRY
from agent_desk.secrets import SecretStore

log = logging.getLogger(__name__)

#: Fetch a fresh token this many seconds before it expires.
TOKEN_REFRESH_MARGIN = 60.0
RECORDING_MAX_BYTES = 200 * 1024 * 1024  # a two-hour call in 8 kHz 16-bit WAV is about 115 MB
#: A request's overall deadline is its timeout plus this.
DEADLINE_SLACK = 2.0
#: The largest answer read from a PBX (recordings stream to a file with their own cap, RECORDING_MAX_BYTES).
MAX_ANSWER = 10 * 1024 * 1024
_BODY_HEADERS = ("content-encoding", "content-length", "transfer-encoding")

_REFUSALS: dict[str, type[errors.PbxRefused]] = {
    "USER_NOT_REGISTERED": errors.NotRegistered,
    "DEVICE_OFFLINE": errors.NotRegistered,
    "USER_BUSY": errors.UserBusy,
}


def refusal_for_code(code: str | None, message: str | None = None, *, detail: str = "") -> errors.PbxRefused:
    """The typed error for a provider error code such as ``USER_NOT_REGISTERED``.

    Known codes get the agent-readable default sentence; an unknown code keeps the PBX's own
    message (or the code) so nothing the PBX said is lost.
    """
    cls = _REFUSALS.get((code or "").upper())
    if cls is not None:
        return cls(code=code, detail=detail or (message or ""))
    text = f"the PBX refused: {message or code or 'no reason given'}"
    return errors.PbxRefused(text, code=code, detail=detail)


#: answers at least this long are decoded by msgspec first (see :func:`parse_json`)
FAST_JSON_BYTES = 64 * 1024
#: ... in pieces no longer than this where the answer's objects and arrays allow (see :func:`parse_json`)
PIECE_BYTES = 16 * 1024
PIECE_DEPTH = 3  # levels of objects and arrays opened into pieces (a list of rows in an envelope is 2)


def parse_json(data: bytes) -> Any:
    """``json.loads(data)``, faster for long answers (a console's 5,000 live calls: 1.1 MB), and
    never holding the GIL for one whole long answer.

    A decode holds the GIL from start to end, so a worker thread parsing a megabyte in one call
    stalls the GUI thread for as long (json: 16 ms for 5,000 calls on the 2-core test machine;
    msgspec: 7-12 ms, twice a second in a console: its calls and its agents). So a long answer
    is decoded by msgspec in pieces: an object or array longer than :data:`PIECE_BYTES` is first
    split into its members' texts (``msgspec.Raw``: a scan, no values made, about 1.5 ms a
    megabyte), each decoded on its own, down to :data:`PIECE_DEPTH` levels; between two pieces
    the GIL can go to another thread. The values are those of one decode (about a third more
    CPU in all). msgspec gives the same values as json where it decodes (integers of any size
    stay exact, a repeated key keeps its last value) and refuses some texts json accepts
    (``NaN``, ``Infinity``, ``1e400``, a byte-order mark, UTF-16 or UTF-32, a lone surrogate
    escape): those, and every text it refuses, go to ``json.loads``, which accepts or rejects them
    as before. Short answers go to json directly (msgspec is imported with the first long one)."""
    if len(data) >= FAST_JSON_BYTES:
        try:
            return _in_pieces(data, PIECE_DEPTH)
        except ValueError:  # msgspec.DecodeError and ValidationError: json decides
            pass
    return json.loads(data)


def _in_pieces(data: Any, depth: int) -> Any:
    """``data`` (bytes or a ``msgspec.Raw``) decoded, an object or array over :data:`PIECE_BYTES` member by member."""
    decoders = _fast_decoders()
    if depth and len(data) > PIECE_BYTES:
        try:
            members = decoders.object.decode(data)
        except decoders.not_this_type:
            pass
        else:
            return {key: _in_pieces(value, depth - 1) for key, value in members.items()}
        try:
            items = decoders.array.decode(data)
        except decoders.not_this_type:
            pass
        else:
            return [_in_pieces(item, depth - 1) for item in items]
    return decoders.any.decode(data)


@functools.cache
def _fast_decoders() -> Any:
    import types

    import msgspec.json

    return types.SimpleNamespace(
        any=msgspec.json.Decoder(),
        object=msgspec.json.Decoder(dict[str, msgspec.Raw]),
        array=msgspec.json.Decoder(list[msgspec.Raw]),
        not_this_type=msgspec.ValidationError,  # valid JSON, another type at the top
    )


def rows_of(data: bytes) -> tuple[dict[str, Any], list[Any]] | None:
    """An answer ``{..., "data": [rows]}`` as its other members, decoded (their values as
    :func:`parse_json` gives them), and its rows' texts (``msgspec.Raw``); None where it is not
    one (not an object, no list in ``data``) or msgspec refuses its text: :func:`parse_json` then."""
    decoders = _fast_decoders()
    try:
        members = decoders.object.decode(data)
        rows = decoders.array.decode(members.pop("data"))
        return {key: _in_pieces(value, PIECE_DEPTH - 1) for key, value in members.items()}, rows
    except (ValueError, KeyError):  # msgspec.DecodeError and ValidationError, or no data at all
        return None


Record = TypeVar("Record")


class RowMemo(Generic[Record]):
    """The records a list endpoint's rows made at its last read, for the next read (see
    :attr:`Provider.raw_rows`).

    ``fields`` names every field of a row that ``make`` reads (``make`` depends on nothing else);
    the first tells rows apart. A row whose text is byte for byte that of a row of the last read,
    or whose fields of those are, as JSON text, byte for byte those of the last read's row with
    the same first field, gets that row's record back, the same object, without being decoded
    or mapped again (at 5,000 live calls most rows are unchanged from one second to the next;
    a field not read, such as a call's duration, may change every second); any other row is
    decoded (its values as :func:`parse_json` gives them) and mapped by ``make`` (None: the row
    has no record). What is kept of a row refers to a copy of its own text, not to the answer.
    """

    def __init__(self, fields: tuple[str, ...], make: Callable[[dict[str, Any]], Record | None]) -> None:
        import msgspec.json

        null = msgspec.Raw(b"null")  # a missing field reads as null, as row.get() gives None for both
        read_fields = msgspec.defstruct("ReadFields", [(name, msgspec.Raw, null) for name in fields], gc=False)
        self._decode_fields = msgspec.json.Decoder(read_fields).decode
        self._not_an_object = msgspec.ValidationError
        # a row as read: its first field's text, its fields, its record (untracked by the collector, as the records)
        self._kept: Any = msgspec.defstruct("KeptRow", [("key", bytes), ("fields", Any), ("record", Any)], gc=False)
        self._first = fields[0]
        self._make = make
        self._by_text: dict[bytes, Any] = {}  # the last read's rows, by their texts ...
        self._by_key: dict[bytes, Any] = {}  # ... and by their first fields' texts

    def records(self, rows: list[Any]) -> list[Record]:
        """The records of ``rows`` (texts, from :func:`rows_of`) in order; a row that is not an
        object has none. Raises ValueError (nothing kept) where msgspec refuses a changed row's
        text: decode the whole answer with :func:`parse_json` then."""
        last_by_text, last_by_key, first = self._by_text, self._by_key, self._first
        by_text: dict[bytes, Any] = {}
        by_key: dict[bytes, Any] = {}
        records = []
        for row in rows:
            text = bytes(row)
            kept = last_by_text.get(text)
            if kept is None:
                try:
                    fields = self._decode_fields(text)
                except self._not_an_object:
                    continue
                key = bytes(getattr(fields, first))
                kept = last_by_key.get(key)
                if kept is None or kept.fields != fields:
                    kept = self._kept(key, fields, self._make(_in_pieces(text, PIECE_DEPTH - 2)))
            by_text[text] = kept
            by_key[kept.key] = kept
            if kept.record is not None:
                records.append(kept.record)
        self._by_text, self._by_key = by_text, by_key
        return records


def load_json_object(data: bytes | str, what: str = "body") -> dict[str, Any]:
    """A webhook body or websocket frame as a JSON object; BadEvent saying why it is not one."""
    try:
        value = json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: absurdly deep nesting
        raise errors.BadEvent(f"{what} is not JSON") from None
    if not isinstance(value, dict):
        raise errors.BadEvent(f"{what} is not a JSON object")
    return value


def event_time(seconds: float, tz: dt.tzinfo, what: str = "timestamp") -> dt.datetime:
    """A Unix time from an event as a datetime in ``tz``; BadEvent for one out of range (NaN, 1e20)."""
    try:
        return dt.datetime.fromtimestamp(seconds, tz)
    except (OverflowError, OSError, ValueError):
        raise errors.BadEvent(f"{what} out of range: {seconds}") from None


class TokenCache:
    """One bearer token, fetched on demand, refreshed before expiry, never fetched twice at once."""

    def __init__(
        self, fetch: Callable[[], Awaitable[tuple[str, float | None]]], clock: Callable[[], float] = time.time
    ) -> None:
        self._fetch = fetch  # returns (token, expires_at as a Unix time or None)
        self._clock = clock
        self._lock = asyncio.Lock()
        self._token: str | None = None
        self._expires_at: float | None = None

    @property
    def expires_at(self) -> float | None:
        return self._expires_at

    def _fresh(self) -> bool:
        if self._token is None:
            return False
        return self._expires_at is None or self._clock() < self._expires_at - TOKEN_REFRESH_MARGIN

    async def get(self) -> str:
        if self._fresh():
            return self._token  # type: ignore[return-value]
        async with self._lock:
            if not self._fresh():
                self._token, self._expires_at = await self._fetch()
            return self._token  # type: ignore[return-value]

    def invalidate(self) -> None:
        self._token = None
        self._expires_at = None


class Provider:
    """Base class of the PBX dialects. Subclasses override what their document offers.

    A subclass whose ``key`` is registered takes ``title`` and ``capabilities`` from its
    :class:`~agent_desk.providers.registry.ProviderSpec` and must not set them itself (they
    would drift); an unregistered one (a test double) sets its own.
    """

    key: ClassVar[str]
    title: ClassVar[str]
    capabilities: ClassVar[frozenset[Capability]] = frozenset()
    #: ``(method, path)`` routes of the local webhook listener this provider's PBX calls.
    webhook_routes: ClassVar[tuple[tuple[str, str], ...]] = ()
    #: The CDR outcomes :meth:`history` can search for (``HistoryQuery.status``).
    history_statuses: ClassVar[tuple[str, ...]] = tuple(s for s in CDR_STATUSES if s != "unknown")
    #: Profile fields (attribute names) that must be non-empty, checked by :meth:`validate`.
    required_fields: ClassVar[tuple[str, ...]] = ()
    #: Whether the records of :meth:`live_calls` and :meth:`agents` carry the PBX's row in ``raw``.
    #: A reader that reads them again and again and shows no ``raw`` (the console's refresher) sets
    #: it False: their ``raw`` is then empty, and a provider may hand back, for a row unchanged since
    #: its last read, the record it made then (:class:`RowMemo`); so such a reader changes no record.
    raw_rows: bool = True

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        spec = REGISTRY.get(cls.__dict__.get("key", ""))
        if spec is None:
            return
        duplicated = [name for name in ("title", "capabilities") if name in cls.__dict__]
        if duplicated:
            raise TypeError(f"{cls.__name__} sets {duplicated[0]}: it comes from the registry entry '{spec.key}'")
        cls.title = spec.title
        cls.capabilities = spec.capabilities

    def __init__(
        self,
        profile: Profile,
        secrets: SecretStore | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.profile = profile
        self.secrets = secrets or SecretStore(profile)
        self.clock = clock
        self._transport = transport
        self._http: httpx.AsyncClient | None = None
        self.tokens = TokenCache(self._fetch_token, clock)
        self._row_memos: dict[str, RowMemo[Any]] = {}  # by path, made on its first read without raw rows
        self.validate()

    # ----------------------------------------------------------------- set-up and plumbing
    def validate(self) -> None:
        """Raise ConfigError naming the first required profile field that is empty."""
        for field in self.required_fields:
            if not getattr(self.profile, field):
                raise errors.ConfigError(f"profile '{self.profile.name}': {field} is required for {self.key}")

    def supports(self, capability: Capability) -> bool:
        return capability in self.capabilities

    def unsupported(self, capability: Capability) -> errors.Unsupported:
        return errors.Unsupported(self.title, capability.value)

    @property
    def http(self) -> httpx.AsyncClient:
        """The provider's one HTTP client (created lazily: building it costs an SSL context)."""
        if self._http is None:
            self._http = httpx.AsyncClient(
                base_url=self.profile.base_url.rstrip("/"),
                timeout=self.profile.timeout,
                verify=tls.client_context(self.profile),
                transport=self._transport,
                headers={"User-Agent": "agent-desk"},
            )
        return self._http

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()
            self._http = None

    async def __aenter__(self) -> Provider:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _fetch_token(self) -> tuple[str, float | None]:
        """Get a fresh bearer token: ``(token, expires_at)``. Providers with tokens override this."""
        raise NotImplementedError(f"{type(self).__name__} uses no bearer token")

    async def auth_headers(self) -> dict[str, str]:
        """Headers that authenticate a request. Default: the cached bearer token."""
        return {"Authorization": f"Bearer {await self.tokens.get()}"}

    async def request(
        self,
        method: str,
        path: str,
        *,
        auth: bool = True,
        timeout: float | None = None,
        what: str = "the request",
        once: bool = False,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send one request; map transport failures; on 401 refresh the token and send once more
        (``once``: never send again, raise :class:`~agent_desk.errors.CallNotPlaced`).

        ``what`` names the operation in timeout messages ("the click-to-call", ...).
        ``kwargs`` go to ``httpx.AsyncClient.request`` (``params``, ``json``, ``headers``...).
        A 401 that survives the refresh raises :class:`~agent_desk.errors.AuthFailed`, a 5xx raises
        :class:`~agent_desk.errors.PbxUnreachable`; other statuses are returned for the provider
        to interpret.
        """
        extra_headers = kwargs.pop("headers", None) or {}
        if timeout is not None:
            kwargs["timeout"] = timeout
        for attempt in (1, 2):
            headers = dict(extra_headers)
            if auth:
                headers.update(await self.auth_headers())
            response = await self._send(method, path, headers=headers, what=what, **kwargs)
            if response.status_code >= 500:
                raise errors.PbxUnreachable(
                    f"the PBX had a server error (HTTP {response.status_code}); try again in a moment",
                    detail=f"{response.status_code} from {self.redact(path)}",
                )
            if response.status_code != 401 or not auth:
                return response
            log.info("%s %s: 401 on attempt %d", self.key, path, attempt)
            self.tokens.invalidate()
            if once:
                await self._sign_in_again()
                raise errors.CallNotPlaced(detail=f"401 from {self.redact(path)}")
        raise errors.AuthFailed(detail=f"401 from {self.redact(path)}")

    async def _sign_in_again(self) -> None:
        """Fetch a fresh token now, so the agent's next press works; a failure waits for that press."""
        try:
            await self.tokens.get()
        except errors.AgentDeskError as exc:
            log.info("%s: signing in again after a 401 failed: %s", self.key, exc)

    async def _send(self, method: str, path: str, *, what: str, **kwargs: Any) -> httpx.Response:
        """One request under the shared rule (:func:`agent_desk.fetch.capped_send`): the timeout plus
        :data:`DEADLINE_SLACK` for the whole answer, at most :data:`MAX_ANSWER` bytes of it."""
        timeout = kwargs.get("timeout")
        deadline = (timeout if isinstance(timeout, (int, float)) else self.profile.timeout) + DEADLINE_SLACK
        request = self.http.build_request(method, path, **kwargs)
        try:
            response, body = await capped_send(
                self.http, request, deadline=deadline, max_bytes=MAX_ANSWER, host=self.http.base_url.host
            )
        except TimeoutError:
            raise errors.PbxTimeout(f"the PBX did not answer {what} in time") from None
        except BodyTooLarge:
            raise errors.AnswerTooLarge(detail=f"over {MAX_ANSWER} bytes from {self.redact(path)}") from None
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _BODY_HEADERS]
        return httpx.Response(response.status_code, headers=headers, content=body, request=request)

    def redact(self, path: str) -> str:
        """``path`` as it may appear in error details and logs; providers that put a secret in
        the URL path override this to mask it."""
        return path

    @staticmethod
    def json_of(response: httpx.Response) -> Any:
        """The response body as JSON (:func:`parse_json`); a non-JSON body is a PbxRefused that quotes its start."""
        try:
            return parse_json(response.content)
        except ValueError:
            snippet = response.text[:120].strip() or f"HTTP {response.status_code}"
            raise errors.PbxRefused(
                f"the PBX sent an unexpected answer: {snippet}", code=f"HTTP_{response.status_code}"
            ) from None

    def reused_records(
        self,
        response: httpx.Response,
        fields: tuple[str, ...],
        make: Callable[[dict[str, Any]], Record | None],
        check: Callable[[httpx.Response, dict[str, Any]], object],
    ) -> list[Record] | None:
        """Without raw rows (:attr:`raw_rows`), the records of a list answer ``{..., "data": [rows]}``
        through the :class:`RowMemo` of its path (``fields``, ``make``), once ``check(response,
        the answer's other members)`` has raised for a refusal as for the whole answer. None
        where raw rows are wanted or the answer is not such a list as msgspec reads it: decode
        it whole (:meth:`json_of`) then."""
        split = None if self.raw_rows else rows_of(response.content)
        if split is None:
            return None
        head, rows = split
        check(response, head)
        path = response.request.url.path
        memo: RowMemo[Record] | None = self._row_memos.get(path)
        if memo is None:
            memo = self._row_memos[path] = RowMemo(fields, make)
        try:
            return memo.records(rows)
        except ValueError:  # a row msgspec refuses: json decides, as in parse_json
            return None

    # ----------------------------------------------------------------- operations
    async def login(self) -> AccountStatus:
        """Authenticate and report who we are and, where the PBX tells, whether the softphone is registered."""
        raise self.unsupported(Capability.SOFTPHONE_STATUS)

    async def dial(self, number: str, *, mode: str = "sync", customer_id: str | None = None) -> DialResult:
        """Click-to-call ``number`` (already normalized) from the profile's extension; never retried."""
        raise self.unsupported(dial_capability(mode))

    async def live_calls(self) -> list[LiveCall]:
        raise self.unsupported(Capability.LIVE_CALLS)

    async def call_action(self, action: CallAction, call_id: str, extension: str) -> ActionResult:
        """Listen, whisper, barge or transfer (``extension`` is the monitor or the target)."""
        raise self.unsupported(action.capability)

    async def history(self, query: HistoryQuery) -> CdrPage:
        raise self.unsupported(Capability.HISTORY)

    async def recording_url(self, record: CdrRecord) -> str | None:
        """A playable URL for the record's recording; by default ``record.recording`` itself."""
        if not self.supports(Capability.RECORDINGS):
            raise self.unsupported(Capability.RECORDINGS)
        return record.recording or None

    async def download_recording(self, record: CdrRecord, dest: Path, *, max_bytes: int = RECORDING_MAX_BYTES) -> Path:
        """Fetch the record's recording into ``dest`` through this provider's own client.

        The certificate is checked like every other request of the profile (OS trust store, ``ca_file``),
        the provider's auth headers go only to the PBX's own host, the whole download has the profile's
        ``timeout`` per read and a size cap (:class:`~agent_desk.errors.PbxRefused` past ``max_bytes``).
        Returns ``dest``; a partial file is removed.
        """
        url = await self.recording_url(record)
        if not url:
            raise errors.NotFound("this call has no recording")
        target = httpx.URL(url) if "://" in url else self.http.base_url.join(url)
        headers = await self.auth_headers() if target.host == self.http.base_url.host else {}
        received = 0
        try:
            async with self.http.stream("GET", target, headers=headers) as response:
                if response.status_code >= 400:
                    raise errors.PbxRefused(
                        f"the PBX refused: the recording is not available (HTTP {response.status_code})"
                    )
                with dest.open("wb") as out:
                    async for chunk in response.aiter_bytes():
                        received += len(chunk)
                        if received > max_bytes:
                            raise errors.PbxRefused("the recording is too large to play here")
                        out.write(chunk)
        except httpx.TimeoutException:
            dest.unlink(missing_ok=True)
            raise errors.PbxTimeout("the PBX did not send the recording in time") from None
        except httpx.TransportError as exc:
            dest.unlink(missing_ok=True)
            problem = tls.certificate_error(exc, target.host)
            if problem:
                raise problem from None
            raise errors.PbxUnreachable(detail=type(exc).__name__) from None
        except BaseException:
            dest.unlink(missing_ok=True)
            raise
        return dest

    async def agents(self, live_calls: asyncio.Future[list[LiveCall]] | None = None) -> list[AgentState]:
        """The agents' states. ``live_calls``, when given, is this cycle's read of :meth:`live_calls`
        (a future its caller awaits too): a provider that derives busy agents from the live calls uses
        it instead of reading them a second time; the others ignore it."""
        raise self.unsupported(Capability.AGENT_STATES)

    async def queue_stats(self) -> list[QueueStats]:
        raise self.unsupported(Capability.QUEUE_STATS)

    async def find_customer(self, phone: str) -> Customer | None:
        raise self.unsupported(Capability.CUSTOMERS)

    async def register_webhook(self, url: str, secret: str | None) -> WebhookRegistration:
        """Ask the PBX to post call events to ``url``; undo with :meth:`unregister_webhook`."""
        raise self.unsupported(Capability.WEBHOOK_REGISTRATION)

    async def unregister_webhook(self, registration: WebhookRegistration) -> None:
        raise self.unsupported(Capability.WEBHOOK_REGISTRATION)

    async def webhook_registered(self, registration: WebhookRegistration) -> bool | None:
        """Whether the PBX still has ``registration`` (False after a PBX restart lost it); None
        where the PBX cannot be asked."""
        return None

    async def event_stream_token(self, *, refresh: bool = False) -> tuple[str, float | None]:
        """A token for the websocket call-signal stream: ``(token, expires_at)``.

        Cached until shortly before it expires; ``refresh=True`` fetches a new one (after the
        stream was refused with 401 or closed for expiry).
        """
        raise self.unsupported(Capability.WEBSOCKET_EVENTS)

    # ----------------------------------------------------------------- event parsing (no I/O)
    def parse_webhook(self, request: WebhookRequest) -> list[CallEvent]:
        """Turn one webhook request into normalized events (usually one).

        Raise :class:`~agent_desk.errors.BadEvent` with a short reason for anything malformed:
        wrong content type, bad JSON, missing fields, unknown event names. Pure: no I/O.
        """
        raise self.unsupported(Capability.WEBHOOK_EVENTS)

    def webhook_signature_ok(self, request: WebhookRequest, secret: str) -> bool | None:
        """Check a provider-specific signature (e.g. an HMAC of the body) against ``secret``.

        Return None when the request carries no such signature, so the listener falls back to
        the generic secret checks (header, bearer, query parameter, path prefix).
        """
        return None

    def stream_url(self, token: str) -> str:
        """The websocket call-signal URL for ``token`` (from ``ws_url`` or derived from ``base_url``)."""
        raise self.unsupported(Capability.WEBSOCKET_EVENTS)

    def parse_frame(self, data: str | bytes) -> list[CallEvent]:
        """Turn one websocket frame into normalized events ([] for heartbeats and acks).

        Raise :class:`~agent_desk.errors.BadEvent` for malformed frames. Pure: no I/O.
        """
        raise self.unsupported(Capability.WEBSOCKET_EVENTS)

    def parse_channel_event(self, name: str, payload: Any) -> list[CallEvent]:
        """Turn one Socket.IO call-signal event (its name and first argument) into normalized events.

        Raise :class:`~agent_desk.errors.BadEvent` for malformed ones. Pure: no I/O.
        """
        raise self.unsupported(Capability.WEBSOCKET_EVENTS)
