"""Small things the directory, new-referral and import screens share: asking before something
that cannot be taken back, and two fixes for how the style sheet meets generated forms."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

# resources/style.qss: QPushButton { padding: 4px 12px } and a default button in bold.
_BUTTON_PADDING = 2 * 12 + 12


def confirm(parent: QWidget, title: str, text: str, yes_text: str) -> bool:
    """Ask before something that changes what others see or loses work; Cancel is the
    default, so Enter does no harm."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


def repolish(root: QWidget) -> None:
    """Apply the style sheet again under ``root``. A widget placed in a QScrollArea by a
    generated form is polished before its ``class`` property is set (setWidget asks its size),
    so label classes such as fieldError would otherwise never apply."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.property("class"):
            widget.style().unpolish(widget)
            widget.style().polish(widget)


def fit_bold_buttons(root: QWidget) -> None:
    """Make every button wide enough for its text in bold: the style sheet sets the default
    button in bold after its width is worked out, which clips the text."""
    for button in root.findChildren(QPushButton):
        font = QFont(button.font())
        font.setWeight(QFont.Weight.DemiBold)
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        width = QFontMetrics(font).horizontalAdvance(text) + _BUTTON_PADDING
        if button.minimumWidth() < width:
            button.setMinimumWidth(width)
