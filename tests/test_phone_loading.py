"""``phone.load_in_background``: the number formatter is loaded off the calling thread, once."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import builtins, sys, threading
importers = []
real_import = builtins.__import__

def recording(name, *args, **kwargs):
    if name == "phonenumbers" and "phonenumbers" not in sys.modules:
        importers.append(threading.current_thread().name)
    return real_import(name, *args, **kwargs)

builtins.__import__ = recording
from agent_desk import phone

loader = phone.load_in_background()
assert loader is not None
loader.join(60)
assert phone.load_in_background() is None  # loaded: no second thread
assert phone.display("0901234567") == "0901 234 567"
print(importers)
"""


def test_the_formatter_is_imported_in_a_thread_of_its_own_and_only_once():
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "['phonenumbers-load']"
