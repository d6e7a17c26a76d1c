"""Large letters for the large-text mode: a 3×5 pixel font drawn with half blocks (▀ ▄ █).

Each letter is three terminal rows high. Only what the font knows is drawn large (letters,
digits, common punctuation; accents are folded: ë → E); anything else, or text that does not
fit, is shown as ordinary text by the caller (see :func:`fits`).
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
ROWS = 3  # terminal rows per line of large text
_SPACE = 2


def _glyph(pattern: str) -> tuple[str, str, str]:
    pixels = [*pattern.split("|"), "." * len(pattern.split("|")[0])]
    out = []
    for top, bottom in zip(pixels[0::2], pixels[1::2], strict=True):
        out.append("".join(_BLOCKS[(a == "#", b == "#")] for a, b in zip(top, bottom, strict=True)))
    return out[0], out[1], out[2]


FONT = {char: _glyph(pattern) for char, pattern in _FONT_SRC.items()}


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).upper()


def _word(word: str) -> tuple[str, str, str] | None:
    glyphs = [FONT.get(c) for c in word]
    if not glyphs or any(g is None for g in glyphs):
        return None
    rows = tuple(" ".join(g[i] for g in glyphs if g) for i in range(ROWS))
    return rows[0], rows[1], rows[2]


def _wrap(text: str, width: int) -> list[list[tuple[str, str, str]]] | None:
    lines: list[list[tuple[str, str, str]]] = []
    used = 0
    for raw in _fold(text).split():
        word = _word(raw)
        if word is None or len(word[0]) > width:
            return None
        need = len(word[0]) + (_SPACE if used else 0)
        if lines and used + need <= width:
            lines[-1].append(word)
            used += need
        else:
            lines.append([word])
            used = len(word[0])
    return lines


def fits(text: str, width: int, height: int) -> bool:
    """True when ``text`` can be drawn large within ``width`` × ``height`` cells."""
    lines = _wrap(text, width)
    return lines is not None and 0 < len(lines) * (ROWS + 1) - 1 <= height


def big_lines(text: str, width: int) -> list[str]:
    """``text`` drawn large, wrapped to ``width`` (check :func:`fits` first)."""
    out: list[str] = []
    for words in _wrap(text, width) or []:
        if out:
            out.append("")
        for i in range(ROWS):
            out.append((" " * _SPACE).join(w[i] for w in words))
    return out
