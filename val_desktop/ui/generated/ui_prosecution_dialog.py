# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ProsecutionDialog(object):
    def setupUi(self, ProsecutionDialog):
        if not ProsecutionDialog.objectName():
            ProsecutionDialog.setObjectName(u"ProsecutionDialog")
        ProsecutionDialog.resize(760, 460)
        self.layout = QVBoxLayout(ProsecutionDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ProsecutionDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.modes = QTabWidget(ProsecutionDialog)
        self.modes.setObjectName(u"modes")
        self.linkPage = QWidget()
        self.linkPage.setObjectName(u"linkPage")
        self.linkLayout = QVBoxLayout(self.linkPage)
        self.linkLayout.setObjectName(u"linkLayout")
        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchLabel = QLabel(self.linkPage)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchRow.addWidget(self.searchLabel)

        self.search = QLineEdit(self.linkPage)
        self.search.setObjectName(u"search")
        self.search.setMaxLength(200)

        self.searchRow.addWidget(self.search)


        self.linkLayout.addLayout(self.searchRow)

        self.results = QTableView(self.linkPage)
        self.results.setObjectName(u"results")
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setWordWrap(False)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.verticalHeader().setVisible(False)

        self.linkLayout.addWidget(self.results)

        self.resultsHint = QLabel(self.linkPage)
        self.resultsHint.setObjectName(u"resultsHint")
        self.resultsHint.setWordWrap(True)

        self.linkLayout.addWidget(self.resultsHint)

        self.modes.addTab(self.linkPage, "")
        self.newPage = QWidget()
        self.newPage.setObjectName(u"newPage")
        self.newLayout = QVBoxLayout(self.newPage)
        self.newLayout.setObjectName(u"newLayout")
        self.newForm = QFormLayout()
        self.newForm.setObjectName(u"newForm")
        self.newForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.defendantLabel = QLabel(self.newPage)
        self.defendantLabel.setObjectName(u"defendantLabel")

        self.newForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defendantLabel)

        self.defendantRef = QLineEdit(self.newPage)
        self.defendantRef.setObjectName(u"defendantRef")
        self.defendantRef.setMaxLength(60)

        self.newForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.defendantRef)

        self.courtLabel = QLabel(self.newPage)
        self.courtLabel.setObjectName(u"courtLabel")

        self.newForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.courtLabel)

        self.court = QLineEdit(self.newPage)
        self.court.setObjectName(u"court")
        self.court.setMaxLength(200)

        self.newForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.court)

        self.chargesLabel = QLabel(self.newPage)
        self.chargesLabel.setObjectName(u"chargesLabel")

        self.newForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.chargesLabel)

        self.charges = QPlainTextEdit(self.newPage)
        self.charges.setObjectName(u"charges")
        self.charges.setTabChangesFocus(True)
        self.charges.setMaximumSize(QSize(16777215, 90))

        self.newForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.charges)

        self.officerLabel = QLabel(self.newPage)
        self.officerLabel.setObjectName(u"officerLabel")

        self.newForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.officerLabel)

        self.officer = QComboBox(self.newPage)
        self.officer.setObjectName(u"officer")

        self.newForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.officer)


        self.newLayout.addLayout(self.newForm)

        self.newSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.newLayout.addItem(self.newSpacer)

        self.modes.addTab(self.newPage, "")

        self.layout.addWidget(self.modes)

        self.problem = QLabel(ProsecutionDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(ProsecutionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.search)
        self.defendantLabel.setBuddy(self.defendantRef)
        self.courtLabel.setBuddy(self.court)
        self.chargesLabel.setBuddy(self.charges)
        self.officerLabel.setBuddy(self.officer)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.modes, self.search)
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.defendantRef)
        QWidget.setTabOrder(self.defendantRef, self.court)
        QWidget.setTabOrder(self.court, self.charges)
        QWidget.setTabOrder(self.charges, self.officer)
        QWidget.setTabOrder(self.officer, self.buttons)

        self.retranslateUi(ProsecutionDialog)

        QMetaObject.connectSlotsByName(ProsecutionDialog)
    # setupUi

    def retranslateUi(self, ProsecutionDialog):
        ProsecutionDialog.setWindowTitle(QCoreApplication.translate("ProsecutionDialog", u"Link this case to a prosecution", None))
        self.heading.setText("")
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"Case", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setProperty(u"class", QCoreApplication.translate("ProsecutionDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.modes.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"Link or create", None))
#endif // QT_CONFIG(accessibility)
        self.searchLabel.setText(QCoreApplication.translate("ProsecutionDialog", u"&Find", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"Find a prosecution", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("ProsecutionDialog", u"Defendant reference or court", None))
#if QT_CONFIG(accessibility)
        self.results.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"Prosecutions found", None))
#endif // QT_CONFIG(accessibility)
        self.resultsHint.setText("")
#if QT_CONFIG(accessibility)
        self.resultsHint.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"About the prosecutions found", None))
#endif // QT_CONFIG(accessibility)
        self.resultsHint.setProperty(u"class", QCoreApplication.translate("ProsecutionDialog", u"muted", None))
        self.modes.setTabText(self.modes.indexOf(self.linkPage), QCoreApplication.translate("ProsecutionDialog", u"Link to an existing prosecution", None))
        self.defendantLabel.setText(QCoreApplication.translate("ProsecutionDialog", u"&Defendant reference", None))
#if QT_CONFIG(accessibility)
        self.defendantRef.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"Defendant reference", None))
#endif // QT_CONFIG(accessibility)
        self.defendantRef.setPlaceholderText(QCoreApplication.translate("ProsecutionDialog", u"e.g. WM-4471 (the police or CPS reference, not the name)", None))
        self.courtLabel.setText(QCoreApplication.translate("ProsecutionDialog", u"C&ourt", None))
#if QT_CONFIG(accessibility)
        self.court.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"Court", None))
#endif // QT_CONFIG(accessibility)
        self.court.setPlaceholderText(QCoreApplication.translate("ProsecutionDialog", u"e.g. Worcester Crown Court", None))
        self.chargesLabel.setText(QCoreApplication.translate("ProsecutionDialog", u"&Charges", None))
#if QT_CONFIG(accessibility)
        self.charges.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"Charges, one a line", None))
#endif // QT_CONFIG(accessibility)
        self.charges.setPlaceholderText(QCoreApplication.translate("ProsecutionDialog", u"One charge a line, in words: \"Burglary of a dwelling\"", None))
        self.officerLabel.setText(QCoreApplication.translate("ProsecutionDialog", u"Witness Care o&fficer", None))
#if QT_CONFIG(accessibility)
        self.officer.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"Witness Care officer", None))
#endif // QT_CONFIG(accessibility)
        self.modes.setTabText(self.modes.indexOf(self.newPage), QCoreApplication.translate("ProsecutionDialog", u"New prosecution", None))
        self.problem.setText("")
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("ProsecutionDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setProperty(u"class", QCoreApplication.translate("ProsecutionDialog", u"fieldError", None))
    # retranslateUi
