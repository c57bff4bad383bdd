"""A bundle's header, edited: costly scrypt settings are refused before any work, and an edited header
re-signed by someone else is reported as altered, never as a wrong passphrase."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from mpp_assist.store import Application, Store
from mpp_assist.sync import bundle
from mpp_assist.sync.bundle import BundleError, export_outbox, open_bundle

PASSPHRASE = "kata-sandi-bundel"


@pytest.fixture
def made(store: Store, queue: Callable[..., list[Application]], tmp_path: Path) -> Path:
    queue(1)
    path = tmp_path / "desk-a.mppbundle"
    assert export_outbox(store, path, PASSPHRASE) == 1
    return path


def resigned(path: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    """``path`` with its header edited and signed again by another device's key (a valid signature)."""
    doc = json.loads(path.read_bytes())
    doc.pop("signature")
    edit(doc)
    forger = Ed25519PrivateKey.generate()
    doc["signer"] = base64.b64encode(forger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
    doc["signature"] = base64.b64encode(forger.sign(bundle._canonical(doc))).decode()
    out = path.with_name("edited.mppbundle")
    out.write_bytes(bundle._canonical(doc))
    return out


def test_the_maker_opens_it_and_a_wrong_passphrase_is_named(made: Path) -> None:
    assert len(open_bundle(made, PASSPHRASE).applications) == 1
    with pytest.raises(BundleError, match="Kata sandi bundel salah"):
        open_bundle(made, "bukan-sandinya")


@pytest.mark.parametrize("field", ["n", "r", "p"])
def test_scrypt_settings_above_ours_are_refused_before_deriving(
    made: Path, field: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    derived: list[dict[str, int]] = []
    real = bundle._key
    monkeypatch.setattr(bundle, "_key", lambda pw, salt, params: derived.append(params) or real(pw, salt, params))
    edited = resigned(made, lambda doc: doc["kdf"].update({field: doc["kdf"][field] * 2}))
    with pytest.raises(BundleError) as refused:
        open_bundle(edited, PASSPHRASE)
    assert "di atas batas" in refused.value.message and "scrypt" in refused.value.message
    assert derived == []  # no key was derived from the hostile settings


@pytest.mark.parametrize("edit", [
    lambda doc: doc.update(count=99),
    lambda doc: doc.update(created_at="2020-01-01T00:00:00Z"),
    lambda doc: doc.update(bundle_id="00000000-0000-0000-0000-000000000000"),
], ids=["count", "created_at", "bundle_id"])
def test_an_edited_re_signed_header_is_altered_not_a_wrong_passphrase(made: Path, edit: Any) -> None:
    with pytest.raises(BundleError) as refused:
        open_bundle(resigned(made, edit), PASSPHRASE)
    assert "telah diubah atau rusak" in refused.value.message
    assert "Kata sandi" not in refused.value.message


def test_weaker_scrypt_settings_are_an_edited_header(made: Path) -> None:
    edited = resigned(made, lambda doc: doc["kdf"].update(n=2**10))
    with pytest.raises(BundleError, match="bukan bundel MPP Assist yang utuh"):
        open_bundle(edited, PASSPHRASE)
