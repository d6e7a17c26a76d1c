"""Large letters: a 3×5 pixel font drawn with half blocks (▀ ▄ █), or twice as large.

At ``scale=1`` each letter is three terminal rows high; at ``scale=2`` (large-text mode) each
pixel is a full block two columns wide, so a letter is five rows high. Only what the font knows
is drawn large (letters, digits, common punctuation; accents are folded: ë → E); anything else,
or text that does not fit, is shown as ordinary text by the caller (see :func:`fits`).
"""

from __future__ import annotations

import unicodedata

_FONT_SRC = {
    "A": ".#.|#.#|###|#.#|#.#",
    "B": "##.|#.#|##.|#.#|##.",
    "C": ".##|#..|#..|#..|.##",
    "D": "##.|#.#|#.#|#.#|##.",
    "E": "###|#..|##.|#..|###",
    "F": "###|#..|##.|#..|#..",
    "G": ".##|#..|#.#|#.#|.##",
    "H": "#.#|#.#|###|#.#|#.#",
    "I": "###|.#.|.#.|.#.|###",
    "J": "..#|..#|..#|#.#|.#.",
    "K": "#.#|#.#|##.|#.#|#.#",
    "L": "#..|#..|#..|#..|###",
    "M": "#...#|##.##|#.#.#|#...#|#...#",
    "N": "#..#|##.#|#.##|#..#|#..#",
    "O": ".#.|#.#|#.#|#.#|.#.",
    "P": "##.|#.#|##.|#..|#..",
    "Q": ".#.|#.#|#.#|##.|.##",
    "R": "##.|#.#|##.|#.#|#.#",
    "S": ".##|#..|.#.|..#|##.",
    "T": "###|.#.|.#.|.#.|.#.",
    "U": "#.#|#.#|#.#|#.#|###",
    "V": "#.#|#.#|#.#|#.#|.#.",
    "W": "#...#|#...#|#.#.#|##.##|#...#",
    "X": "#.#|#.#|.#.|#.#|#.#",
    "Y": "#.#|#.#|.#.|.#.|.#.",
    "Z": "###|..#|.#.|#..|###",
    "0": "###|#.#|#.#|#.#|###",
    "1": ".#.|##.|.#.|.#.|###",
    "2": "##.|..#|.#.|#..|###",
    "3": "##.|..#|.#.|..#|##.",
    "4": "#.#|#.#|###|..#|..#",
    "5": "###|#..|##.|..#|##.",
    "6": ".##|#..|###|#.#|###",
    "7": "###|..#|.#.|.#.|.#.",
    "8": "###|#.#|###|#.#|###",
    "9": "###|#.#|###|..#|##.",
    "?": "##.|..#|.#.|...|.#.",
    "!": "#|#|#|.|#",
    ".": ".|.|.|.|#",
    ",": ".|.|.|#|#",
    "'": "#|#|.|.|.",
    '"': "#.#|#.#|...|...|...",
    "-": "...|...|###|...|...",
    ":": ".|#|.|#|.",
    ";": ".|#|.|#|#",
    "(": ".#|#.|#.|#.|.#",
    ")": "#.|.#|.#|.#|#.",
    "/": "..#|..#|.#.|#..|#..",
}
_BLOCKS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}
ROWS = 3  # terminal rows per line of large text (scale 1)
_ROWS = {1: 3, 2: 5}
_SPACE = 2

Glyph = tuple[str, ...]


def _glyph(pattern: str) -> Glyph:
    pixels = [*pattern.split("|"), "." * len(pattern.split("|")[0])]
    out = []
    for top, bottom in zip(pixels[0::2], pixels[1::2], strict=True):
        out.append("".join(_BLOCKS[(a == "#", b == "#")] for a, b in zip(top, bottom, strict=True)))
    return tuple(out)


def _glyph2(pattern: str) -> Glyph:
    return tuple("".join("██" if c == "#" else "  " for c in row) for row in pattern.split("|"))


FONT = {char: _glyph(pattern) for char, pattern in _FONT_SRC.items()}
FONT2 = {char: _glyph2(pattern) for char, pattern in _FONT_SRC.items()}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def _word(word: str, scale: int) -> Glyph | None:
    font = FONT2 if scale == 2 else FONT
    glyphs = [font.get(c) for c in word]
    if not glyphs or any(g is None for g in glyphs):
        return None
    gap = " " * scale
    return tuple(gap.join(g[i] for g in glyphs if g) for i in range(_ROWS[scale]))


def _wrap(text: str, width: int, scale: int) -> list[list[Glyph]] | None:
    lines: list[list[Glyph]] = []
    used = 0
    space = _SPACE * scale
    for raw in _fold(text).split():
        word = _word(raw, scale)
        if word is None or len(word[0]) > width:
            return None
        need = len(word[0]) + (space if used else 0)
        if lines and used + need <= width:
            lines[-1].append(word)
            used += need
        else:
            lines.append([word])
            used = len(word[0])
    return lines


def fits(text: str, width: int, height: int, scale: int = 1) -> bool:
    """True when ``text`` can be drawn large within ``width`` × ``height`` cells."""
    lines = _wrap(text, width, scale)
    return lines is not None and 0 < len(lines) * (_ROWS[scale] + 1) - 1 <= height


def big_lines(text: str, width: int, scale: int = 1) -> list[str]:
    """``text`` drawn large, wrapped to ``width`` (check :func:`fits` first)."""
    out: list[str] = []
    for words in _wrap(text, width, scale) or []:
        if out:
            out.append("")
        for i in range(_ROWS[scale]):
            out.append((" " * (_SPACE * scale)).join(w[i] for w in words))
    return out
