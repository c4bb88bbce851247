"""Preview a document made in memory (a letter, a case summary), then print it on any installed
printer or save it as a PDF.

Handing a document out can mean something on the case: a referral letter is a disclosure, a
letter to the victim is a contact. `on_output` is called once, before the first print goes to
the printer or once the first save is on disk; if it raises (the consent was withdrawn in the
meantime, say) nothing more happens, the reason is shown and a saved file is removed.

    DocumentPreviewDialog(pdf_bytes, title=..., file_name="VAL-26-….pdf", intro=...,
                          record_note="Printing or saving records …", on_output=record,
                          parent=self).exec()
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from .dialog_polish import fit_bold_buttons, repolish
from .generated.ui_document_preview_dialog import Ui_DocumentPreviewDialog

PRINT_DPI = 300  # pages are drawn for the printer at this resolution at most


class DocumentPreviewDialog(QDialog):
    """After a print or save, `output_done` is True and `saved_to` names the file saved."""

    def __init__(self, pdf: bytes, *, title: str, file_name: str, intro: str = "",
                 record_note: str = "", on_output: Callable[[], None] | None = None,
                 parent=None):
        super().__init__(parent)
        self.pdf = pdf
        self.file_name = file_name
        self.on_output = on_output
        self.output_done = False
        self.saved_to: Path | None = None
        self.ui = Ui_DocumentPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.intro.setText(intro)
        self.ui.intro.setVisible(bool(intro))
        self.ui.recordNote.setText(record_note)
        self.ui.recordNote.setVisible(bool(record_note))
        self.ui.problem.hide()

        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        view = self.ui.view
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setPageSpacing(12)
        count = self.document.pageCount()
        self.ui.pages.setText(f"{count} page{'s' if count != 1 else ''}")

        self.ui.print.clicked.connect(self.print_document)
        self.ui.saveAs.clicked.connect(self.save_as)
        self.ui.close.clicked.connect(self.reject)
        self.ui.zoomIn.clicked.connect(lambda: self._zoom(1.25))
        self.ui.zoomOut.clicked.connect(lambda: self._zoom(0.8))
        self.ui.fitWidth.clicked.connect(
            lambda: self.ui.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for keys, slot in ((QKeySequence.StandardKey.Print, self.print_document),
                           (QKeySequence.StandardKey.Save, self.save_as),
                           (QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(1.25)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(0.8))):
            QShortcut(QKeySequence(keys), self, activated=slot)
        fit_bold_buttons(self)
        repolish(self)
        self.ui.print.setFocus()

    # -- zoom ----------------------------------------------------------------------------------
    def _zoom(self, factor: float) -> None:
        view = self.ui.view
        current = view.zoomFactor() if view.zoomMode() == QPdfView.ZoomMode.Custom else (
            self._fit_factor())
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def _fit_factor(self) -> float:
        size = self.document.pagePointSize(0)
        if size.width() <= 0:
            return 1.0
        # QPdfView shows a page at zoom 1 at the screen's logical DPI.
        dpi = self.logicalDpiX() or 96
        return self.ui.view.viewport().width() / (size.width() / 72 * dpi)

    # -- handing the document out --------------------------------------------------------------
    def _record(self) -> bool:
        """Run on_output once; False (with the reason shown) if it refused."""
        if self.output_done or self.on_output is None:
            self.output_done = True
            return True
        try:
            self.on_output()
        except Exception as error:  # the store's refusal, in words
            self._problem(str(error))
            return False
        self.output_done = True
        return True

    def print_document(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, self.document.pageCount())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(f"Print {self.windowTitle()}")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Record (once), then draw every chosen page on `printer`."""
        if not self._record():
            return False
        first, last = printer.fromPage(), printer.toPage()
        count = self.document.pageCount()
        if first <= 0:
            first, last = 1, count
        last = min(last or count, count)
        painter = QPainter()
        if not painter.begin(printer):
            self._problem("The printer could not be started. Check that it is switched on and "
                          "connected, then try again.")
            return False
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                self._draw_page(painter, printer, number - 1)
        finally:
            painter.end()
        self.ui.problem.hide()
        return True

    def _draw_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        target = painter.viewport()
        size_pt = self.document.pagePointSize(index)
        dpi = min(printer.resolution(), PRINT_DPI)
        image = self.document.render(
            index, QSize(round(size_pt.width() / 72 * dpi), round(size_pt.height() / 72 * dpi)))
        scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.save()
        painter.setViewport(target.x(), target.y(), scaled.width(), scaled.height())
        painter.setWindow(image.rect())
        painter.drawImage(0, 0, image)
        painter.restore()

    def save_as(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self, "Save as PDF", str(Path(folder) / self.file_name), "PDF files (*.pdf)")
        if not path:
            return None
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> Path | None:
        """Write the PDF to `path` (whole or not at all), then record (once)."""
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        part = path.with_name(path.name + ".part")
        try:
            part.write_bytes(self.pdf)
            os.replace(part, path)
        except OSError as error:
            part.unlink(missing_ok=True)
            self._problem(f"The file could not be saved in {path.parent}: "
                          f"{error.strerror or error}. Choose another folder.")
            return None
        if not self._record():
            path.unlink(missing_ok=True)
            return None
        self.saved_to = path
        self.ui.problem.hide()
        return path

    def _problem(self, text: str) -> None:
        self.ui.problem.setText(text)
        self.ui.problem.show()
