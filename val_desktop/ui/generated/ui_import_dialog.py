# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QDialog,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(900, 560)
        self.layout = QVBoxLayout(ImportDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ImportDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileRow.addWidget(self.fileLabel)

        self.filePath = QLineEdit(ImportDialog)
        self.filePath.setObjectName(u"filePath")
        self.filePath.setClearButtonEnabled(True)

        self.fileRow.addWidget(self.filePath)

        self.browseButton = QPushButton(ImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.layout.addLayout(self.fileRow)

        self.checkOnly = QCheckBox(ImportDialog)
        self.checkOnly.setObjectName(u"checkOnly")

        self.layout.addWidget(self.checkOnly)

        self.progress = QProgressBar(ImportDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.layout.addWidget(self.progress)

        self.fileProblem = QLabel(ImportDialog)
        self.fileProblem.setObjectName(u"fileProblem")
        self.fileProblem.setWordWrap(True)
        self.fileProblem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.fileProblem)

        self.summary = QLabel(ImportDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.summary)

        self.status = QLabel(ImportDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.rejectsLabel = QLabel(ImportDialog)
        self.rejectsLabel.setObjectName(u"rejectsLabel")

        self.layout.addWidget(self.rejectsLabel)

        self.rejectsTable = QTableView(ImportDialog)
        self.rejectsTable.setObjectName(u"rejectsTable")
        self.rejectsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejectsTable.setAlternatingRowColors(True)
        self.rejectsTable.setWordWrap(True)
        self.rejectsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejectsTable.horizontalHeader().setStretchLastSection(True)
        self.rejectsTable.verticalHeader().setVisible(False)

        self.layout.addWidget(self.rejectsTable)

        self.middleSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.middleSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.openRejectsButton = QPushButton(ImportDialog)
        self.openRejectsButton.setObjectName(u"openRejectsButton")

        self.buttonRow.addWidget(self.openRejectsButton)

        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.startButton = QPushButton(ImportDialog)
        self.startButton.setObjectName(u"startButton")

        self.buttonRow.addWidget(self.startButton)

        self.cancelButton = QPushButton(ImportDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ImportDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.filePath)
        self.rejectsLabel.setBuddy(self.rejectsTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filePath, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.checkOnly)
        QWidget.setTabOrder(self.checkOnly, self.startButton)
        QWidget.setTabOrder(self.startButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.rejectsTable)
        QWidget.setTabOrder(self.rejectsTable, self.openRejectsButton)
        QWidget.setTabOrder(self.openRejectsButton, self.closeButton)

        self.retranslateUi(ImportDialog)

        self.startButton.setDefault(True)


        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import referrals", None))
        self.intro.setText(QCoreApplication.translate("ImportDialog", u"Import a referral file (CSV) from the police or a partner agency. Referrals already in the store are skipped as duplicates; rows with a problem are set aside with the reason, in a rejects file beside the original, and the good rows are imported.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportDialog", u"&File", None))
#if QT_CONFIG(accessibility)
        self.filePath.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Referral file", None))
#endif // QT_CONFIG(accessibility)
        self.filePath.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"Choose a referral file (.csv)", None))
        self.browseButton.setText(QCoreApplication.translate("ImportDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.browseButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Choose the referral file", None))
#endif // QT_CONFIG(accessibility)
        self.checkOnly.setText(QCoreApplication.translate("ImportDialog", u"&Check the file only: store nothing", None))
#if QT_CONFIG(accessibility)
        self.checkOnly.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Check the file only", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import progress", None))
#endif // QT_CONFIG(accessibility)
        self.fileProblem.setText("")
        self.fileProblem.setProperty(u"class", QCoreApplication.translate("ImportDialog", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.fileProblem.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Problem with the file", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText("")
        self.summary.setProperty(u"class", QCoreApplication.translate("ImportDialog", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import summary", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Import status", None))
#endif // QT_CONFIG(accessibility)
        self.rejectsLabel.setText(QCoreApplication.translate("ImportDialog", u"&Rejected rows (line in the file and the reason)", None))
#if QT_CONFIG(accessibility)
        self.rejectsTable.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Rejected rows", None))
#endif // QT_CONFIG(accessibility)
        self.openRejectsButton.setText(QCoreApplication.translate("ImportDialog", u"&Open the rejects file", None))
#if QT_CONFIG(accessibility)
        self.openRejectsButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Open the rejects file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.openRejectsButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Open the rejected rows in your spreadsheet program to correct and import again", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("ImportDialog", u"&Import", None))
#if QT_CONFIG(accessibility)
        self.startButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Start the import", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("ImportDialog", u"&Cancel import", None))
#if QT_CONFIG(accessibility)
        self.cancelButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Cancel the import", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("ImportDialog", u"Stop after the rows being written; what is imported stays whole, and running the file again finishes the job", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("ImportDialog", u"Close", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("ImportDialog", u"Close", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
