"""Shell completion, as a shell asks for it: a subprocess with Click's (Typer's) variables set.

Commands, options, session ids (ids only, never labels; none from an encrypted store, and never
a passphrase prompt), deck ids; the request never starts the app or imports Textual. The scripts
from ``--show-completion`` work in a real bash, and ``--install-completion`` installs one.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import get_args

import pytest

from quez.cli.completion import CHOICES, COMPLETERS, SHELLS
from quez.paths import Paths
from quez.store import Store
from quez.store.cipher import marker_path
from quez.store.model import SessionKind, SessionStatus
from tests.conftest import REPO

CANARY = "ANNA-CANARY label"
TIMEOUT = 60  # a safety net only: a completion that starts the app would hang


def complete(shell: str, words: str, **extra: str) -> subprocess.CompletedProcess[str]:
    """Ask ``quez`` for completions of ``words`` (the command line so far) as ``shell`` does."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "_QUEZ_COMPLETE": f"complete_{shell}", **extra}
    if shell == "bash":
        parts = words.split(" ")
        env |= {"COMP_WORDS": words, "COMP_CWORD": str(len(parts) - 1)}
    else:
        env["_TYPER_COMPLETE_ARGS"] = words
        if shell == "fish":
            env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    return subprocess.run(
        [sys.executable, "-m", "quez"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def values(shell: str, result: subprocess.CompletedProcess[str]) -> list[str]:
    """The offered words, whatever the shell's format."""
    assert result.returncode == 0 and not result.stderr, result
    out = result.stdout.strip()
    if shell == "zsh":
        if out == "_files":
            return []
        body = out.removeprefix("_arguments '*: :((").removesuffix("))'")
        return [line.split('":"')[0].strip('"') for line in body.splitlines()]
    return [line.split("\t")[0] for line in out.splitlines() if line]


@pytest.fixture
def stored(paths: Paths) -> list[str]:
    """Two sessions, one with a label that must never be offered."""
    with Store.open(paths.db_path) as store:
        first = store.create_session("client", "gesprek", "nl", label=CANARY)
        second = store.create_session("intervisie", "intervisie", "nl")
    return [first.id, second.id]


@pytest.mark.parametrize("shell", SHELLS)
def test_commands_and_options_complete(shell: str) -> None:
    assert values(shell, complete(shell, "quez exp")) == ["export"]
    assert values(shell, complete(shell, "quez deck val")) == ["validate"]
    assert set(values(shell, complete(shell, "quez export abc --f"))) == {"--format", "--force"}
    assert values(shell, complete(shell, "quez sessions --status ")) == ["open", "closed"]
    assert values(shell, complete(shell, "quez --show-completion ")) == list(SHELLS)


@pytest.mark.parametrize("shell", SHELLS)
def test_session_ids_complete_without_labels(shell: str, stored: list[str]) -> None:
    for words in ("quez export ", "quez sessions show ", "quez check-privacy "):
        result = complete(shell, words)
        assert sorted(values(shell, result)) == sorted(stored)
        assert "CANARY" not in result.stdout
    first = stored[0]
    assert values(shell, complete(shell, f"quez export {first[:5]}")) == [first]


def test_an_encrypted_store_completes_no_ids_and_asks_nothing(
    paths: Paths, stored: list[str]
) -> None:
    marker_path(paths.db_path).write_text("{}", encoding="utf-8")
    result = complete("bash", "quez export ")
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "", "")


def test_a_damaged_store_completes_no_ids(paths: Paths) -> None:
    paths.db_path.parent.mkdir(parents=True)
    paths.db_path.write_bytes(b"\x00garbage" * 512)
    result = complete("bash", "quez export ")
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, "", "")
    assert paths.db_path.read_bytes() == b"\x00garbage" * 512


def test_reading_ids_leaves_the_store_as_it_was(paths: Paths, stored: list[str]) -> None:
    before = sorted(p.name for p in paths.db_path.parent.iterdir())
    assert complete("bash", "quez export ").stdout.split() != []
    assert sorted(p.name for p in paths.db_path.parent.iterdir()) == before


def test_deck_ids_and_files_complete(paths: Paths, tmp_path: Path) -> None:
    paths.decks_dir.mkdir(parents=True)
    (paths.decks_dir / "eigen.yaml").write_text("format: 1\n", encoding="utf-8")
    assert "gesprek" in values("bash", complete("bash", "quez draw --deck "))
    assert values("bash", complete("bash", "quez deck remove ")) == ["eigen"]
    # A file argument offers nothing itself: the shell completes file names ("-o default").
    assert values("bash", complete("bash", "quez deck validate de")) == []
    assert complete("zsh", "quez deck validate de").stdout.strip() == "_files"


