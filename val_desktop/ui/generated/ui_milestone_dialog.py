# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_MilestoneDialog(object):
    def setupUi(self, MilestoneDialog):
        if not MilestoneDialog.objectName():
            MilestoneDialog.setObjectName(u"MilestoneDialog")
        MilestoneDialog.resize(680, 520)
        self.layout = QVBoxLayout(MilestoneDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(MilestoneDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindLabel = QLabel(MilestoneDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(MilestoneDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.occurredLabel = QLabel(MilestoneDialog)
        self.occurredLabel.setObjectName(u"occurredLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurredLabel)

        self.occurredOn = QDateEdit(MilestoneDialog)
        self.occurredOn.setObjectName(u"occurredOn")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.occurredOn.sizePolicy().hasHeightForWidth())
        self.occurredOn.setSizePolicy(sizePolicy)
        self.occurredOn.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurredOn)

        self.receivedLabel = QLabel(MilestoneDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedRow = QHBoxLayout()
        self.receivedRow.setObjectName(u"receivedRow")
        self.receivedOn = QDateEdit(MilestoneDialog)
        self.receivedOn.setObjectName(u"receivedOn")
        sizePolicy.setHeightForWidth(self.receivedOn.sizePolicy().hasHeightForWidth())
        self.receivedOn.setSizePolicy(sizePolicy)
        self.receivedOn.setCalendarPopup(True)

        self.receivedRow.addWidget(self.receivedOn)

        self.receivedHint = QLabel(MilestoneDialog)
        self.receivedHint.setObjectName(u"receivedHint")

        self.receivedRow.addWidget(self.receivedHint)

        self.receivedRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.receivedRow.addItem(self.receivedRowSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.receivedRow)

        self.hearingLabel = QLabel(MilestoneDialog)
        self.hearingLabel.setObjectName(u"hearingLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hearingLabel)

        self.hearingRow = QHBoxLayout()
        self.hearingRow.setObjectName(u"hearingRow")
        self.hearingOn = QDateEdit(MilestoneDialog)
        self.hearingOn.setObjectName(u"hearingOn")
        sizePolicy.setHeightForWidth(self.hearingOn.sizePolicy().hasHeightForWidth())
        self.hearingOn.setSizePolicy(sizePolicy)
        self.hearingOn.setCalendarPopup(True)

        self.hearingRow.addWidget(self.hearingOn)

        self.hearingTimeKnown = QCheckBox(MilestoneDialog)
        self.hearingTimeKnown.setObjectName(u"hearingTimeKnown")

        self.hearingRow.addWidget(self.hearingTimeKnown)

        self.hearingTime = QTimeEdit(MilestoneDialog)
        self.hearingTime.setObjectName(u"hearingTime")

        self.hearingRow.addWidget(self.hearingTime)

        self.hearingRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hearingRow.addItem(self.hearingRowSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.hearingRow)

        self.venueLabel = QLabel(MilestoneDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venue = QLineEdit(MilestoneDialog)
        self.venue.setObjectName(u"venue")
        self.venue.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.venue)

        self.resultLabel = QLabel(MilestoneDialog)
        self.resultLabel.setObjectName(u"resultLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.result = QComboBox(MilestoneDialog)
        self.result.setObjectName(u"result")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.result)

        self.previousLabel = QLabel(MilestoneDialog)
        self.previousLabel.setObjectName(u"previousLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.previousLabel)

        self.previousDate = QDateEdit(MilestoneDialog)
        self.previousDate.setObjectName(u"previousDate")
        sizePolicy.setHeightForWidth(self.previousDate.sizePolicy().hasHeightForWidth())
        self.previousDate.setSizePolicy(sizePolicy)
        self.previousDate.setCalendarPopup(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.previousDate)

        self.newDateLabel = QLabel(MilestoneDialog)
        self.newDateLabel.setObjectName(u"newDateLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.newDateLabel)

        self.newDateRow = QHBoxLayout()
        self.newDateRow.setObjectName(u"newDateRow")
        self.newDate = QDateEdit(MilestoneDialog)
        self.newDate.setObjectName(u"newDate")
        sizePolicy.setHeightForWidth(self.newDate.sizePolicy().hasHeightForWidth())
        self.newDate.setSizePolicy(sizePolicy)
        self.newDate.setCalendarPopup(True)

        self.newDateRow.addWidget(self.newDate)

        self.dateToBeFixed = QCheckBox(MilestoneDialog)
        self.dateToBeFixed.setObjectName(u"dateToBeFixed")

        self.newDateRow.addWidget(self.dateToBeFixed)

        self.newDateRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newDateRow.addItem(self.newDateRowSpacer)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.newDateRow)

        self.vacated = QCheckBox(MilestoneDialog)
        self.vacated.setObjectName(u"vacated")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.vacated)

        self.reasonLabel = QLabel(MilestoneDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QLineEdit(MilestoneDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setMaxLength(500)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reason)

        self.detailsLabel = QLabel(MilestoneDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.detailsLabel)

        self.details = QPlainTextEdit(MilestoneDialog)
        self.details.setObjectName(u"details")
        self.details.setTabChangesFocus(True)
        self.details.setMaximumSize(QSize(16777215, 70))

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.details)


        self.layout.addLayout(self.form)

        self.appliesTo = QLabel(MilestoneDialog)
        self.appliesTo.setObjectName(u"appliesTo")
        self.appliesTo.setWordWrap(True)

        self.layout.addWidget(self.appliesTo)

        self.problem = QLabel(MilestoneDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(MilestoneDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kind)
        self.occurredLabel.setBuddy(self.occurredOn)
        self.receivedLabel.setBuddy(self.receivedOn)
        self.hearingLabel.setBuddy(self.hearingOn)
        self.venueLabel.setBuddy(self.venue)
        self.resultLabel.setBuddy(self.result)
        self.previousLabel.setBuddy(self.previousDate)
        self.newDateLabel.setBuddy(self.newDate)
        self.reasonLabel.setBuddy(self.reason)
        self.detailsLabel.setBuddy(self.details)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind, self.occurredOn)
        QWidget.setTabOrder(self.occurredOn, self.receivedOn)
        QWidget.setTabOrder(self.receivedOn, self.hearingOn)
        QWidget.setTabOrder(self.hearingOn, self.hearingTimeKnown)
        QWidget.setTabOrder(self.hearingTimeKnown, self.hearingTime)
        QWidget.setTabOrder(self.hearingTime, self.venue)
        QWidget.setTabOrder(self.venue, self.result)
        QWidget.setTabOrder(self.result, self.previousDate)
        QWidget.setTabOrder(self.previousDate, self.newDate)
        QWidget.setTabOrder(self.newDate, self.dateToBeFixed)
        QWidget.setTabOrder(self.dateToBeFixed, self.vacated)
        QWidget.setTabOrder(self.vacated, self.reason)
        QWidget.setTabOrder(self.reason, self.details)
        QWidget.setTabOrder(self.details, self.buttons)

        self.retranslateUi(MilestoneDialog)

        QMetaObject.connectSlotsByName(MilestoneDialog)
    # setupUi

    def retranslateUi(self, MilestoneDialog):
        MilestoneDialog.setWindowTitle(QCoreApplication.translate("MilestoneDialog", u"Record a court milestone", None))
        self.heading.setText("")
        self.heading.setProperty(u"class", QCoreApplication.translate("MilestoneDialog", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Prosecution", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Milestone", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Milestone", None))
#endif // QT_CONFIG(accessibility)
        self.occurredLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Happened on", None))
#if QT_CONFIG(accessibility)
        self.occurredOn.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Day it happened or was decided", None))
#endif // QT_CONFIG(accessibility)
        self.occurredOn.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"ddd dd MMM yyyy", None))
        self.receivedLabel.setText(QCoreApplication.translate("MilestoneDialog", u"Witness Care r&eceived it", None))
#if QT_CONFIG(accessibility)
        self.receivedOn.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Day Witness Care received the information", None))
#endif // QT_CONFIG(accessibility)
        self.receivedOn.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"ddd dd MMM yyyy", None))
        self.receivedHint.setText(QCoreApplication.translate("MilestoneDialog", u"the victim's update is counted from this day", None))
        self.receivedHint.setProperty(u"class", QCoreApplication.translate("MilestoneDialog", u"muted", None))
        self.hearingLabel.setText(QCoreApplication.translate("MilestoneDialog", u"Hearing &date", None))
#if QT_CONFIG(accessibility)
        self.hearingOn.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Day of the hearing", None))
#endif // QT_CONFIG(accessibility)
        self.hearingOn.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"ddd dd MMM yyyy", None))
        self.hearingTimeKnown.setText(QCoreApplication.translate("MilestoneDialog", u"&at", None))
#if QT_CONFIG(accessibility)
        self.hearingTimeKnown.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Time of the hearing is known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hearingTime.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Time of the hearing", None))
#endif // QT_CONFIG(accessibility)
        self.hearingTime.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"HH:mm", None))
        self.venueLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Venue", None))
