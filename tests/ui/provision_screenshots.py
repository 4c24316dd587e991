"""Screenshots of a provisioned first run for the README: the short sign-in window (``provisioned-``)
and the whole form behind *All fields…* (``provisioned-full-``), one language and theme a run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.provision_screenshots OUT_DIR en light   # or: vi dark
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    out, lang, theme = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    out.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="agent-desk-provision-")
    os.environ["AGENT_DESK_CONFIG"] = os.path.join(home, "config.toml")
    os.environ["AGENT_DESK_DATA"] = os.path.join(home, "data")

    import tomli_w
    from PySide6.QtWidgets import QApplication

    from agent_desk.config import load_config
    from agent_desk.provision import install, parse
    from agent_desk.ui.common.i18n import install_translator
    from agent_desk.ui.common.theme import Theme
    from agent_desk.ui.window.login_dialog import LoginDialog

    app = QApplication([])
    install_translator(app, lang)
    Theme(app, theme)
    company = {
        "provider": "tel4vn",
        "base_url": "https://pbx.example.vn",
        "events": "relay",
        "relay_url": "https://relay.example.vn",
        "crm_url": "https://crm.example/search?phone={phone}",
    }
    raw = tomli_w.dumps({"profiles": {"office": company}}).encode()
    install(parse(raw, "https://relay.example.vn/provision"))
    dialog = LoginDialog(load_config(), "office")
    for short, name in ((True, "provisioned"), (False, "provisioned-full")):
        dialog.set_short(short)
        dialog.show()
        app.processEvents()
        dialog.adjustSize()
        app.processEvents()
        dialog.grab().save(str(out / f"{name}-{theme}-{lang}.png"))


if __name__ == "__main__":
    main()