def test_the_request_never_opens_the_app() -> None:
    """Bare ``quez`` with the variable set: the completions, and no Textual imported."""
    code = (
        "import sys\nfrom quez.cli import main\n"
        "try:\n    main([])\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(' '.join(sorted(sys.modules)))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO), "_QUEZ_COMPLETE": "complete_bash"}
    env |= {"COMP_WORDS": "quez ", "COMP_CWORD": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, stdin=subprocess.DEVNULL,
        capture_output=True, text=True, timeout=TIMEOUT, check=True,
    )  # fmt: skip
    assert "export" in result.stdout.split() and "sessions" in result.stdout.split()
    assert not [m for m in result.stderr.split() if m.startswith("textual")]


def test_choices_match_their_sources() -> None:
    from quez.lint.report import FORMATS
    from quez.trainer.starter import KINDS

    assert CHOICES[("sessions", "status")] == CHOICES[("sessions", "purge", "status")]
    assert set(CHOICES[("sessions", "status")]) == set(get_args(SessionStatus))
    assert set(CHOICES[("sessions", "kind")]) == set(get_args(SessionKind))
    assert CHOICES[("deck", "new", "kind")] == KINDS
    assert CHOICES[("deck", "lint", "fmt")] == FORMATS


def test_every_completer_and_choice_names_a_real_parameter() -> None:
    import typer

    from quez.cli.app import build_app
    from quez.cli.parsing import parameter_infos
    from quez.i18n import Translator

    known = {key for key, _ in parameter_infos(build_app(Translator("nl")))}
    assert set(COMPLETERS) <= known and set(CHOICES) <= known
    assert typer  # the walk above is over the real Typer app


@pytest.mark.parametrize("shell", SHELLS)
def test_show_completion_prints_the_script(shell: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "quez", "--show-completion", shell],
        env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True, text=True,
        timeout=TIMEOUT, check=True,
    )  # fmt: skip
    assert "_QUEZ_COMPLETE=complete_" + shell in result.stdout
    assert result.stderr == ""


def need_bash() -> str:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("bash is not installed")
    return bash


def bash_complete(script: str, words: list[str], path: str) -> list[str]:
    """Run the completion function of ``script`` in a real bash, as Tab after ``words`` would
    (the last word is the one being completed, possibly empty)."""
    line = (
        f"source {shlex.quote(script)}; COMP_WORDS=({' '.join(map(shlex.quote, words))}); "
        f'COMP_CWORD={len(words) - 1}; _quez_completion quez; printf "%s\\n" "${{COMPREPLY[@]}}"'
    )
    result = subprocess.run(
        [need_bash(), "--norc", "--noprofile", "-c", line],
        env={**os.environ, "PATH": path}, capture_output=True, text=True,
        timeout=TIMEOUT, check=True,
    )  # fmt: skip
    return [w for w in result.stdout.splitlines() if w]


def quez_on_path(tmp_path: Path) -> str:
    """A ``quez`` in PATH that runs this checkout (as the installed script would)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    launcher = folder / "quez"
    launcher.write_text(
        f'#!/bin/sh\nPYTHONPATH={REPO} exec {sys.executable} -m quez "$@"\n', encoding="utf-8"
    )
    launcher.chmod(0o755)
    return f"{folder}{os.pathsep}{os.environ.get('PATH', '')}"


def test_installed_bash_completion_works_in_a_real_bash(tmp_path: Path, stored: list[str]) -> None:
    need_bash()
    path = quez_on_path(tmp_path)
    result = subprocess.run(
        ["quez", "--install-completion", "bash"],
        env={**os.environ, "PATH": path}, capture_output=True, text=True,
        timeout=TIMEOUT, check=True,
    )  # fmt: skip
    home = Path(os.environ["HOME"])
    script = home / ".bash_completions" / "quez.sh"
    assert str(script) in result.stdout and "bash" in result.stdout
    assert f"source '{script}'" in (home / ".bashrc").read_text(encoding="utf-8")
    assert bash_complete(str(script), ["quez", "sess"], path) == ["sessions"]
    assert {"export", "sessions", "deck"} <= set(bash_complete(str(script), ["quez", ""], path))
    assert sorted(bash_complete(str(script), ["quez", "export", ""], path)) == sorted(stored)


def test_ids_of_a_store_in_use_are_read_from_its_log(paths: Paths) -> None:
    """While the app has the store open (write-ahead log present), new sessions still show."""
    from quez.store.peek import session_ids

    with Store.open(paths.db_path) as store:
        session = store.create_session("client", "gesprek", "nl", label=CANARY)
        assert paths.db_path.with_name(paths.db_path.name + "-wal").exists()
        assert session_ids(paths.db_path) == [session.id]


@pytest.mark.parametrize(
    ("parent", "env_shell", "code", "start"),
    [
        ("zsh", "", 0, "#compdef quez"),
        (None, "/usr/bin/fish", 0, "complete --command quez"),
        (None, "", 2, "welke shell u gebruikt, is niet te zien"),
        ("tcsh", "", 2, "aanvullen werkt met bash, zsh en fish, niet met 'tcsh'"),
    ],
)
def test_show_completion_finds_the_users_shell(
    parent: str | None,
    env_shell: str,
    code: int,
    start: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from quez.cli import main

    monkeypatch.setattr("quez.cli.parsing.parent_shell", lambda: parent)
    monkeypatch.setenv("SHELL", env_shell)
    try:
        main(["--show-completion"])
        got = 0
    except SystemExit as exc:
        got = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert got == code
    if code == 0:
        assert out.startswith(start) and err == ""
    else:
        assert err.startswith(start) and err.count("\n") == 1 and out == ""
