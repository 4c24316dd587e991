"""Vietnamese and English: language choice, the shipped catalogue, and translated error sentences."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale, QTranslator

from agent_desk import errors
from agent_desk.config import Config
from agent_desk.phone import InvalidNumber, dial_string
from agent_desk.ui.common.i18n import choose_language
from agent_desk.ui.common.messages import error_text
from agent_desk.ui.common.paths import translations_dir
from agent_desk.ui.window.login_dialog import LoginDialog


def test_language_follows_the_system_unless_set():
    assert choose_language("system", QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)) == "vi"
    assert choose_language("system", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "en"
    assert choose_language("en", QLocale(QLocale.Language.Vietnamese)) == "en"
    assert choose_language("vi", QLocale(QLocale.Language.French)) == "vi"


def test_windows_and_errors_speak_vietnamese(vietnamese, qapp):
    dialog = LoginDialog(Config(profiles={}))
    try:
        assert dialog.windowTitle() == "Đăng nhập — Agent Desk"
        assert dialog.sign_in_button.text() == "Đăng nhập"
        assert dialog.remember.text() == "Ghi nhớ thông tin bí mật trên máy này (keyring hệ thống)"
    finally:
        dialog.deleteLater()
    assert error_text(errors.NotRegistered()) == (
        "Softphone của bạn chưa đăng ký: hãy mở softphone, đăng nhập rồi thử lại."
    )
    assert error_text(errors.UserBusy()) == "Máy nhánh của bạn đang bận với một cuộc gọi khác."
    assert error_text(errors.SecretMissing("office", "api_key")) == (
        "Hồ sơ “office” chưa có khóa API: hãy nhập trong cửa sổ đăng nhập."
    )
    assert error_text(errors.Unsupported("OnePOS", "click_to_call_sync")) == (
        "OnePOS không làm được việc này: không có API cho click-to-call chờ bạn nhấc máy."
    )
    with pytest.raises(InvalidNumber) as bad:
        dial_string("09x1")
    assert error_text(bad.value) == (
        "“09x1” không phải là số điện thoại: chỉ dùng chữ số, dấu cách và dấu + ở đầu (nếu có)."
    )


def test_every_error_class_has_its_own_sentence(qapp):
    sentences = {
        error_text(errors.NotRegistered()),
        error_text(errors.UserBusy()),
        error_text(errors.AuthFailed()),
        error_text(errors.RelayTokenRefused()),
        error_text(errors.NotFound()),
        error_text(errors.PbxTimeout()),
        error_text(errors.PbxUnreachable()),
        error_text(errors.KeyringUnavailable()),
        error_text(errors.PbxRefused(code="NO_ANSWER")),
        error_text(errors.PbxRefused("the PBX refused: QUEUE_FULL", code="QUEUE_FULL")),
        error_text(errors.RefresherStopped()),
    }
    assert len(sentences) == 11
    assert error_text(errors.PbxRefused("the PBX refused: QUEUE_FULL", code="QUEUE_FULL")) == (
        "The PBX refused: QUEUE_FULL"
    )


def test_the_vietnamese_catalogue_is_complete_compiled_and_keeps_placeholders(qapp):
    compiled = QTranslator()
    assert compiled.load("agent_desk_vi", str(translations_dir()))
    root = ET.parse(translations_dir() / "agent_desk_vi.ts").getroot()
    count = 0
    for context in root.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            source, translation = message.find("source").text, message.find("translation")
            assert translation.get("type") is None and translation.text, f"untranslated: {source!r}"
            assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", translation.text)), source
            assert compiled.translate(name, source) == translation.text, f"recompile the .qm: {source!r}"
            count += 1
    assert count > 150


def test_every_translatable_string_in_the_code_is_in_the_catalogue(tmp_path):
    """lupdate over the UI sources, and the Qt-free modules that mark texts with QT_TRANSLATE_NOOP (the
    provider registry's field labels), finds no string the shipped catalogue lacks (nor one it no longer has)."""
    import subprocess
    import sys
    from pathlib import Path

    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    root = Path(__file__).resolve().parents[2]
    package = root / "agent_desk"
    marked = {p for p in package.rglob("*.py") if "QT_TRANSLATE_NOOP(" in p.read_text(encoding="utf-8")}
    sources = sorted(str(p) for p in {*(package / "ui").rglob("*.py"), *marked})
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    def entries(path):
        return {
            (c.find("name").text, m.find("source").text)
            for c in ET.parse(path).getroot().iter("context")
            for m in c.iter("message")
        }

    shipped = entries(translations_dir() / "agent_desk_vi.ts")
    found = entries(fresh)
    assert not found - shipped, f"run pyside6-lupdate and translate: {sorted(found - shipped)[:5]}"
    assert not shipped - found, (
        f"obsolete entries: run pyside6-lupdate -no-obsolete -locations none: {sorted(shipped - found)[:5]}"
    )
