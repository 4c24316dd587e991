"""The status bar warns while a profile's certificate checks are off, and says nothing when they are on."""

from __future__ import annotations


def test_certificate_checks_off_is_a_standing_warning(signed_in):
    desk = signed_in(verify_tls=False)
    label = desk.window.status.labels["tls"]
    assert label.isVisibleTo(desk.window)
    assert label.property("level") == "warn"
    assert "Certificate checks off" in label.text()
    assert "verify_tls = false" in label.toolTip()


def test_no_warning_while_certificates_are_checked(signed_in):
    desk = signed_in()
    assert not desk.window.status.labels["tls"].isVisibleTo(desk.window)
