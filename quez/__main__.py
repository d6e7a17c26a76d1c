"""Allow ``python -m quez``."""

from __future__ import annotations

from quez.cli import main

if __name__ == "__main__":
    main()
