"""``quez deck print``: a self-contained, escaped A4 page with every card, checked in Chromium."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quez.decks import Deck, load_deck
from quez.decks.model import Card, LText, Theme
from quez.i18n import Translator
from quez.trainer.printing import (
    CARDS_PER_PAGE,
    page_count,
    print_items,
    render_print_html,
)
from tests.conftest import SHIPPED
from tests.trainer_helpers import HOSTILE, JE_THREE_THEMES, run

T = Translator("nl")


def _hostile(tmp_path: Path) -> Deck:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE)
    return load_deck(path)


def _texts(deck: Deck, lang: str) -> list[str]:
    out = []
    for theme in deck.themes:
        out += [theme.title.get(lang), theme.question.get(lang)]
    for card in deck.cards:
        out += [card.text.get(lang), *(f.get(lang) for f in card.followups)]
    return out


@pytest.mark.parametrize("name", ["gesprek", "intervisie"])
@pytest.mark.parametrize("large", [False, True])
def test_every_card_is_on_the_page(name: str, large: bool) -> None:
    deck = load_deck(SHIPPED / f"{name}.yaml")
    page = render_print_html(deck, T, large=large)
    for text in _texts(deck, "nl"):
        assert html.escape(text) in page
    for card in deck.cards:
        assert f"{deck.id} · versie {deck.version} · {card.id}</p>" in page
    assert page.count('<article class="card ') == len(deck.cards) + len(deck.themes)
    assert page.count('<section class="sheet">') == page_count(deck, large=large)
    assert page_count(deck, large=large) == -(-len(print_items(deck)) // CARDS_PER_PAGE[large])
    assert ('<body class="large">' in page) is large


ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "p", "section", "article", "div"}
ALLOWED_TAGS |= {"span", "h2", "ul", "li"}


class _Tags(HTMLParser):
    """Collects every tag and attribute of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.css = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.css += data


def _assert_self_contained(page: str) -> None:
    parsed = _Tags()
    parsed.feed(page)
    assert {tag for tag, _ in parsed.tags} <= ALLOWED_TAGS
    for _, attrs in parsed.tags:
        assert not {"src", "href", "srcset", "action", "poster", "data"} & set(attrs)
        assert not any(name.startswith("on") for name in attrs)
    css = parsed.css.lower()
    assert "url(" not in css and "@import" not in css and "http" not in css


def test_page_is_self_contained() -> None:
    page = render_print_html(load_deck(SHIPPED / "gesprek.yaml"), T)
    _assert_self_contained(page)
    low = page.lower()
    for needle in ("src=", "href=", "url(", "http://", "https://", "<script", "<link", "@import"):
        assert needle not in low
    assert "@page" in page and "size: A4" in page and "break-inside: avoid" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    deck = _hostile(tmp_path)
    page = render_print_html(deck, T)
    _assert_self_contained(page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; [bold]markup[/bold]" in page
    assert "What is &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; for you?" in page
    assert "&lt;a href=&quot;http://evil.example&quot;&gt;What&lt;/a&gt; else?" in page
    assert "&lt;style&gt;body{background:url(http://x/y)}&lt;/style&gt;" in page
    assert "1&lt;b&gt;" in page  # the version in every footer


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(min_size=1, max_size=80).filter(lambda s: s.strip()))
def test_any_text_is_escaped(text: str) -> None:
    lt = LText({"en": text})
    deck = Deck(
        id="x",
        title=lt,
        description=lt,
        kind="client",
        languages=("en",),
        themes=(Theme("t", lt, lt),),
        cards=(Card("c", lt, theme="t", followups=(lt,)),),
        version=text,
    )
    page = render_print_html(deck, T)
    assert html.escape(text, quote=True) in page
    _assert_self_contained(page)


def test_no_internal_tags_on_paper(tmp_path: Path) -> None:
    """Tags are for QueZ: a paper card shows their meaning in words, never the tags themselves."""
    gesprek = render_print_html(load_deck(SHIPPED / "gesprek.yaml"), T)
    assert "labels:" not in gesprek and "tags:" not in gesprek
    assert "core" not in gesprek  # the heading says "Opening" in words; the tag is not shown
    assert gesprek.count("kernvraag om mee te beginnen") == len(
        [c for c in load_deck(SHIPPED / "gesprek.yaml").cards if "core" in c.tags]
    )
    intervisie = load_deck(SHIPPED / "intervisie.yaml")
    page = render_print_html(intervisie, Translator("en"))
    assert "Fits the step: exploring, analysing" in page and "tags:" not in page
    path = tmp_path / "eigen.yaml"
    path.write_text(
        JE_THREE_THEMES.replace("    text:", "    tags: [geheim-intern, opening]\n    text:", 1)
    )
    own = render_print_html(load_deck(path), T)
    assert "geheim-intern" not in own and "labels:" not in own


