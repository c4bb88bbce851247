"""Where the shipped resources are, whether running from a checkout or an installed wheel.

The wheel maps the top-level `resources/` folder to the package `val_desktop.resources`; a plain
checkout on `sys.path` (no install) falls back to the folder beside the package.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def _root() -> Traversable:
    try:
        return resources.files("val_desktop.resources")
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "resources"


def resource(name: str) -> Traversable:
    return _root().joinpath(name)


def read_text(name: str) -> str:
    return resource(name).read_text(encoding="utf-8")