#if QT_CONFIG(accessibility)
        self.venue.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Venue", None))
#endif // QT_CONFIG(accessibility)
        self.venue.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"Leave blank when it is the prosecution's court", None))
        self.resultLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Result", None))
#if QT_CONFIG(accessibility)
        self.result.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Plea or verdict", None))
#endif // QT_CONFIG(accessibility)
        self.previousLabel.setText(QCoreApplication.translate("MilestoneDialog", u"Hearing date &lost", None))
#if QT_CONFIG(accessibility)
        self.previousDate.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"The hearing date that was adjourned or vacated", None))
#endif // QT_CONFIG(accessibility)
        self.previousDate.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"ddd dd MMM yyyy", None))
        self.newDateLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&New date", None))
#if QT_CONFIG(accessibility)
        self.newDate.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"The new hearing date", None))
#endif // QT_CONFIG(accessibility)
        self.newDate.setDisplayFormat(QCoreApplication.translate("MilestoneDialog", u"ddd dd MMM yyyy", None))
        self.dateToBeFixed.setText(QCoreApplication.translate("MilestoneDialog", u"Date to be &fixed", None))
#if QT_CONFIG(accessibility)
        self.dateToBeFixed.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Date to be fixed", None))
#endif // QT_CONFIG(accessibility)
        self.vacated.setText(QCoreApplication.translate("MilestoneDialog", u"V&acated before the day (not adjourned on the day)", None))
#if QT_CONFIG(accessibility)
        self.vacated.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Vacated before the day", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("MilestoneDialog", u"Rea&son", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Reason for the adjournment", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"Why the hearing moved, in words the victim will understand", None))
        self.detailsLabel.setText(QCoreApplication.translate("MilestoneDialog", u"De&tails", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Details", None))
#endif // QT_CONFIG(accessibility)
        self.details.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"In words: bail conditions, the sentence, the appeal, the charge \u2026", None))
        self.appliesTo.setText("")
        self.appliesTo.setProperty(u"class", QCoreApplication.translate("MilestoneDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.appliesTo.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Which cases this milestone updates", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("MilestoneDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("MilestoneDialog", u"Why the milestone cannot be saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
