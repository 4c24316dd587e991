"""What crosses between the console's refresher process and the GUI process (agent_desk.supervisor.wire):
an update in pieces put together whole, records and times, errors as the same class, text and attributes."""

from __future__ import annotations

import datetime as dt

import pytest

from agent_desk import errors
from agent_desk.models import AgentState, LiveCall, QueueStats
from agent_desk.supervisor.diff import Diff
from agent_desk.supervisor.refresher import Health, Update
from agent_desk.supervisor.wire import CHUNK_ROWS, Assembler, decoder, error_message, error_of, update_messages


@pytest.mark.parametrize(
    "exc",
    [
        errors.PbxUnreachable("the PBX answered 503", detail="x"),
        errors.PbxTimeout(),
        errors.PbxRefused("the PBX refused: QUEUE_FULL", code="QUEUE_FULL"),
        errors.AuthFailed(),
        errors.CertificateError("pbx.example", "expired", detail="d"),
        errors.Unsupported("TEL4VN", "agent_states"),
        errors.SecretMissing("office", "api_key", "the keyring is locked"),
        errors.ConfigError("profile 'x': agents is empty"),
        errors.RefresherStopped(),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_cross_as_the_same_class_text_and_attributes(exc):
    back = error_of(decoder.decode(update_messages(_update(error=exc), True)[-1]).health.error)
    assert type(back) is type(exc) and str(back) == str(exc) and vars(back) == vars(exc)


def test_an_error_of_another_module_crosses_as_a_desk_error_with_its_text():
    message = error_message(ValueError("odd"))
    message.module, message.name = "os", "system"  # never looked up outside agent_desk
    back = error_of(message)
    assert type(back) is errors.AgentDeskError and str(back) == "odd"


def test_an_update_crosses_in_pieces_and_is_put_together_whole():
    tz7 = dt.timezone(dt.timedelta(hours=7))
    calls = [
        LiveCall(f"c{i}", "inbound", "101", "0901", "answered", dt.datetime(2026, 12, 1, 9, tzinfo=tz7))
        for i in range(CHUNK_ROWS * 2 + 1)
    ]
    agents = [AgentState(str(i), f"A {i}", "busy", True) for i in range(CHUNK_ROWS + 1)]
    queues = [QueueStats("999", waiting=2, raw={"x": 1})]
    update = Update(
        calls=Diff(inserted=calls, changed=calls[:2], removed=["gone"]),
        health=Health(stale=False, last_good=5.0),
        agents=Diff(inserted=agents, removed=["7"]),
        queues=queues,
        queue_diff=Diff(changed=queues),
        problems={"queues": errors.PbxTimeout()},
        at=5.0,
    )
    messages = update_messages(update, True)
    assert len(messages) == 3 + 1 + 2 + 1, "calls, changed calls, agents, end"
    assembler = Assembler(Health(stale=False))
    taken = [assembler.take(decoder.decode(m)) for m in messages]
    assert taken[:-1] == [None] * (len(messages) - 1)
    back = taken[-1]
    assert back.calls == update.calls and back.agents == update.agents and back.queues == queues
    assert back.calls.inserted[0].started_at == calls[0].started_at, "the same instant (in UTC)"
    assert back.queue_diff == update.queue_diff and back.health == update.health and back.at == 5.0
    assert type(back.problems["queues"]) is errors.PbxTimeout
    again = assembler.take(decoder.decode(update_messages(Update(calls=Diff(), health=update.health), False)[-1]))
    assert again.health is back.health and again.agents is None and again.queue_diff is None


def _update(error: BaseException) -> Update:
    return Update(calls=Diff(), health=Health(stale=True, last_good=None, error=error, retry_in=1.0))
