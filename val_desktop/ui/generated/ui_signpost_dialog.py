# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_SignpostDialog(object):
    def setupUi(self, SignpostDialog):
        if not SignpostDialog.objectName():
            SignpostDialog.setObjectName(u"SignpostDialog")
        SignpostDialog.resize(960, 600)
        self.layout = QVBoxLayout(SignpostDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SignpostDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.search = QLineEdit(SignpostDialog)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.search)

        self.count = QLabel(SignpostDialog)
        self.count.setObjectName(u"count")

        self.searchRow.addWidget(self.count)


        self.layout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.needLabel = QLabel(SignpostDialog)
        self.needLabel.setObjectName(u"needLabel")

        self.filterRow.addWidget(self.needLabel)

        self.needFilter = QComboBox(SignpostDialog)
        self.needFilter.setObjectName(u"needFilter")
        self.needFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.needFilter.setMinimumContentsLength(22)

        self.filterRow.addWidget(self.needFilter)

        self.offenceLabel = QLabel(SignpostDialog)
        self.offenceLabel.setObjectName(u"offenceLabel")

        self.filterRow.addWidget(self.offenceLabel)

        self.offenceFilter = QComboBox(SignpostDialog)
        self.offenceFilter.setObjectName(u"offenceFilter")
        self.offenceFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.offenceFilter.setMinimumContentsLength(20)

        self.filterRow.addWidget(self.offenceFilter)

        self.areaLabel = QLabel(SignpostDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filterRow.addWidget(self.areaLabel)

        self.areaFilter = QComboBox(SignpostDialog)
        self.areaFilter.setObjectName(u"areaFilter")
        self.areaFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.areaFilter.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.areaFilter)

        self.commissionedOnly = QCheckBox(SignpostDialog)
        self.commissionedOnly.setObjectName(u"commissionedOnly")

        self.filterRow.addWidget(self.commissionedOnly)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.splitter = QSplitter(SignpostDialog)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.details = QLabel(self.splitter)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.details.setMargin(6)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setOpenExternalLinks(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.splitter.addWidget(self.details)

        self.layout.addWidget(self.splitter)

        self.noteLabel = QLabel(SignpostDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.layout.addWidget(self.noteLabel)

        self.note = QPlainTextEdit(SignpostDialog)
        self.note.setObjectName(u"note")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumSize(QSize(16777215, 80))

        self.layout.addWidget(self.note)

        self.problem = QLabel(SignpostDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(SignpostDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.needLabel.setBuddy(self.needFilter)
        self.offenceLabel.setBuddy(self.offenceFilter)
        self.areaLabel.setBuddy(self.areaFilter)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.needFilter)
        QWidget.setTabOrder(self.needFilter, self.offenceFilter)
        QWidget.setTabOrder(self.offenceFilter, self.areaFilter)
        QWidget.setTabOrder(self.areaFilter, self.commissionedOnly)
        QWidget.setTabOrder(self.commissionedOnly, self.table)
        QWidget.setTabOrder(self.table, self.note)
        QWidget.setTabOrder(self.note, self.buttons)

        self.retranslateUi(SignpostDialog)

        QMetaObject.connectSlotsByName(SignpostDialog)
    # setupUi

    def retranslateUi(self, SignpostDialog):
        SignpostDialog.setWindowTitle(QCoreApplication.translate("SignpostDialog", u"Signpost to a service", None))
        self.intro.setText("")
        self.search.setPlaceholderText(QCoreApplication.translate("SignpostDialog", u"Search by name, need, offence, area or phone", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Search the service directory", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Number of services shown", None))
#endif // QT_CONFIG(accessibility)
        self.needLabel.setText(QCoreApplication.translate("SignpostDialog", u"&Need", None))
#if QT_CONFIG(accessibility)
        self.needFilter.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Filter by need", None))
#endif // QT_CONFIG(accessibility)
        self.offenceLabel.setText(QCoreApplication.translate("SignpostDialog", u"&Offence", None))
#if QT_CONFIG(accessibility)
        self.offenceFilter.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Filter by offence", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("SignpostDialog", u"A&rea", None))
#if QT_CONFIG(accessibility)
        self.areaFilter.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Filter by area", None))
#endif // QT_CONFIG(accessibility)
        self.commissionedOnly.setText(QCoreApplication.translate("SignpostDialog", u"Co&mmissioned only", None))
#if QT_CONFIG(accessibility)
        self.commissionedOnly.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Commissioned services only", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Services", None))
#endif // QT_CONFIG(accessibility)
        self.details.setText(QCoreApplication.translate("SignpostDialog", u"Choose a service to see its details.", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Details of the chosen service", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("SignpostDialog", u"No&te for the case log (what the victim was told, whether they will contact the service)", None))
#if QT_CONFIG(accessibility)
        self.note.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("SignpostDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("SignpostDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
