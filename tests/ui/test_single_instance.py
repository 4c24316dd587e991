"""A second launch hands its arguments to the running window over a local socket, then exits."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from pathlib import Path

from agent_desk.ui.dialing import dialer as d
from agent_desk.ui.support.single_instance import InstanceServer, config_from_args, may_be_running, server_name
from tests.helpers import until


def unique_name() -> str:
    return f"agent-desk-test-{uuid.uuid4().hex[:12]}"


SECOND_LAUNCH = (
    "import sys; from agent_desk.ui.support.single_instance import forward_to_running; "
    "sys.exit(0 if forward_to_running(sys.argv[2:], name=sys.argv[1]) else 3)"
)


async def launch(args: list[str], name: str) -> bool:
    """A second process calls forward_to_running (as the CLI does first); True when it was handed over."""
    command = [sys.executable, "-c", SECOND_LAUNCH, name, *args]
    done = await asyncio.get_running_loop().run_in_executor(
        None, lambda: subprocess.run(command, capture_output=True, timeout=20, check=False)
    )
    assert done.returncode in (0, 3), done.stderr.decode()
    return done.returncode == 0


def test_second_launch_hands_over_its_arguments(run, qapp):
    name = unique_name()
    first = InstanceServer(name)
    received: list[list[str]] = []
    first.received.connect(received.append)
    assert first.listen()
    second = InstanceServer(name)
    assert not second.listen(), "the name is taken while the first instance runs"
    try:
        assert run(launch(["--profile", "office", "tel:0901234567"], name)) is True
        assert received == [["--profile", "office", "tel:0901234567"]]
    finally:
        first.close()
    assert run(launch(["tel:0901234567"], name)) is False, "nobody is running: this launch starts the window"


def test_a_name_left_by_a_crashed_instance_is_taken_over(run, qapp):
    name = unique_name()
    crashed = InstanceServer(name)
    assert crashed.listen()
    socket_file = Path(crashed._server.fullServerName())
    crashed._server.close()  # closes without telling anyone, like a crash would leave it
    socket_file.touch()
    fresh = InstanceServer(name)
    try:
        assert fresh.listen()
    finally:
        fresh.close()


def test_a_tel_link_from_a_second_launch_is_dialled(run, qsim, signed_in):
    desk = signed_in()
    assert desk.instance.listen()
    assert run(launch(["tel:0901234567"], desk.instance.name))
    run(until(lambda: desk.dialer.phase == d.DialPhase.DONE, what="the handed-over call"))
    assert desk.dialer.number == "0901234567"
    assert qsim.dialects["tel4vn"].hits["GET /v1/click2call"] == 1


def test_server_name_is_per_user_and_config_file(tmp_path):
    assert server_name(tmp_path / "a.toml") != server_name(tmp_path / "b.toml")
    assert server_name(tmp_path / "a.toml") == server_name(tmp_path / "." / "a.toml")
    assert config_from_args(["--config", "x.toml", "tel:1"]) == Path("x.toml")
    assert config_from_args(["--config=y.toml"]) == Path("y.toml")
    assert config_from_args(["tel:1"]) is None


def test_a_second_launch_for_another_profile_is_told_not_switched(run, qsim, signed_in):
    desk = signed_in()
    current = desk.session.profile.name
    desk.handle_args(["--profile", "office", "tel:0901234567"])
    assert desk.window.banner.isVisibleTo(desk.window)
    text = desk.window.banner.label.text()
    assert f"already open with profile “{current}”" in text and "did not switch to “office”" in text
    assert desk.session.profile.name == current, "the signed-in session was left alone"


NO_WINDOW = (
    "import sys; from agent_desk.ui.support.single_instance import forward_to_running; "
    "print(forward_to_running(['tel:0901234567'], name=sys.argv[1]), 'PySide6.QtNetwork' in sys.modules)"
)


def test_with_no_window_running_the_launch_is_told_so_without_qtnetwork(qapp):
    name = unique_name()
    assert not may_be_running(name)
    done = subprocess.run([sys.executable, "-c", NO_WINDOW, name], capture_output=True, text=True, timeout=30)
    assert done.stdout.split() == ["False", "False"], done.stderr
    server = InstanceServer(name)
    try:
        assert server.listen()
        assert may_be_running(name), "its socket is where QLocalServer put it"
    finally:
        server.close()
    assert not may_be_running(name)


FIRST_WINDOW = """
import sys
from PySide6.QtCore import QCoreApplication
from agent_desk.ui.support.single_instance import InstanceServer
app = QCoreApplication([])
server = InstanceServer(sys.argv[1])
assert server.listen()
server.received.connect(lambda args: (print(*args, flush=True), app.exit(0)))
print("listening", flush=True)
app.exec()
server.close()
"""


def test_two_launches_at_once_leave_one_window(run, make_desk):
    """Both found no window running (each forward_to_running came before the other listened): the one
    that listens second hands its arguments to the first and quits."""
    name = unique_name()
    first = subprocess.Popen(
        [sys.executable, "-c", FIRST_WINDOW, name], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert first.stdout.readline().strip() == "listening", first.stderr.read()
        second = make_desk(instance_name=name)
        closed: list[bool] = []
        second.closed.connect(lambda: closed.append(True))
        second.forward_args = ["tel:0901234567"]
        assert second.listen_for_launches() is False
        out, _ = first.communicate(timeout=20)
        assert out.split() == ["tel:0901234567"], "the first window took the second launch's link"
        run(until(lambda: closed, what="the second launch quitting"))
        assert not second.window.isVisible()
    finally:
        first.kill()
        first.wait()


def test_without_arguments_to_hand_over_a_window_runs_beside_the_one_listening(make_desk):
    first = InstanceServer(unique_name())
    assert first.listen()
    try:
        second = make_desk(instance_name=first.name)  # e.g. a test's or a bench's desk
        assert second.listen_for_launches() is True
        assert second.window.isVisible()
    finally:
        first.close()
