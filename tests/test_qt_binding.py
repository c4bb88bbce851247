"""The Qt binding must not leak or drop Python references on ordinary calls.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call returning nothing, and
the app aborted ("none_dealloc") after enough of them: a long day at the desk would crash.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_calls_that_return_nothing_keep_none_alive(qapp: QApplication):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        qapp.processEvents()
        label.setText("x")
        label.isVisible()
    assert sys.getrefcount(None) >= before - 50
