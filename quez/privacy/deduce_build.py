"""``python -m quez.privacy.deduce_build FOLDER``: build deduce's lookup cache in FOLDER.

Run by :func:`quez.privacy.deduce_engine.build` as a separate process, so the minute of
interpreter-lock-heavy work never stalls the TUI. FOLDER holds the trimmed word lists; the
cache is written to ``FOLDER/cache``. Exit 0 on success. No client text is involved.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from quez.privacy.deduce_engine import CACHE_FILE, make_model

    if len(argv) != 1:
        return 2
    folder = Path(argv[0])
    make_model(folder)
    return 0 if (folder / CACHE_FILE).is_file() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
