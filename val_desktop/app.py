"""Composition root for `val-desktop` (the windows arrive with the desktop issue)."""

from __future__ import annotations

import sys


def main() -> int:
    print("VAL Desktop: the desktop window arrives with the next release; use `valctl` meanwhile.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
