"""What the trainer commands do and print. Deck text is printed as plain text, never markup."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.text import Text

from quez.cli.context import CliContext
from quez.decks import Deck, DeckError, load_deck
from quez.decks.problems import Problem

EXIT_USAGE = 2


def _problems(cx: CliContext, problems: list[Problem]) -> int:
    err = cx.console(stderr=True)
    for problem in problems:
        err.print(Text(problem.render(cx.t)), soft_wrap=True)
    return 1


def _say(cx: CliContext, key: str, **params: object) -> None:
    cx.console().print(Text(cx.t(key, **params)), soft_wrap=True)


def _confirm(cx: CliContext, question: str) -> bool:
    """Ask a yes/no question in the UI language ("j" counts as yes in Dutch); default no."""
    try:
        answer = typer.prompt(
            f"{question} {cx.t('confirm.choices')}", default="", show_default=False
        )
    except typer.Abort:
        typer.echo()  # the question's line ends at "^C": the answer starts on a new one
        return False
    return answer.strip().lower() in cx.t("confirm.yes").split(",")


def _languages(value: str | None, default: str) -> tuple[str, ...]:
    raw = value if value is not None else default
    return tuple(part.strip().lower() for part in raw.split(",") if part.strip())


def new_deck(cx: CliContext, name: str, kind: str, lang: str | None, output: Path | None) -> int:
    """``quez deck new``: write a commented starter deck (never over an existing file)."""
    from quez.trainer.examples import LANGUAGES
    from quez.trainer.starter import (
        KINDS,
        deck_id_from_name,
        starter_deck,
        write_schema_beside,
        write_starter,
    )

    t = cx.t
    languages = _languages(lang, cx.lang)
    if kind not in KINDS:
        raise cx.fail(t("new.bad_kind", kind=kind, options=", ".join(KINDS)), EXIT_USAGE)
    bad = [code for code in languages if code not in LANGUAGES]
    if bad or not languages or len(set(languages)) != len(languages):
        shown = ", ".join(bad) or (lang or "")
        raise cx.fail(t("new.bad_lang", lang=shown, options=", ".join(LANGUAGES)), EXIT_USAGE)
    deck_id = deck_id_from_name(name)
    if not deck_id:
        raise cx.fail(t("new.bad_name"), EXIT_USAGE)
    target = Path(f"{deck_id}.yaml") if output is None else output
    if target.is_dir():
        target = target / f"{deck_id}.yaml"
    if target.exists():
        raise cx.fail(t("new.exists", path=target))
    text = starter_deck(name, t, kind=kind, languages=languages)
    try:
        write_starter(target, text)
    except FileExistsError:
        raise cx.fail(t("new.exists", path=target)) from None
    except OSError as exc:
        raise cx.fail(t("trainer.write_failed", path=target, reason=exc.strerror)) from None
    _say(cx, "new.done", path=target, id=deck_id)
    try:
        if write_schema_beside(target.parent.absolute()):
            _say(cx, "new.schema", path=target.parent / "deck.schema.json")
    except OSError:
        _say(cx, "new.schema_failed")
    _say(cx, "new.next", path=target)
    return 0


def preview_deck(cx: CliContext, path: Path) -> int:
    """``quez deck preview``: every card as it will look; problems like ``validate``."""
    from quez.trainer.preview import preview_renderables

    try:
        deck = load_deck(path, str(path))
    except DeckError as exc:
        return _problems(cx, exc.problems)
    out = cx.console()
    for renderable in preview_renderables(deck, cx.t):
        out.print(renderable)
    return 0


def install(cx: CliContext, path: Path, *, replace: bool, force: bool) -> int:
    """``quez deck install``: validate, lint, then copy into the user's deck folder."""
    from quez.lint import lint_deck
    from quez.trainer.install import InstallError, install_deck, read_deck

    t = cx.t
    try:
        deck, data = read_deck(path, str(path))
    except DeckError as exc:
        return _problems(cx, exc.problems)
    findings = lint_deck(deck, translator=t)
    err = cx.console(stderr=True)
    for finding in findings:
        err.print(Text(finding.render()), soft_wrap=True)
    errors = sum(1 for f in findings if f.level == "error")
    if errors and not force:
        raise cx.fail(t("install.lint_blocked", errors=errors, path=path))
    try:
        done = install_deck(deck, data, path, cx.paths, replace=replace)
    except InstallError as exc:
        raise cx.fail(exc.message(t)) from None
    except OSError as exc:
        raise cx.fail(t("trainer.write_failed", path=path, reason=exc.strerror)) from None
    _say(
        cx,
        "install.replaced" if done.replaced else "install.done",
        id=done.deck_id,
        path=done.target,
    )
    if errors:
        _say(cx, "install.forced", errors=errors)
    _say(cx, "install.next", id=done.deck_id)
    return 0


def remove(cx: CliContext, deck_id: str, *, yes: bool) -> int:
    """``quez deck remove``: delete a user deck (asks first unless ``--yes``)."""
    from quez.trainer.install import InstallError, find_user_deck, shipped_decks

    t = cx.t
    try:
        path = find_user_deck(deck_id, cx.paths)
    except InstallError as exc:
        raise cx.fail(exc.message(t)) from None
    if not yes and not _confirm(cx, t("remove.confirm", id=deck_id, path=path)):
        _say(cx, "remove.kept")
        return 1
    try:
        path.unlink()
    except OSError as exc:
        raise cx.fail(t("trainer.write_failed", path=path, reason=exc.strerror)) from None
    _say(cx, "remove.done", id=deck_id, path=path)
    if shipped_decks(cx.paths).get(deck_id) is not None:
        _say(cx, "remove.shipped_stays", id=deck_id)
    return 0


def resolve_deck(cx: CliContext, spec: str) -> Deck:
    """A deck by file path (``mijn-stapel.yaml``) or by id (``gesprek``)."""
    path = Path(spec)
    if path.is_file() or path.suffix in (".yaml", ".yml") or "/" in spec:
        try:
            return load_deck(path, spec)
        except DeckError as exc:
            raise typer.Exit(_problems(cx, exc.problems)) from None
    deck = cx.decks().get(spec)
    if deck is None:
        raise cx.fail(cx.t("print.no_deck", deck=spec))
    return deck


def print_cards(cx: CliContext, spec: str, output: Path | None, *, large: bool, force: bool) -> int:
    """``quez deck print``: write the printable HTML page (never over a file without --force)."""
    from quez.fsutil import atomic_write_text
    from quez.trainer.printing import default_filename, page_count, print_items, render_print_html

    t = cx.t
    deck = resolve_deck(cx, spec)
    target = Path(default_filename(deck, t)) if output is None else output
    if target.is_dir():
        target = target / default_filename(deck, t)
    if target.exists() and not force:
        raise cx.fail(t("print.exists", path=target))
    html = render_print_html(deck, t, large=large)
    try:
        atomic_write_text(target, html, overwrite=force)
    except FileExistsError:
        raise cx.fail(t("print.exists", path=target)) from None
    except OSError as exc:
        raise cx.fail(t("trainer.write_failed", path=target, reason=exc.strerror)) from None
    cards, pages = len(print_items(deck)), page_count(deck, large=large)
    _say(cx, "print.done", path=target, cards=cards, pages=pages)
    _say(cx, "print.next")
    return 0
