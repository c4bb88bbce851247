# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReassignDialog(object):
    def setupUi(self, ReassignDialog):
        if not ReassignDialog.objectName():
            ReassignDialog.setObjectName(u"ReassignDialog")
        ReassignDialog.resize(540, 220)
        self.layout = QVBoxLayout(ReassignDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ReassignDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.currentLabel = QLabel(ReassignDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentSpoc = QLabel(ReassignDialog)
        self.currentSpoc.setObjectName(u"currentSpoc")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentSpoc)

        self.newSpocLabel = QLabel(ReassignDialog)
        self.newSpocLabel.setObjectName(u"newSpocLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newSpocLabel)

        self.newSpoc = QComboBox(ReassignDialog)
        self.newSpoc.setObjectName(u"newSpoc")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newSpoc)

        self.reasonLabel = QLabel(ReassignDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(ReassignDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(2000)
        self.reason.setClearButtonEnabled(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.problem = QLabel(ReassignDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(ReassignDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.newSpocLabel.setBuddy(self.newSpoc)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newSpoc, self.reason)
        QWidget.setTabOrder(self.reason, self.buttons)

        self.retranslateUi(ReassignDialog)

        QMetaObject.connectSlotsByName(ReassignDialog)
    # setupUi

    def retranslateUi(self, ReassignDialog):
        ReassignDialog.setWindowTitle(QCoreApplication.translate("ReassignDialog", u"Reassign SPOC", None))
        self.intro.setText(QCoreApplication.translate("ReassignDialog", u"The SPOC is the one person the victim deals with, and their letters name them. Let the victim know who their new SPOC is, in a way that is safe for them.", None))
        self.intro.setProperty(u"class", QCoreApplication.translate("ReassignDialog", u"muted", None))
        self.currentLabel.setText(QCoreApplication.translate("ReassignDialog", u"Current SPOC", None))
        self.currentSpoc.setText("")
#if QT_CONFIG(accessibility)
        self.currentSpoc.setAccessibleName(QCoreApplication.translate("ReassignDialog", u"Current SPOC", None))
#endif // QT_CONFIG(accessibility)
        self.newSpocLabel.setText(QCoreApplication.translate("ReassignDialog", u"&New SPOC", None))
#if QT_CONFIG(accessibility)
        self.newSpoc.setAccessibleName(QCoreApplication.translate("ReassignDialog", u"New SPOC", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newSpoc.setToolTip(QCoreApplication.translate("ReassignDialog", u"Active caseworkers, with the number of open cases each holds now", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("ReassignDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("ReassignDialog", u"Reason for the change (required)", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("ReassignDialog", u"Required, e.g. \"SPOC on long-term leave\"", None))
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("ReassignDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("ReassignDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
