"""Item 5 (and 12's masking rule): a malformed request logged the secret inside aiohttp's traceback,
floods wrote hundreds of KB of tracebacks, and reasons were logged at full length. Every line is
masked, one short line per bad request reason and minute, with a count."""

from __future__ import annotations

import asyncio
import logging

from agent_desk.config import WebhookSettings, parse_profile
from agent_desk.events.listener import WebhookListener
from agent_desk.logmask import MAX_REASON, MaskingFilter, ReasonLog, cut, mask
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore

SECRET = "vc-Secret-Prefix-0042"


def voicecloud():
    profile = parse_profile(
        "vc", {"provider": "voicecloud", "base_url": "http://127.0.0.1:9", "domain": "abc.com", "extension": "101"}
    )
    return create_provider(profile, SecretStore(profile, env={}))


async def raw_request(port: int, data: bytes) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(data)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(100), 5)
    writer.close()
    return answer


async def test_a_flood_of_malformed_requests_is_a_few_short_masked_lines(caplog):
    caplog.set_level(logging.DEBUG)
    listener = WebhookListener(voicecloud(), WebhookSettings(port=0), SECRET)
    await listener.start(lambda event: None)
    try:
        bad = [
            b"GET /%s/api/callcenter/call_in?x=\x00%d HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET /%s/api/callcenter/call_in?n=%d HTTP/9.9\r\n\r\n",
            b"GET /%s/api/callcenter/call_in?n=%d HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
            b"GET /%s/api/callcenter/nothing?n=%d HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET /wrong/api/callcenter/call_in?n=%s%d HTTP/1.1\r\nHost: x\r\n\r\n",
        ]
        for i in range(1200):
            answer = await raw_request(listener.port, bad[i % len(bad)] % (SECRET.encode(), i))
            assert answer.startswith((b"HTTP/1.0 4", b"HTTP/1.1 4")), answer
    finally:
        await listener.stop()
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    text = "\n".join(r.getMessage() for r in records)
    assert SECRET not in text and SECRET not in caplog.text
    assert all(r.exc_info is None and r.exc_text is None for r in records)
    assert len(records) <= 10, text  # five kinds of bad request: one line each, not 1,200
    assert all(len(r.getMessage()) <= 2 * MAX_REASON for r in records)
    assert listener.counters["unparsable"] == 720 and listener.counters["refused"] == 480


def test_reasons_are_cut_counted_and_repeated_once_a_minute():
    now = [0.0]
    logger = logging.getLogger("tests.security.reasons")
    lines: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    handler = Collect()
    logger.addHandler(handler)
    try:
        reasons = ReasonLog(logger, 60.0, clock=lambda: now[0])
        for _ in range(500):
            reasons.note("bad frame: " + "x" * 50_000)
        now[0] = 61.0
        reasons.note("bad frame: " + "x" * 50_000)
    finally:
        logger.removeHandler(handler)
    assert len(lines) == 2 and all(len(line) < 300 for line in lines)
    assert lines[1].endswith("(499 more like it in the last 61 s)")
    assert cut("a\nb") == "a"


def test_only_secrets_long_enough_to_be_secrets_are_masked():
    assert mask("check the network", ["k"]) == "check the network"
    assert mask("token abc123xyz in the URL", ["abc123xyz", "x"]) == "token *** in the URL"
    record = logging.LogRecord("t", logging.ERROR, __file__, 1, "failed with %s", ("abc123xyz",), None)
    try:
        raise RuntimeError("abc123xyz leaked")
    except RuntimeError as exc:
        record.exc_info = (type(exc), exc, exc.__traceback__)
    MaskingFilter(lambda: ["abc123xyz"]).filter(record)
    assert record.getMessage() == "failed with ***" and "abc123xyz" not in (record.exc_text or "")
