# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LogContactDialog(object):
    def setupUi(self, LogContactDialog):
        if not LogContactDialog.objectName():
            LogContactDialog.setObjectName(u"LogContactDialog")
        LogContactDialog.resize(560, 560)
        self.layout = QVBoxLayout(LogContactDialog)
        self.layout.setObjectName(u"layout")
        self.permissions = QLabel(LogContactDialog)
        self.permissions.setObjectName(u"permissions")
        self.permissions.setWordWrap(True)

        self.layout.addWidget(self.permissions)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(LogContactDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(LogContactDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.directionLabel = QLabel(LogContactDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.direction = QComboBox(LogContactDialog)
        self.direction.setObjectName(u"direction")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.direction)

        self.outcomeLabel = QLabel(LogContactDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QComboBox(LogContactDialog)
        self.outcome.setObjectName(u"outcome")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.kindProblem = QLabel(LogContactDialog)
        self.kindProblem.setObjectName(u"kindProblem")
        self.kindProblem.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindProblem)

        self.atLabel = QLabel(LogContactDialog)
        self.atLabel.setObjectName(u"atLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.atLabel)

        self.at = QDateTimeEdit(LogContactDialog)
        self.at.setObjectName(u"at")
        self.at.setCalendarPopup(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.at)

        self.atProblem = QLabel(LogContactDialog)
        self.atProblem.setObjectName(u"atProblem")
        self.atProblem.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.atProblem)

        self.offeredSupport = QCheckBox(LogContactDialog)
        self.offeredSupport.setObjectName(u"offeredSupport")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.offeredSupport)

        self.update = QCheckBox(LogContactDialog)
        self.update.setObjectName(u"update")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.update)

        self.summaryLabel = QLabel(LogContactDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(LogContactDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMinimumSize(QSize(0, 90))

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.summary)

        self.summaryProblem = QLabel(LogContactDialog)
        self.summaryProblem.setObjectName(u"summaryProblem")
        self.summaryProblem.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.summaryProblem)

        self.effects = QLabel(LogContactDialog)
        self.effects.setObjectName(u"effects")
        self.effects.setWordWrap(True)
        self.effects.setTextFormat(Qt.TextFormat.RichText)

        self.form.setWidget(10, QFormLayout.ItemRole.SpanningRole, self.effects)

        self.lateReasonLabel = QLabel(LogContactDialog)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.lateReasonLabel)

        self.lateReason = QLineEdit(LogContactDialog)
        self.lateReason.setObjectName(u"lateReason")
        self.lateReason.setMaxLength(1000)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.lateReason)


        self.layout.addLayout(self.form)

        self.buttons = QDialogButtonBox(LogContactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.directionLabel.setBuddy(self.direction)
        self.outcomeLabel.setBuddy(self.outcome)
        self.atLabel.setBuddy(self.at)
        self.summaryLabel.setBuddy(self.summary)
        self.lateReasonLabel.setBuddy(self.lateReason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.direction)
        QWidget.setTabOrder(self.direction, self.outcome)
        QWidget.setTabOrder(self.outcome, self.at)
        QWidget.setTabOrder(self.at, self.offeredSupport)
        QWidget.setTabOrder(self.offeredSupport, self.update)
        QWidget.setTabOrder(self.update, self.summary)
        QWidget.setTabOrder(self.summary, self.lateReason)

        self.retranslateUi(LogContactDialog)

        QMetaObject.connectSlotsByName(LogContactDialog)
    # setupUi

    def retranslateUi(self, LogContactDialog):
        LogContactDialog.setWindowTitle(QCoreApplication.translate("LogContactDialog", u"Log contact", None))
        self.permissions.setText("")
        self.permissions.setProperty(u"class", QCoreApplication.translate("LogContactDialog", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.permissions.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"How this victim may be contacted", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("LogContactDialog", u"&Kind", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"Kind of contact", None))
#endif // QT_CONFIG(accessibility)
        self.directionLabel.setText(QCoreApplication.translate("LogContactDialog", u"&Direction", None))
#if QT_CONFIG(accessibility)
        self.direction.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"Who contacted whom", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("LogContactDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"How it went", None))
#endif // QT_CONFIG(accessibility)
        self.kindProblem.setText("")
        self.kindProblem.setProperty(u"class", QCoreApplication.translate("LogContactDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.kindProblem.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"Why this contact cannot be logged", None))
#endif // QT_CONFIG(accessibility)
        self.atLabel.setText(QCoreApplication.translate("LogContactDialog", u"&When", None))
#if QT_CONFIG(accessibility)
        self.at.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"Date and time of the contact", None))
#endif // QT_CONFIG(accessibility)
        self.at.setDisplayFormat(QCoreApplication.translate("LogContactDialog", u"dd/MM/yyyy HH:mm", None))
        self.atProblem.setText("")
        self.atProblem.setProperty(u"class", QCoreApplication.translate("LogContactDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.atProblem.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"Problem with the date and time", None))
#endif // QT_CONFIG(accessibility)
        self.offeredSupport.setText(QCoreApplication.translate("LogContactDialog", u"Offered &referral to support services", None))
        self.update.setText(QCoreApplication.translate("LogContactDialog", u"Gave the victim an &update on their case", None))
        self.summaryLabel.setText(QCoreApplication.translate("LogContactDialog", u"&Summary", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"Summary of the contact", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setPlaceholderText(QCoreApplication.translate("LogContactDialog", u"What happened. Enter saves; Shift+Enter starts a new line.", None))
        self.summaryProblem.setText("")
        self.summaryProblem.setProperty(u"class", QCoreApplication.translate("LogContactDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.summaryProblem.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"Problem with the summary", None))
#endif // QT_CONFIG(accessibility)
        self.effects.setText("")
#if QT_CONFIG(accessibility)
        self.effects.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"What saving this contact does", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonLabel.setText(QCoreApplication.translate("LogContactDialog", u"&Late reason", None))
#if QT_CONFIG(accessibility)
        self.lateReason.setAccessibleName(QCoreApplication.translate("LogContactDialog", u"Why it was late", None))
#endif // QT_CONFIG(accessibility)
        self.lateReason.setPlaceholderText(QCoreApplication.translate("LogContactDialog", u"Why was it late? (optional, but it helps the compliance return)", None))
    # retranslateUi
