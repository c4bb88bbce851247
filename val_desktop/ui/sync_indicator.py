"""The synchronisation status in the main window's status bar.

A small coloured chip says where things stand — "Synced 14:05", "Syncing — receiving 1,200 of
48,000" with a progress bar and Stop, "Offline — 3 changes waiting", "2 conflicts to resolve" —
its tooltip says more, and a click opens a menu: Sync now (F5), Cancel sync, Resolve conflicts…,
Connection settings…. Offline is a calm colour, not an alarm: working offline is normal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QMenu, QProgressBar, QToolButton, QWidget

from .sync_controller import SyncActions, SyncController, SyncState

# kind -> (text colour, background, border)
COLOURS = {
    "local": ("#5a6270", "transparent", "#c9d1da"),
    "syncing": ("#1d3557", "#e6eef7", "#a9c0dc"),
    "synced": ("#1b5e20", "#e3f4e8", "#9fd3ae"),
    "pending": ("#1d3557", "#eef2f6", "#c9d1da"),
    "offline": ("#5c4400", "#fff4ce", "#e0c060"),
    "paused": ("#5c4400", "#fff4ce", "#e0c060"),
    "incomplete": ("#5c4400", "#fff4ce", "#e0c060"),
    "conflicts": ("#7a2e00", "#ffe0cc", "#f0a070"),
    "attention": ("#b00020", "#fde7ea", "#e8a0aa"),
}


class SyncIndicator(QWidget):
    def __init__(self, controller: SyncController, actions: SyncActions, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("syncIndicator")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        layout.addStretch(1)

        self.menu = QMenu(self)
        self.menu.addAction(actions.sync_now)
        self.menu.addAction(actions.cancel)
        self.menu.addSeparator()
        self.menu.addAction(actions.conflicts)
        self.menu.addAction(actions.settings)

        self.button = QToolButton(self)
        self.button.setObjectName("syncStatus")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.button.setMenu(self.menu)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.button)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setAccessibleName("Synchronisation progress")
        self.progress.setFixedWidth(150)
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)

        self.stop = QToolButton(self)
        self.stop.setObjectName("syncStop")
        self.stop.setText("Stop")
        self.stop.setToolTip("Stop the sync safely; it goes on from there next time")
        self.stop.setAccessibleName("Stop synchronising")
        self.stop.clicked.connect(controller.cancel)
        self.stop.hide()
        layout.addWidget(self.stop)

        self.state: SyncState | None = None
        controller.stateChanged.connect(self.show_state)
        self.show_state(controller.state)

    @property
    def text(self) -> str:
        return self.button.text().removeprefix("● ")

    def show_state(self, state: SyncState) -> None:
        self.state = state
        self.button.setText(f"● {state.text}")
        self.button.setToolTip(state.tooltip)
        self.button.setAccessibleName(f"Synchronisation: {state.text}")
        self.button.setAccessibleDescription(state.tooltip)
        colour, background, border = COLOURS.get(state.kind, COLOURS["local"])
        self.button.setStyleSheet(
            f"QToolButton#syncStatus {{ color: {colour}; background: {background}; "
            f"border: 1px solid {border}; border-radius: 9px; padding: 1px 10px; "
            f"font-weight: 600; }}"
            "QToolButton#syncStatus::menu-indicator { image: none; width: 0; }")
        self.progress.setVisible(state.running)
        self.stop.setVisible(state.running)
        if state.running:
            if state.total:
                self.progress.setRange(0, max(1, state.total))
                self.progress.setValue(min(state.done, state.total))
            else:
                self.progress.setRange(0, 0)  # busy: how much is not known yet
        self.stop.setEnabled(state.running and state.text != "Stopping sync…")
