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
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        ComplaintDialog.resize(580, 480)
        self.layout = QVBoxLayout(ComplaintDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(ComplaintDialog)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.explanation = QLabel(ComplaintDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.receivedOnLabel = QLabel(ComplaintDialog)
        self.receivedOnLabel.setObjectName(u"receivedOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.receivedOnLabel)

        self.receivedOn = QDateEdit(ComplaintDialog)
        self.receivedOn.setObjectName(u"receivedOn")
        self.receivedOn.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.receivedOn)

        self.aboutLabel = QLabel(ComplaintDialog)
        self.aboutLabel.setObjectName(u"aboutLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.aboutLabel)

        self.about = QComboBox(ComplaintDialog)
        self.about.setObjectName(u"about")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.about)

        self.aboutNameLabel = QLabel(ComplaintDialog)
        self.aboutNameLabel.setObjectName(u"aboutNameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.aboutNameLabel)

        self.aboutName = QLineEdit(ComplaintDialog)
        self.aboutName.setObjectName(u"aboutName")
        self.aboutName.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.aboutName)

        self.rightsLabel = QLabel(ComplaintDialog)
        self.rightsLabel.setObjectName(u"rightsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rightsLabel)

        self.rights = QListWidget(ComplaintDialog)
        self.rights.setObjectName(u"rights")
        self.rights.setMinimumSize(QSize(0, 140))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rights)

        self.summaryLabel = QLabel(ComplaintDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summary = QPlainTextEdit(ComplaintDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTabChangesFocus(True)
        self.summary.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summary)

        self.onDateLabel = QLabel(ComplaintDialog)
        self.onDateLabel.setObjectName(u"onDateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.onDateLabel)

        self.onDate = QDateEdit(ComplaintDialog)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.onDate)

        self.organisationLabel = QLabel(ComplaintDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QLineEdit(ComplaintDialog)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setMaxLength(200)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.victimToldLabel = QLabel(ComplaintDialog)
        self.victimToldLabel.setObjectName(u"victimToldLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.victimToldLabel)

        self.victimToldBox = QWidget(ComplaintDialog)
        self.victimToldBox.setObjectName(u"victimToldBox")
        self.victimToldLayout = QHBoxLayout(self.victimToldBox)
        self.victimToldLayout.setObjectName(u"victimToldLayout")
        self.victimToldLayout.setContentsMargins(0, 0, 0, 0)
        self.victimTold = QCheckBox(self.victimToldBox)
        self.victimTold.setObjectName(u"victimTold")

        self.victimToldLayout.addWidget(self.victimTold)

        self.victimToldOn = QDateEdit(self.victimToldBox)
        self.victimToldOn.setObjectName(u"victimToldOn")
        self.victimToldOn.setCalendarPopup(True)

        self.victimToldLayout.addWidget(self.victimToldOn)

        self.victimToldStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.victimToldLayout.addItem(self.victimToldStretch)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.victimToldBox)

        self.outcomeLabel = QLabel(ComplaintDialog)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcome = QComboBox(ComplaintDialog)
        self.outcome.setObjectName(u"outcome")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.outcome)

        self.lessonsLabel = QLabel(ComplaintDialog)
        self.lessonsLabel.setObjectName(u"lessonsLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.lessonsLabel)

        self.lessons = QPlainTextEdit(ComplaintDialog)
        self.lessons.setObjectName(u"lessons")
        self.lessons.setTabChangesFocus(True)
        self.lessons.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.lessons)


        self.layout.addLayout(self.form)

        self.problem = QLabel(ComplaintDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(ComplaintDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.receivedOnLabel.setBuddy(self.receivedOn)
        self.aboutLabel.setBuddy(self.about)
        self.aboutNameLabel.setBuddy(self.aboutName)
        self.rightsLabel.setBuddy(self.rights)
        self.summaryLabel.setBuddy(self.summary)
        self.onDateLabel.setBuddy(self.onDate)
        self.organisationLabel.setBuddy(self.organisation)
        self.outcomeLabel.setBuddy(self.outcome)
        self.lessonsLabel.setBuddy(self.lessons)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.receivedOn, self.about)
        QWidget.setTabOrder(self.about, self.aboutName)
        QWidget.setTabOrder(self.aboutName, self.rights)
        QWidget.setTabOrder(self.rights, self.summary)
        QWidget.setTabOrder(self.summary, self.onDate)
        QWidget.setTabOrder(self.onDate, self.organisation)
        QWidget.setTabOrder(self.organisation, self.victimTold)
        QWidget.setTabOrder(self.victimTold, self.victimToldOn)
        QWidget.setTabOrder(self.victimToldOn, self.outcome)
        QWidget.setTabOrder(self.outcome, self.lessons)
        QWidget.setTabOrder(self.lessons, self.buttons)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"Complaint", None))
        self.heading.setText("")
        self.heading.setProperty(u"class", QCoreApplication.translate("ComplaintDialog", u"sectionTitle", None))
        self.explanation.setText("")
        self.explanation.setProperty(u"class", QCoreApplication.translate("ComplaintDialog", u"muted", None))
        self.receivedOnLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Received on", None))
#if QT_CONFIG(accessibility)
        self.receivedOn.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Received on", None))
#endif // QT_CONFIG(accessibility)
        self.receivedOn.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"ddd dd MMM yyyy", None))
        self.aboutLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&About", None))
#if QT_CONFIG(accessibility)
        self.about.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Whom the complaint is about", None))
#endif // QT_CONFIG(accessibility)
        self.aboutNameLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Which one", None))
#if QT_CONFIG(accessibility)
        self.aboutName.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Which organisation or provider", None))
#endif // QT_CONFIG(accessibility)
        self.rightsLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Code ri&ghts", None))
#if QT_CONFIG(accessibility)
        self.rights.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Victims' Code rights the complaint concerns", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Summary", None))
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Summary of the complaint", None))
#endif // QT_CONFIG(accessibility)
        self.onDateLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.onDate.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.onDate.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"ddd dd MMM yyyy", None))
        self.organisationLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Passed on to", None))
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Organisation it was passed on to", None))
#endif // QT_CONFIG(accessibility)
        self.victimToldLabel.setText(QCoreApplication.translate("ComplaintDialog", u"Victim told", None))
        self.victimTold.setText(QCoreApplication.translate("ComplaintDialog", u"The victim was &told on", None))
#if QT_CONFIG(accessibility)
        self.victimTold.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"The victim was told it was passed on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.victimToldOn.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Day the victim was told", None))
#endif // QT_CONFIG(accessibility)
        self.victimToldOn.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"ddd dd MMM yyyy", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcome.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.lessonsLabel.setText(QCoreApplication.translate("ComplaintDialog", u"&Lessons", None))
#if QT_CONFIG(accessibility)
        self.lessons.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Lessons the service will act on", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("ComplaintDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("ComplaintDialog", u"Why this cannot be saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
