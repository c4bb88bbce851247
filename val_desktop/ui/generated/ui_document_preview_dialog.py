# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_DocumentPreviewDialog(object):
    def setupUi(self, DocumentPreviewDialog):
        if not DocumentPreviewDialog.objectName():
            DocumentPreviewDialog.setObjectName(u"DocumentPreviewDialog")
        DocumentPreviewDialog.resize(900, 720)
        self.layout = QVBoxLayout(DocumentPreviewDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(DocumentPreviewDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.recordNote = QLabel(DocumentPreviewDialog)
        self.recordNote.setObjectName(u"recordNote")
        self.recordNote.setWordWrap(True)

        self.layout.addWidget(self.recordNote)

        self.view = QPdfView(DocumentPreviewDialog)
        self.view.setObjectName(u"view")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.view.sizePolicy().hasHeightForWidth())
        self.view.setSizePolicy(sizePolicy)

        self.layout.addWidget(self.view)

        self.pageRow = QHBoxLayout()
        self.pageRow.setObjectName(u"pageRow")
        self.pages = QLabel(DocumentPreviewDialog)
        self.pages.setObjectName(u"pages")

        self.pageRow.addWidget(self.pages)

        self.pageSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageRow.addItem(self.pageSpacer)

        self.zoomOut = QPushButton(DocumentPreviewDialog)
        self.zoomOut.setObjectName(u"zoomOut")
        self.zoomOut.setAutoDefault(False)

        self.pageRow.addWidget(self.zoomOut)

        self.fitWidth = QPushButton(DocumentPreviewDialog)
        self.fitWidth.setObjectName(u"fitWidth")
        self.fitWidth.setAutoDefault(False)

        self.pageRow.addWidget(self.fitWidth)

        self.zoomIn = QPushButton(DocumentPreviewDialog)
        self.zoomIn.setObjectName(u"zoomIn")
        self.zoomIn.setAutoDefault(False)

        self.pageRow.addWidget(self.zoomIn)


        self.layout.addLayout(self.pageRow)

        self.problem = QLabel(DocumentPreviewDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.print = QPushButton(DocumentPreviewDialog)
        self.print.setObjectName(u"print")

        self.buttonRow.addWidget(self.print)

        self.saveAs = QPushButton(DocumentPreviewDialog)
        self.saveAs.setObjectName(u"saveAs")
        self.saveAs.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveAs)

        self.close = QPushButton(DocumentPreviewDialog)
        self.close.setObjectName(u"close")
        self.close.setAutoDefault(False)

        self.buttonRow.addWidget(self.close)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.view, self.zoomOut)
        QWidget.setTabOrder(self.zoomOut, self.fitWidth)
        QWidget.setTabOrder(self.fitWidth, self.zoomIn)
        QWidget.setTabOrder(self.zoomIn, self.print)
        QWidget.setTabOrder(self.print, self.saveAs)
        QWidget.setTabOrder(self.saveAs, self.close)

        self.retranslateUi(DocumentPreviewDialog)

        self.print.setDefault(True)


        QMetaObject.connectSlotsByName(DocumentPreviewDialog)
    # setupUi

    def retranslateUi(self, DocumentPreviewDialog):
        DocumentPreviewDialog.setWindowTitle(QCoreApplication.translate("DocumentPreviewDialog", u"Preview", None))
        self.intro.setText("")
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"About this document", None))
#endif // QT_CONFIG(accessibility)
        self.recordNote.setText("")
        self.recordNote.setProperty(u"class", QCoreApplication.translate("DocumentPreviewDialog", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.recordNote.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"What printing or saving records", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.view.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Document preview", None))
#endif // QT_CONFIG(accessibility)
        self.pages.setText("")
        self.pages.setProperty(u"class", QCoreApplication.translate("DocumentPreviewDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.pages.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Pages", None))
#endif // QT_CONFIG(accessibility)
        self.zoomOut.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom &out", None))
#if QT_CONFIG(tooltip)
        self.zoomOut.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Make the pages smaller (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
        self.fitWidth.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Fit width", None))
#if QT_CONFIG(tooltip)
        self.fitWidth.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Fit the page to the width of the window", None))
#endif // QT_CONFIG(tooltip)
        self.zoomIn.setText(QCoreApplication.translate("DocumentPreviewDialog", u"Zoom &in", None))
#if QT_CONFIG(tooltip)
        self.zoomIn.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Make the pages larger (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("DocumentPreviewDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("DocumentPreviewDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.print.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Print\u2026", None))
#if QT_CONFIG(tooltip)
        self.print.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Print on any installed printer (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.saveAs.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Save as PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.saveAs.setToolTip(QCoreApplication.translate("DocumentPreviewDialog", u"Save the document as a PDF file (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.close.setText(QCoreApplication.translate("DocumentPreviewDialog", u"&Close", None))
    # retranslateUi
