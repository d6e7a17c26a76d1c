"""Key derivation and the marker: production parameters at OWASP's minimum, measured once;
passphrases normalised; a marker that is tampered with is refused, never half-trusted."""

from __future__ import annotations

import hashlib
import json
import time

import pytest

from quez import vault
from quez.paths import Paths
from quez.vault import KdfParams, VaultError
from quez.vault.kdf import PRODUCTION, derive, key_check, matches, new_salt
from quez.vault.marker import from_json, read_marker
from tests.vault_support import FAST, PASSPHRASE


def test_production_parameters_meet_owasp_and_unlock_in_reasonable_time(paths: Paths) -> None:
    assert (PRODUCTION.n, PRODUCTION.r, PRODUCTION.p) == (2**17, 8, 1)
    vault.enable(paths, PASSPHRASE)  # the real parameters, once in the suite
    marker = read_marker(paths.db_path)
    assert marker is not None and marker.params == PRODUCTION and len(marker.salt) >= 16
    started = time.perf_counter()
    key = vault.unlock(paths, PASSPHRASE)
    elapsed = time.perf_counter() - started
    # About 0.5 s on one idle core; generous here because CI machines are shared.
    assert elapsed < 5.0, elapsed
    raw = hashlib.scrypt(
        PASSPHRASE.encode(), salt=marker.salt, n=2**17, r=8, p=1, maxmem=2**28, dklen=32
    )
    assert key.raw == raw  # plain scrypt: another tool can derive the same key


def test_same_passphrase_typed_differently_gives_the_same_key() -> None:
    salt = new_salt()
    composed, decomposed = "caf\u00e9 op het plein", "cafe\u0301 op het plein"
    assert derive(composed, salt, FAST) == derive(decomposed, salt, FAST)
    assert derive(composed, salt, FAST) != derive(composed, new_salt(), FAST)
    assert derive(composed, salt, FAST) != derive(composed + " ", salt, FAST)


def test_key_check_tells_keys_apart() -> None:
    salt = new_salt()
    key = derive(PASSPHRASE, salt, FAST)
    other = derive(PASSPHRASE + "!", salt, FAST)
    assert matches(key, key_check(key)) and not matches(other, key_check(key))


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(n=1000),
        KdfParams(n=2**9),
        KdfParams(n=2**23),
        KdfParams(n=2**22, r=32),  # 16 GiB: a tampered marker must not exhaust memory
        KdfParams(r=0),
        KdfParams(p=17),
    ],
)
def test_out_of_bounds_parameters_are_refused(params: KdfParams) -> None:
    assert not params.valid()
    with pytest.raises(VaultError):
        derive(PASSPHRASE, new_salt(), params)


def test_too_short_passphrase() -> None:
    with pytest.raises(VaultError) as caught:
        vault.check_new_passphrase("  kort    ")
    assert caught.value.key == "vault.error.too_short"
    assert caught.value.params == {"minimum": vault.MIN_PASSPHRASE}
    vault.check_new_passphrase("vier losse woorden hier")


def test_marker_parsing_is_strict(paths: Paths) -> None:
    vault.enable(paths, PASSPHRASE, params=FAST)
    good = json.loads((paths.data_dir / "vault.json").read_text())
    assert from_json(good).params == FAST
    for field, value in (
        ("format", "other"),
        ("version", 2),
        ("cipher", "aes-ecb"),
        ("id", "../x"),
        ("check", "AAAA"),
        ("remember", "yes"),
        ("kdf", {"name": "scrypt", "n": True, "r": 8, "p": 1, "salt": "AAAA"}),
        ("kdf", {**good["kdf"], "salt": "AAAA"}),  # salt too short
        ("kdf", {**good["kdf"], "salt": "***"}),
    ):
        with pytest.raises(ValueError):
            from_json({**good, field: value})


def test_errors_never_carry_the_passphrase(paths: Paths) -> None:
    vault.enable(paths, PASSPHRASE, params=FAST)
    with pytest.raises(VaultError) as caught:
        vault.unlock(paths, "een geheime gok van mij")
    assert "geheim" not in str(caught.value) and "geheim" not in repr(caught.value.params)
    assert caught.value.message() == "Die wachtwoordzin klopt niet."
