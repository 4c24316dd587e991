"""TLS: the OS trust store for every HTTPS connection, a profile's ca_file, certificate errors in words.

The simulator serves HTTPS with a certificate from a private CA made by ``trustme``. The system-store
test installs that CA the way IT does on Debian (``/usr/local/share/ca-certificates`` and
``update-ca-certificates``), runs the real ``agent-desk`` with ``SSL_CERT_FILE`` and ``SSL_CERT_DIR``
unset, and takes the CA out again; it needs root and Debian's ``ca-certificates`` (CI has both).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import ssl
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import trustme

from agent_desk import errors
from agent_desk.config import parse_profile
from agent_desk.demo import write_demo_config
from agent_desk.models import CdrRecord
from agent_desk.providers import create_provider
from agent_desk.secrets import SecretStore, env_name
from agent_desk.sim.server import Simulator
from tests.helpers.sim import fast_settings

SYSTEM_CA_DIR = Path("/usr/local/share/ca-certificates")


def tls_simulator(ca: trustme.CA, *names: str) -> Simulator:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*(names or ("127.0.0.1", "localhost"))).configure_cert(context)
    return Simulator(fast_settings(), providers=["tel4vn"], ssl_context=context)


def record_with(call_id: str, recording: str) -> CdrRecord:
    return CdrRecord(
        call_id=call_id,
        direction="inbound",
        caller=None,
        callee=None,
        extension=None,
        status="answered",
        recording=recording,
    )


def provider_on(sim: Simulator, **overrides: object):
    table, secrets = sim.profile("tel4vn", "101")
    table.update(overrides)
    profile = parse_profile("tls", table)
    return create_provider(profile, SecretStore(profile, env={env_name(k): v for k, v in secrets.items()}))


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


async def test_an_untrusted_issuer_is_named_with_the_host(ca: trustme.CA) -> None:
    async with tls_simulator(ca) as sim, provider_on(sim) as provider:
        with pytest.raises(errors.CertificateError) as caught:
            await provider.login()
    assert caught.value.exit_code == 4
    assert caught.value.reason == "untrusted"
    assert "certificate" in str(caught.value) and "127.0.0.1" in str(caught.value)


async def test_a_certificate_for_another_name_is_named(ca: trustme.CA, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    async with tls_simulator(ca, "pbx.other.example") as sim, provider_on(sim, ca_file=str(bundle)) as provider:
        with pytest.raises(errors.CertificateError) as caught:
            await provider.login()
    assert caught.value.reason == "wrong_name"
    assert "is for another name" in str(caught.value)


async def test_a_profile_ca_file_is_trusted_beside_the_system_store(ca: trustme.CA, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    async with tls_simulator(ca) as sim, provider_on(sim, ca_file=str(bundle)) as provider:
        status = await provider.login()
    assert status.logged_in


async def test_verify_tls_false_still_connects(ca: trustme.CA) -> None:
    async with tls_simulator(ca) as sim, provider_on(sim, verify_tls=False) as provider:
        assert (await provider.login()).logged_in


async def test_a_recording_over_tls_with_a_bad_certificate_is_refused(ca: trustme.CA, tmp_path: Path) -> None:
    """The player never gets a recording whose server failed the check: the download raises, no file stays."""
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    other = trustme.CA()  # the recording server's certificate comes from a CA nobody trusts
    async with tls_simulator(ca) as sim, tls_simulator(other) as media, provider_on(sim, ca_file=str(bundle)) as p:
        await p.login()
        cdr = next(c for c in sim.world.cdrs if c.recording)
        good = record_with(cdr.id, sim.world.recording_url(cdr.recording))
        fetched = await p.download_recording(good, tmp_path / "good.wav")
        assert fetched.read_bytes()[:4] == b"RIFF"
        bad = record_with(cdr.id, f"{media.base_url}/recordings/{cdr.recording}")
        with pytest.raises(errors.CertificateError) as caught:
            await p.download_recording(bad, tmp_path / "bad.wav")
    assert caught.value.reason == "untrusted"
    assert not (tmp_path / "bad.wav").exists()


async def test_a_recording_larger_than_the_cap_is_refused(ca: trustme.CA, tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    async with tls_simulator(ca) as sim, provider_on(sim, ca_file=str(bundle)) as provider:
        cdr = next(c for c in sim.world.cdrs if c.recording)
        record = record_with(cdr.id, sim.world.recording_url(cdr.recording))
        with pytest.raises(errors.PbxRefused, match="too large"):
            await provider.download_recording(record, tmp_path / "big.wav", max_bytes=100)
    assert not (tmp_path / "big.wav").exists()


def _system_store_usable() -> str | None:
    if os.geteuid() != 0:
        return "installing a CA into the system store needs root"
    if not shutil.which("update-ca-certificates") or not SYSTEM_CA_DIR.parent.is_dir():
        return "Debian's update-ca-certificates is not installed"
    return None


@pytest.mark.skipif(_system_store_usable() is not None, reason=str(_system_store_usable()))
async def test_a_private_ca_in_the_system_store_is_trusted_by_the_installed_command(
    ca: trustme.CA, tmp_path: Path
) -> None:
    """The real CLI, SSL_CERT_FILE unset, reaches an HTTPS PBX whose CA IT put in the system store."""
    installed = SYSTEM_CA_DIR / f"agent-desk-test-{uuid.uuid4().hex[:8]}.crt"
    SYSTEM_CA_DIR.mkdir(parents=True, exist_ok=True)
    async with tls_simulator(ca) as sim:
        demo = write_demo_config(sim, tmp_path)
        env = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")}
        env.update(demo.env("tel4vn"), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
        command = [sys.executable, "-m", "agent_desk", "--config", str(demo.path), "status", "--json"]

        async def status() -> subprocess.CompletedProcess[bytes]:
            proc = await asyncio.create_subprocess_exec(
                *command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            out, err = await asyncio.wait_for(proc.communicate(), 60)
            return subprocess.CompletedProcess(command, proc.returncode or 0, out, err)

        before = await status()
        assert before.returncode == 4, before.stderr
        assert b"certificate of 127.0.0.1" in before.stderr
        ca.cert_pem.write_to_path(str(installed))
        try:
            subprocess.run(["update-ca-certificates"], check=True, capture_output=True, timeout=120)
            after = await status()
        finally:
            installed.unlink(missing_ok=True)
            subprocess.run(["update-ca-certificates", "--fresh"], check=True, capture_output=True, timeout=120)
    assert after.returncode == 0, after.stderr
    assert b'"logged_in": true' in after.stdout


async def test_a_provisioning_file_over_tls_is_checked_against_the_os_trust_store(ca: trustme.CA, tmp_path) -> None:
    """IT's provisioning server is fetched under the providers' rule, with the OS trust store alone
    (tls.system_context): a private CA's certificate is refused naming the host, as for a PBX."""
    from agent_desk import provision, tls

    assert tls.system_context() is tls.system_context(), "one context, made once"
    async with tls_simulator(ca) as sim:
        with pytest.raises(errors.CertificateError) as caught:
            await provision.fetch(f"{sim.url('tel4vn')}/provision.toml")
    assert caught.value.reason == "untrusted" and "127.0.0.1" in str(caught.value)
