# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(1100, 620)
        self.layout = QVBoxLayout(ConflictsDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ConflictsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.splitter = QSplitter(ConflictsDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.listLabel = QLabel(self.listPane)
        self.listLabel.setObjectName(u"listLabel")

        self.listLayout.addWidget(self.listLabel)

        self.conflictList = QListWidget(self.listPane)
        self.conflictList.setObjectName(u"conflictList")
        self.conflictList.setWordWrap(True)
        self.conflictList.setMinimumSize(QSize(260, 0))

        self.listLayout.addWidget(self.conflictList)

        self.showResolved = QCheckBox(self.listPane)
        self.showResolved.setObjectName(u"showResolved")

        self.listLayout.addWidget(self.showResolved)

        self.splitter.addWidget(self.listPane)
        self.detailPane = QWidget(self.splitter)
        self.detailPane.setObjectName(u"detailPane")
        self.detailLayout = QVBoxLayout(self.detailPane)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.recordTitle = QLabel(self.detailPane)
        self.recordTitle.setObjectName(u"recordTitle")
        self.recordTitle.setWordWrap(True)

        self.detailLayout.addWidget(self.recordTitle)

        self.explanation = QLabel(self.detailPane)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.detailLayout.addWidget(self.explanation)

        self.fieldsLabel = QLabel(self.detailPane)
        self.fieldsLabel.setObjectName(u"fieldsLabel")

        self.detailLayout.addWidget(self.fieldsLabel)

        self.fieldsTable = QTableWidget(self.detailPane)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setWordWrap(True)
        self.fieldsTable.setAlternatingRowColors(True)
        self.fieldsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fieldsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.detailLayout.addWidget(self.fieldsTable)

        self.allRow = QHBoxLayout()
        self.allRow.setObjectName(u"allRow")
        self.allTheirs = QPushButton(self.detailPane)
        self.allTheirs.setObjectName(u"allTheirs")
        self.allTheirs.setAutoDefault(False)

        self.allRow.addWidget(self.allTheirs)

        self.allMine = QPushButton(self.detailPane)
        self.allMine.setObjectName(u"allMine")
        self.allMine.setAutoDefault(False)

        self.allRow.addWidget(self.allMine)

        self.allSpace = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.allRow.addItem(self.allSpace)


        self.detailLayout.addLayout(self.allRow)

        self.noteForm = QFormLayout()
        self.noteForm.setObjectName(u"noteForm")
        self.noteLabel = QLabel(self.detailPane)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(self.detailPane)
        self.note.setObjectName(u"note")

        self.noteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note)


        self.detailLayout.addLayout(self.noteForm)

        self.status = QLabel(self.detailPane)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.detailLayout.addWidget(self.status)

        self.resolveRow = QHBoxLayout()
        self.resolveRow.setObjectName(u"resolveRow")
        self.resolveSpace = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolveRow.addItem(self.resolveSpace)

        self.resolveButton = QPushButton(self.detailPane)
        self.resolveButton.setObjectName(u"resolveButton")

        self.resolveRow.addWidget(self.resolveButton)


        self.detailLayout.addLayout(self.resolveRow)

        self.splitter.addWidget(self.detailPane)

        self.layout.addWidget(self.splitter)

        self.buttons = QDialogButtonBox(ConflictsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        self.layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.listLabel.setBuddy(self.conflictList)
        self.fieldsLabel.setBuddy(self.fieldsTable)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.conflictList, self.showResolved)
        QWidget.setTabOrder(self.showResolved, self.fieldsTable)
        QWidget.setTabOrder(self.fieldsTable, self.allTheirs)
        QWidget.setTabOrder(self.allTheirs, self.allMine)
        QWidget.setTabOrder(self.allMine, self.note)
        QWidget.setTabOrder(self.note, self.resolveButton)
        QWidget.setTabOrder(self.resolveButton, self.buttons)

        self.retranslateUi(ConflictsDialog)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Resolve synchronisation conflicts", None))
        self.intro.setText(QCoreApplication.translate("ConflictsDialog", u"Two people changed the same thing while they were apart. Nothing was overwritten: both versions are kept here until you choose, field by field, which one to keep. Your name is recorded with your choice.", None))
        self.listLabel.setText(QCoreApplication.translate("ConflictsDialog", u"C&onflicts", None))
        self.listLabel.setProperty(u"class", QCoreApplication.translate("ConflictsDialog", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.conflictList.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Conflicts", None))
#endif // QT_CONFIG(accessibility)
        self.showResolved.setText(QCoreApplication.translate("ConflictsDialog", u"Show &resolved ones too", None))
#if QT_CONFIG(accessibility)
        self.showResolved.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Show resolved conflicts too", None))
#endif // QT_CONFIG(accessibility)
        self.recordTitle.setText("")
        self.recordTitle.setProperty(u"class", QCoreApplication.translate("ConflictsDialog", u"sectionTitle", None))
        self.explanation.setText("")
        self.fieldsLabel.setText(QCoreApplication.translate("ConflictsDialog", u"&Fields in conflict", None))
#if QT_CONFIG(accessibility)
        self.fieldsTable.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Fields in conflict", None))
#endif // QT_CONFIG(accessibility)
        self.allTheirs.setText(QCoreApplication.translate("ConflictsDialog", u"Keep all &central values", None))
#if QT_CONFIG(tooltip)
        self.allTheirs.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Choose the central database's value for every field", None))
#endif // QT_CONFIG(tooltip)
        self.allMine.setText(QCoreApplication.translate("ConflictsDialog", u"Use all of the &other change", None))
#if QT_CONFIG(tooltip)
        self.allMine.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Choose the change that was not applied, for every field", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("ConflictsDialog", u"&Note (optional)", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Note about this resolution", None))
#endif // QT_CONFIG(accessibility)
        self.note.setPlaceholderText(QCoreApplication.translate("ConflictsDialog", u"why you chose this, for whoever looks later", None))
        self.status.setText("")
        self.status.setProperty(u"class", QCoreApplication.translate("ConflictsDialog", u"muted", None))
        self.resolveButton.setText(QCoreApplication.translate("ConflictsDialog", u"Re&solve", None))
#if QT_CONFIG(tooltip)
        self.resolveButton.setToolTip(QCoreApplication.translate("ConflictsDialog", u"Keep the values chosen above and record that you resolved this conflict", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi
