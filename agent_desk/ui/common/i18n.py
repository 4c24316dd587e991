"""Choosing and installing the interface language (Vietnamese or English).

The source strings are English; ``resources/translations/agent_desk_<lang>.qm`` holds the
translations. The language follows the system locale unless the ``ui/language`` setting
names one. Qt ships no Vietnamese ``qtbase`` catalogue, so the GUI never relies on Qt's
standard button texts: every button text is one of ours.

After changing user-facing strings::

    .venv/bin/pyside6-lupdate agent_desk/ui/*.py -no-obsolete \
        -ts resources/translations/agent_desk_vi.ts resources/translations/agent_desk_en.ts
    # translate the new entries of agent_desk_vi.ts (Qt Linguist: pyside6-linguist), then
    .venv/bin/pyside6-lrelease resources/translations/agent_desk_vi.ts

``agent_desk_en.ts`` is the English baseline (every source text, untranslated) for new languages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from agent_desk.ui.common.paths import translations_dir

SUPPORTED = ("vi", "en")


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """``"vi"`` or ``"en"``: the setting when it names one, else the system locale's language."""
    if setting in SUPPORTED:
        return setting
    locale = system or QLocale.system()
    return "vi" if locale.language() == QLocale.Language.Vietnamese else "en"


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load and install ``agent_desk_<language>.qm``; None for English or when it is missing.

    The translator is parented to ``app`` so it lives as long as the application.
    """
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
            QLocale.Country.Vietnam if language == "vi" else QLocale.Country.UnitedStates,
        )
    )
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(f"agent_desk_{language}", str(translations_dir())):
        return None
    app.installTranslator(translator)
    return translator
