"""The bad-argument walk: every command, found in the Typer app, with bad arguments in Dutch and
English. Each answer is one line in the UI language that names what was typed; never Click's
English usage block, never a traceback. ``--help`` of every command is in the UI language too.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest
import typer

from quez.cli import main
from quez.cli.app import build_app
from quez.cli.parsing import Argument, Choice, Command, Group, IntType, Option, PathType
from quez.i18n import Translator
from quez.paths import Paths
from tests.test_decks_loader import GOOD

# Click's and Typer's own English; none of it may reach a Dutch user.
ENGLISH = (
    "Usage:",
    "Error:",
    "Missing argument",
    "Missing option",
    "Missing command",
    "No such option",
    "No such command",
    "Try '",
    "Aborted",
    "Invalid value",
    "Got unexpected extra argument",
    "requires an argument",
    "does not take a value",
    "is not a valid",
    "Did you mean",
    "Show this message",
    "Options:",
    "Arguments:",
    "Commands:",
    "[required]",
    "[default:",
)
PLACEHOLDER = "<EXISTING_FILE>"  # replaced by a real file in the test's folder
DIRECTORY = "<DIRECTORY>"  # replaced by a real folder
# ``quez --show-completion`` alone asks for the user's own shell: not a mistake.
OPTIONAL_VALUE = {"--show-completion", "--install-completion"}


def walk(command: Command, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Command]]:
    """Every command and group below ``command`` (itself included), with its path."""
    yield path, command
    if isinstance(command, Group):
        for name, sub in command.commands.items():
            yield from walk(sub, (*path, name))


ROOT = typer.main.get_command(build_app(Translator("en")))
COMMANDS = list(walk(ROOT))


def takes_value(param: Option) -> bool:
    return not param.is_flag and not param.count


def good_value(param: Argument | Option) -> str:
    """A value that parses, for the required parameters a case does not break."""
    if isinstance(param.type, PathType):
        return PLACEHOLDER
    if isinstance(param.type, IntType):
        return "1"
    if isinstance(param.type, Choice):
        return str(param.type.choices[0])
    return "90d" if param.name == "older_than" else "abcdefgh"


def required_args(command: Command, skip: object = None) -> list[str]:
    """Valid words for every required parameter of ``command`` except ``skip``."""
    words: list[str] = []
    for param in command.params:
        if not param.required or param is skip:
            continue
        if isinstance(param, Option):
            words += [max(param.opts, key=len), good_value(param)]
        else:
            words.append(good_value(param))
    return words


def bad_value(param: Argument | Option) -> str | None:
    """A value its type refuses, or None when any text is fine."""
    kind = param.type
    if isinstance(kind, IntType):
        return "abc"
    if isinstance(kind, Choice):
        return "no-such-choice"
    if isinstance(kind, PathType) and not kind.dir_okay:
        return DIRECTORY
    return None


class Case(NamedTuple):
    args: list[str]
    typed: str  # what the one line must name


def cases() -> Iterator[tuple[str, Case]]:
    for path, command in COMMANDS:
        where = " ".join(("quez", *path))
        yield f"{where}: unknown option", Case([*path, "--no-such-option"], "--no-such-option")
        group = isinstance(command, Group)
        if group:
            yield f"{where}: unknown command", Case([*path, "no-such-command"], "no-such-command")
        for param in command.params:
            if param.required and not group:
                name = max(param.opts, key=len) if isinstance(param, Option) else ""
                args = [*path, *required_args(command, skip=param)]
                yield f"{where}: missing {param.name}", Case(args, name)
            if isinstance(param, Option) and param.opts[0] != "--help":
                opt = max(param.opts, key=len)
                if takes_value(param) and opt not in OPTIONAL_VALUE:
                    args = [*path, *required_args(command), opt]
                    yield f"{where}: {opt} without its value", Case(args, opt)
                elif not takes_value(param):
                    args = [*path, *required_args(command), f"{opt}=x"]
                    yield f"{where}: {opt}=x on a flag", Case(args, opt)
            bad = bad_value(param)
            if bad is not None:
                others = required_args(command, skip=param)
                given = [max(param.opts, key=len), bad] if isinstance(param, Option) else [bad]
                yield f"{where}: bad {param.name}", Case([*path, *others, *given], bad)
        lists = any(p.nargs == -1 for p in command.params if not isinstance(p, Option))
        if not group and not lists:
            # Every positional argument filled (optional ones too), then one more.
            optional = [
                good_value(p)
                for p in command.params
                if not isinstance(p, Option) and not p.required
            ]
            args = [*path, *required_args(command), *optional, "extra-1"]
            yield f"{where}: too many arguments", Case(args, "extra-1")


CASES = dict(cases())


def run(
    args: list[str], lang: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str, str]:
    monkeypatch.setenv("QUEZ_LANG", lang)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a question gets the end of input
    try:
        main(args)
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_walk_covers_every_kind_of_mistake() -> None:
    names = " ".join(CASES)
    for kind in ("unknown option", "unknown command", "missing", "without its value",
                 "on a flag", "bad ", "too many arguments"):  # fmt: skip
        assert kind in names, kind
    assert {path for path, _ in COMMANDS} >= {("export",), ("deck", "validate"), ("vault",)}
    assert len(CASES) > 80


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", list(CASES))
def test_bad_arguments_get_one_line_naming_what_was_typed(
    name: str,
    lang: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = CASES[name]
    existing = tmp_path / "deck.yaml"
    existing.write_text(GOOD, encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    swap = {PLACEHOLDER: str(existing), DIRECTORY: str(folder)}
    args = [swap.get(word, word) for word in case.args]
    typed = swap.get(case.typed, case.typed)
    code, out, err = run(args, lang, monkeypatch, capsys)
    lines = [line for line in (out + err).splitlines() if line.strip()]
    assert code == 2, (args, out, err)
    assert len(lines) == 1, (args, lines)
    assert "Traceback" not in out + err
    assert typed in lines[0], (typed, lines[0])
    if lang == "nl":
        assert not [phrase for phrase in ENGLISH if phrase in lines[0]], lines[0]


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS if p], ids=" ".join)
def test_help_of_every_command_is_dutch(
    path: tuple[str, ...], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([*path, "--help"], "nl", monkeypatch, capsys)
    assert code == 0 and not err
    assert out.startswith(f"Gebruik: quez {' '.join(path)}")
    assert "Toon deze hulp en stop." in out
    assert not [phrase for phrase in ENGLISH if phrase in out], out


def test_a_group_without_a_command_shows_its_help_in_the_ui_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(["vault"], "nl", monkeypatch, capsys)
    assert code == 2
    assert err.startswith("Gebruik: quez vault") and "change-passphrase" in err
    assert not [phrase for phrase in ENGLISH if phrase in out + err]


WORD_FOR_WORD = [
    (["export"], "quez export: SESSIE ontbreekt (zie quez export --help)"),
    (["deck", "valdate"], "quez deck: de opdracht 'valdate' bestaat niet; bedoelt u 'validate'?"),
    (["draw", "--seed", "abc"], "quez draw: --seed: 'abc' is geen geheel getal"),
    (["export", "x", "--forc"], "quez export: de optie --forc bestaat niet; bedoelt u --force?"),
    (["sessions", "--status", "weg"],
     "quez sessions: --status: 'weg' kan niet; kies uit open, closed"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "line"), WORD_FOR_WORD)
def test_some_lines_word_for_word(
    args: list[str],
    line: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(args, "nl", monkeypatch, capsys) == (2, "", line + "\n")


def test_a_folder_given_as_a_deck_file_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["deck", "validate", str(tmp_path)], "en", monkeypatch, capsys)
    assert (code, err) == (2, f"quez deck validate: FILES: '{tmp_path}' is a folder; give a file\n")


def test_typed_text_is_cleaned_and_shortened(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["decks", "\x1b[31m" + "x" * 500], "en", monkeypatch, capsys)
    assert code == 2 and "\x1b" not in err
    assert err.startswith("quez decks: too many arguments: xxx") and "xxx… (see" in err
    assert len(err) < 200


@pytest.mark.parametrize(
    ("typed", "shown"), [("nope123", "nope123"), ("ZZZZZZZZ", "ZZZZZZZZ"), (" abc ", "abc")]
)
def test_an_unknown_session_is_named_as_typed(
    typed: str,
    shown: str,
    paths: Paths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from quez.store import Store

    Store.open(paths.db_path).close()
    for command in (["export"], ["sessions", "show"], ["check-privacy"]):
        code, _, err = run([*command, typed], "nl", monkeypatch, capsys)
        assert (code, err) == (2, f"Er is geen sessie met id {shown}.\n")


def test_text_that_is_no_id_is_not_echoed(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["export", "Jan Jansen uit Zwolle"], "nl", monkeypatch, capsys)
    assert code == 2 and "Jan" not in err
    assert err.startswith("Dat is geen sessie-id") and err.count("\n") == 1


def test_ctrl_c_or_end_of_input_at_a_question_is_one_calm_line(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.data_dir.mkdir(parents=True)
    code, out, err = run(["erase-all"], "nl", monkeypatch, capsys)
    assert code == 1
    assert out.rstrip().endswith(":")  # the question, left unanswered
    assert err == "\nAfgebroken.\n"  # on a line of its own, in Dutch
    assert paths.data_dir.exists()


def test_deck_remove_answers_on_a_new_line_after_ctrl_c(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.decks_dir.mkdir(parents=True)
    (paths.decks_dir / "eigen.yaml").write_text(GOOD.replace("id: proef", "id: eigen"))
    code, out, _ = run(["deck", "remove", "eigen"], "nl", monkeypatch, capsys)
    assert code == 1
    assert out.splitlines()[-1] == "Niets weggehaald."
    assert (paths.decks_dir / "eigen.yaml").exists()


@pytest.mark.parametrize(("lang", "word"), [("nl", "onbekende taal"), ("en", "unknown language")])
def test_an_unknown_quez_lang_is_one_line_like_an_unknown_lang_option(
    lang: str, word: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", f"{lang}_NL.UTF-8" if lang == "nl" else "en_GB.UTF-8")
    for args in ([], ["decks"], ["--help"]):
        monkeypatch.setenv("QUEZ_LANG", "xx")
        with pytest.raises(SystemExit) as stopped:
            main(args)
        assert stopped.value.code == 2
        out, err = capsys.readouterr()
        assert out == "" and err.count("\n") == 1
        assert err.startswith("QUEZ_LANG=xx:") and word in err


def test_lang_option_wins_over_a_bad_quez_lang(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QUEZ_LANG", "xx")
    main(["--lang", "en", "--help"])
    assert capsys.readouterr().out.startswith("Usage: quez")
    monkeypatch.setenv("QUEZ_LANG", "")  # empty is unset
    main(["--help"])
    assert capsys.readouterr().out.startswith("Gebruik: quez")


@pytest.mark.parametrize(
    ("value", "refused"),
    [("en", None), ("EN_gb.UTF-8", None), ("nl-BE", None), ("", None), ("  ", None),
     ("xx", "xx"), ("fr_FR", "fr_FR"), ("english", "english")],
)  # fmt: skip
def test_which_quez_lang_values_are_refused(value: str, refused: str | None) -> None:
    from quez.i18n import unsupported_env_language

    assert unsupported_env_language({"QUEZ_LANG": value}) == refused
    assert unsupported_env_language({"LANG": "fr_FR.UTF-8"}) is None  # the system's: a fallback


def test_rarer_click_errors_still_get_one_line_in_the_ui_language() -> None:
    from quez.cli.parsing import BadParameter, ClickException, Context, UsageError
    from quez.cli.usage import describe

    t = Translator("nl")
    root = typer.main.get_command(build_app(t))
    ctx = Context(root, info_name="quez")
    lang = next(p for p in root.params if p.name == "lang")
    assert describe(BadParameter("x", ctx=ctx, param=lang), t) == (
        "quez: --lang: deze waarde kan hier niet"
    )
    assert describe(UsageError("Missing command.", ctx), t) == (
        "quez: kies een opdracht (zie quez --help)"
    )
    assert describe(ClickException("boom"), t) == (
        "quez: deze opdracht begrijpt QueZ niet (zie quez --help)"
    )