def test_cli_print_by_id_and_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(["deck", "print", "gesprek"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "gesprek-kaarten.html"
    assert "93 kaarten, 31 pagina's" in result.output
    first = out.read_text()
    assert os.stat(out).st_mode & 0o777 == 0o600
    again = run(["deck", "print", "gesprek", "--large"])
    assert again.exit_code == 1 and "--force" in again.output
    assert out.read_text() == first
    forced = run(["deck", "print", "gesprek", "--large", "--force"])
    assert forced.exit_code == 0
    assert '<body class="large">' in out.read_text()

    deck_file = tmp_path / "jongeren.yaml"
    deck_file.write_text(JE_THREE_THEMES)
    by_path = run(["deck", "print", str(deck_file), "-o", str(tmp_path / "j.html")])
    assert by_path.exit_code == 0, by_path.output
    assert "Waar ben je trots op deze week?" in (tmp_path / "j.html").read_text()
    english = run(["deck", "print", "intervisie", "-o", str(tmp_path)], lang="en")
    assert english.exit_code == 0
    assert (tmp_path / "intervisie-cards.html").is_file()


def test_cli_print_unknown_or_invalid(tmp_path: Path) -> None:
    unknown = run(["deck", "print", "bestaat-niet", "-o", str(tmp_path / "x.html")])
    assert unknown.exit_code == 1 and "niet gevonden" in unknown.output
    broken = tmp_path / "kapot.yaml"
    broken.write_text("format: 1\n")
    invalid = run(["deck", "print", str(broken), "-o", str(tmp_path / "x.html")])
    assert invalid.exit_code == 1 and f"{broken}:" in invalid.output
    assert not (tmp_path / "x.html").exists()


# --- In a real browser ------------------------------------------------------------------------


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("headless Chromium is required in CI (apt-get install chromium)")
    pytest.skip("headless Chromium is not installed")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is required in CI (apt-get install poppler-utils)")
    pytest.skip(f"{name} is not installed")


def to_pdf(html_file: Path, pdf: Path, work: Path) -> None:
    """Print ``html_file`` to ``pdf`` with headless Chromium (no network, throwaway profile)."""
    subprocess.run(
        [
            _chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            f"--user-data-dir={work / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html_file.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )


def _pages(pdf: Path) -> int:
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    assert match and "A4" in info.stdout
    return int(match.group(1))


def _pdf_text(pdf: Path) -> str:
    out = subprocess.run(
        [_tool("pdftotext"), "-raw", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    # pdftotext sometimes splits a word in large type ("Gelijkwaa rdigheid"): compare without
    # any whitespace.
    return _squash(out.stdout)


def _squash(text: str) -> str:
    return "".join(text.replace("\u00ad", "").split())


@pytest.mark.browser
@pytest.mark.parametrize(("name", "large"), [("gesprek", False), ("intervisie", True)])
def test_pdf_has_expected_pages_and_every_card(tmp_path: Path, name: str, large: bool) -> None:
    deck = load_deck(SHIPPED / f"{name}.yaml")
    page = tmp_path / "cards.html"
    page.write_text(render_print_html(deck, T, large=large), encoding="utf-8")
    pdf = tmp_path / "cards.pdf"
    to_pdf(page, pdf, tmp_path)
    expected = -(-(len(deck.cards) + len(deck.themes)) // (2 if large else 3))
    assert _pages(pdf) == expected == page_count(deck, large=large)
    text = _pdf_text(pdf)
    for card in deck.cards:
        assert _squash(card.text.get("nl")) in text, card.id
        for followup in card.followups:
            assert _squash(followup.get("nl")) in text, card.id
        assert _squash(f"{deck.id} · versie {deck.version} · {card.id}") in text
    for theme in deck.themes:
        assert _squash(theme.title.get("nl")) in text
        assert _squash(theme.question.get("nl")) in text


@pytest.mark.browser
def test_pdf_of_hostile_and_long_deck(tmp_path: Path) -> None:
    """Escaped text prints as text; very long texts never push a card onto another page."""
    deck = _hostile(tmp_path)
    long_text = "Wat " + "heel erg lange vraag " * 20 + "?"
    cards = tuple(Card(f"c{i}", LText({"en": long_text}), theme="t1") for i in range(7))
    deck = Deck(**{**deck.__dict__, "cards": deck.cards + cards})
    page = tmp_path / "cards.html"
    page.write_text(render_print_html(deck, T), encoding="utf-8")
    pdf = tmp_path / "cards.pdf"
    to_pdf(page, pdf, tmp_path)
    assert _pages(pdf) == page_count(deck) == 3
    text = _pdf_text(pdf)
    assert _squash("What is <script>alert('x')</script> for you?") in text
    assert _squash('<a href="http://evil.example">What</a> else?') in text
