# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QProgressBar,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_BulkReassignDialog(object):
    def setupUi(self, BulkReassignDialog):
        if not BulkReassignDialog.objectName():
            BulkReassignDialog.setObjectName(u"BulkReassignDialog")
        BulkReassignDialog.resize(520, 230)
        BulkReassignDialog.setModal(True)
        self.layout = QVBoxLayout(BulkReassignDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(BulkReassignDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.toLabel = QLabel(BulkReassignDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toCaseworker = QComboBox(BulkReassignDialog)
        self.toCaseworker.setObjectName(u"toCaseworker")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.toCaseworker)

        self.reasonLabel = QLabel(BulkReassignDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QComboBox(BulkReassignDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reason)

        self.reasonHint = QLabel(BulkReassignDialog)
        self.reasonHint.setObjectName(u"reasonHint")
        self.reasonHint.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonHint)


        self.layout.addLayout(self.form)

        self.problem = QLabel(BulkReassignDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.progress = QProgressBar(BulkReassignDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.layout.addWidget(self.progress)

        self.progressText = QLabel(BulkReassignDialog)
        self.progressText.setObjectName(u"progressText")

        self.layout.addWidget(self.progressText)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(BulkReassignDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.toLabel.setBuddy(self.toCaseworker)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.toCaseworker, self.reason)

        self.retranslateUi(BulkReassignDialog)

        QMetaObject.connectSlotsByName(BulkReassignDialog)
    # setupUi

    def retranslateUi(self, BulkReassignDialog):
        BulkReassignDialog.setWindowTitle(QCoreApplication.translate("BulkReassignDialog", u"Reassign cases", None))
        self.intro.setText("")
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("BulkReassignDialog", u"What will be reassigned", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("BulkReassignDialog", u"&To caseworker", None))
#if QT_CONFIG(accessibility)
        self.toCaseworker.setAccessibleName(QCoreApplication.translate("BulkReassignDialog", u"Caseworker to take the cases", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("BulkReassignDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("BulkReassignDialog", u"Reason for the reassignment", None))
#endif // QT_CONFIG(accessibility)
        self.reasonHint.setText(QCoreApplication.translate("BulkReassignDialog", u"Required. The reason is kept in each case's SPOC history.", None))
        self.reasonHint.setProperty(u"class", QCoreApplication.translate("BulkReassignDialog", u"muted", None))
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("BulkReassignDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("BulkReassignDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("BulkReassignDialog", u"Reassignment progress", None))
#endif // QT_CONFIG(accessibility)
        self.progressText.setText("")
        self.progressText.setProperty(u"class", QCoreApplication.translate("BulkReassignDialog", u"muted", None))
    # retranslateUi
