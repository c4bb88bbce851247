# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_VRRDialog(object):
    def setupUi(self, VRRDialog):
        if not VRRDialog.objectName():
            VRRDialog.setObjectName(u"VRRDialog")
        VRRDialog.resize(580, 460)
        self.layout = QVBoxLayout(VRRDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(VRRDialog)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.explanation = QLabel(VRRDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.bodyLabel = QLabel(VRRDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.body = QComboBox(VRRDialog)
        self.body.setObjectName(u"body")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.body)

        self.decisionLabel = QLabel(VRRDialog)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decision = QComboBox(VRRDialog)
        self.decision.setObjectName(u"decision")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decision)

        self.communicatedOnLabel = QLabel(VRRDialog)
        self.communicatedOnLabel.setObjectName(u"communicatedOnLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.communicatedOnLabel)

        self.communicatedOn = QDateEdit(VRRDialog)
        self.communicatedOn.setObjectName(u"communicatedOn")
        self.communicatedOn.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.communicatedOn)

        self.requestedOnLabel = QLabel(VRRDialog)
        self.requestedOnLabel.setObjectName(u"requestedOnLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requestedOnLabel)

        self.requestedOn = QDateEdit(VRRDialog)
        self.requestedOn.setObjectName(u"requestedOn")
        self.requestedOn.setCalendarPopup(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requestedOn)

        self.windowLabel = QLabel(VRRDialog)
        self.windowLabel.setObjectName(u"windowLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.windowLabel)

        self.window = QLabel(VRRDialog)
        self.window.setObjectName(u"window")
        self.window.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.window)

        self.lateReasonLabel = QLabel(VRRDialog)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.lateReasonLabel)

        self.lateReason = QPlainTextEdit(VRRDialog)
        self.lateReason.setObjectName(u"lateReason")
        self.lateReason.setTabChangesFocus(True)
        self.lateReason.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.lateReason)

        self.onDateLabel = QLabel(VRRDialog)
        self.onDateLabel.setObjectName(u"onDateLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.onDateLabel)

        self.onDate = QDateEdit(VRRDialog)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.onDate)

        self.reviewerLabel = QLabel(VRRDialog)
        self.reviewerLabel.setObjectName(u"reviewerLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reviewerLabel)

        self.reviewer = QLineEdit(VRRDialog)
        self.reviewer.setObjectName(u"reviewer")
        self.reviewer.setMaxLength(200)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reviewer)

        self.resultLabel = QLabel(VRRDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.result = QComboBox(VRRDialog)
        self.result.setObjectName(u"result")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.result)

        self.outcomeLabel = QLabel(VRRDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QComboBox(VRRDialog)
        self.outcome.setObjectName(u"outcome")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.notesLabel = QLabel(VRRDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(VRRDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notes)

        self.lessonsLabel = QLabel(VRRDialog)
        self.lessonsLabel.setObjectName(u"lessonsLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.lessonsLabel)

        self.lessons = QPlainTextEdit(VRRDialog)
        self.lessons.setObjectName(u"lessons")
        self.lessons.setTabChangesFocus(True)
        self.lessons.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.lessons)


        self.layout.addLayout(self.form)

        self.problem = QLabel(VRRDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(VRRDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.bodyLabel.setBuddy(self.body)
        self.decisionLabel.setBuddy(self.decision)
        self.communicatedOnLabel.setBuddy(self.communicatedOn)
        self.requestedOnLabel.setBuddy(self.requestedOn)
        self.lateReasonLabel.setBuddy(self.lateReason)
        self.onDateLabel.setBuddy(self.onDate)
        self.reviewerLabel.setBuddy(self.reviewer)
        self.resultLabel.setBuddy(self.result)
        self.outcomeLabel.setBuddy(self.outcome)
        self.notesLabel.setBuddy(self.notes)
        self.lessonsLabel.setBuddy(self.lessons)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.body, self.decision)
        QWidget.setTabOrder(self.decision, self.communicatedOn)
        QWidget.setTabOrder(self.communicatedOn, self.requestedOn)
        QWidget.setTabOrder(self.requestedOn, self.lateReason)
        QWidget.setTabOrder(self.lateReason, self.onDate)
        QWidget.setTabOrder(self.onDate, self.reviewer)
        QWidget.setTabOrder(self.reviewer, self.result)
        QWidget.setTabOrder(self.result, self.outcome)
        QWidget.setTabOrder(self.outcome, self.notes)
        QWidget.setTabOrder(self.notes, self.lessons)
        QWidget.setTabOrder(self.lessons, self.buttons)

        self.retranslateUi(VRRDialog)

        QMetaObject.connectSlotsByName(VRRDialog)
    # setupUi

    def retranslateUi(self, VRRDialog):
        VRRDialog.setWindowTitle(QCoreApplication.translate("VRRDialog", u"Victims' Right to Review", None))
        self.heading.setText("")
        self.heading.setProperty(u"class", QCoreApplication.translate("VRRDialog", u"sectionTitle", None))
        self.explanation.setText("")
        self.explanation.setProperty(u"class", QCoreApplication.translate("VRRDialog", u"muted", None))
        self.bodyLabel.setText(QCoreApplication.translate("VRRDialog", u"Decision &by", None))
#if QT_CONFIG(accessibility)
        self.body.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Whose decision", None))
#endif // QT_CONFIG(accessibility)
        self.decisionLabel.setText(QCoreApplication.translate("VRRDialog", u"Decisi&on", None))
#if QT_CONFIG(accessibility)
        self.decision.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Decision to review", None))
#endif // QT_CONFIG(accessibility)
        self.communicatedOnLabel.setText(QCoreApplication.translate("VRRDialog", u"&Communicated on", None))
#if QT_CONFIG(accessibility)
        self.communicatedOn.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Decision communicated on", None))
#endif // QT_CONFIG(accessibility)
        self.communicatedOn.setDisplayFormat(QCoreApplication.translate("VRRDialog", u"ddd dd MMM yyyy", None))
        self.requestedOnLabel.setText(QCoreApplication.translate("VRRDialog", u"&Requested on", None))
#if QT_CONFIG(accessibility)
        self.requestedOn.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Review requested on", None))
#endif // QT_CONFIG(accessibility)
        self.requestedOn.setDisplayFormat(QCoreApplication.translate("VRRDialog", u"ddd dd MMM yyyy", None))
        self.windowLabel.setText(QCoreApplication.translate("VRRDialog", u"Window", None))
        self.window.setText("")
#if QT_CONFIG(accessibility)
        self.window.setAccessibleName(QCoreApplication.translate("VRRDialog", u"The 10-working-day window", None))
#endif // QT_CONFIG(accessibility)
        self.lateReasonLabel.setText(QCoreApplication.translate("VRRDialog", u"&Exceptional circumstances", None))
#if QT_CONFIG(accessibility)
        self.lateReason.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Why the request is late", None))
#endif // QT_CONFIG(accessibility)
        self.onDateLabel.setText(QCoreApplication.translate("VRRDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.onDate.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.onDate.setDisplayFormat(QCoreApplication.translate("VRRDialog", u"ddd dd MMM yyyy", None))
        self.reviewerLabel.setText(QCoreApplication.translate("VRRDialog", u"Revie&wer", None))
#if QT_CONFIG(accessibility)
        self.reviewer.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Reviewer", None))
#endif // QT_CONFIG(accessibility)
        self.resultLabel.setText(QCoreApplication.translate("VRRDialog", u"Res&ult", None))
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Result", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("VRRDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("VRRDialog", u"&Notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.lessonsLabel.setText(QCoreApplication.translate("VRRDialog", u"&Lessons", None))
#if QT_CONFIG(accessibility)
        self.lessons.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Lessons", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("VRRDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("VRRDialog", u"Why this cannot be saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
