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
    QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WitnessNeedsDialog(object):
    def setupUi(self, WitnessNeedsDialog):
        if not WitnessNeedsDialog.objectName():
            WitnessNeedsDialog.setObjectName(u"WitnessNeedsDialog")
        WitnessNeedsDialog.resize(760, 640)
        self.layout = QVBoxLayout(WitnessNeedsDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(WitnessNeedsDialog)
        self.heading.setObjectName(u"heading")
        self.heading.setWordWrap(True)

        self.layout.addWidget(self.heading)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.mustLabel = QLabel(WitnessNeedsDialog)
        self.mustLabel.setObjectName(u"mustLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mustLabel)

        self.mustRow = QHBoxLayout()
        self.mustRow.setObjectName(u"mustRow")
        self.mustGiveEvidence = QComboBox(WitnessNeedsDialog)
        self.mustGiveEvidence.setObjectName(u"mustGiveEvidence")

        self.mustRow.addWidget(self.mustGiveEvidence)

        self.mustRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.mustRow.addItem(self.mustRowSpacer)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.mustRow)

        self.visitLabel = QLabel(WitnessNeedsDialog)
        self.visitLabel.setObjectName(u"visitLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.visitLabel)

        self.visitRow = QHBoxLayout()
        self.visitRow.setObjectName(u"visitRow")
        self.visitStatus = QComboBox(WitnessNeedsDialog)
        self.visitStatus.setObjectName(u"visitStatus")

        self.visitRow.addWidget(self.visitStatus)

        self.visitOnLabel = QLabel(WitnessNeedsDialog)
        self.visitOnLabel.setObjectName(u"visitOnLabel")

        self.visitRow.addWidget(self.visitOnLabel)

        self.visitOn = QDateEdit(WitnessNeedsDialog)
        self.visitOn.setObjectName(u"visitOn")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.visitOn.sizePolicy().hasHeightForWidth())
        self.visitOn.setSizePolicy(sizePolicy)
        self.visitOn.setCalendarPopup(True)

        self.visitRow.addWidget(self.visitOn)

        self.visitRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.visitRow.addItem(self.visitRowSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.visitRow)

        self.serviceLabel = QLabel(WitnessNeedsDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.serviceRow = QHBoxLayout()
        self.serviceRow.setObjectName(u"serviceRow")
        self.serviceStatus = QComboBox(WitnessNeedsDialog)
        self.serviceStatus.setObjectName(u"serviceStatus")

        self.serviceRow.addWidget(self.serviceStatus)

        self.serviceOnLabel = QLabel(WitnessNeedsDialog)
        self.serviceOnLabel.setObjectName(u"serviceOnLabel")

        self.serviceRow.addWidget(self.serviceOnLabel)

        self.serviceOn = QDateEdit(WitnessNeedsDialog)
        self.serviceOn.setObjectName(u"serviceOn")
        sizePolicy.setHeightForWidth(self.serviceOn.sizePolicy().hasHeightForWidth())
        self.serviceOn.setSizePolicy(sizePolicy)
        self.serviceOn.setCalendarPopup(True)

        self.serviceRow.addWidget(self.serviceOn)

        self.serviceRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.serviceRow.addItem(self.serviceRowSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.serviceRow)

        self.expensesLabel = QLabel(WitnessNeedsDialog)
        self.expensesLabel.setObjectName(u"expensesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.expensesLabel)

        self.expensesRow = QHBoxLayout()
        self.expensesRow.setObjectName(u"expensesRow")
        self.expensesStatus = QComboBox(WitnessNeedsDialog)
        self.expensesStatus.setObjectName(u"expensesStatus")

        self.expensesRow.addWidget(self.expensesStatus)

        self.expensesOnLabel = QLabel(WitnessNeedsDialog)
        self.expensesOnLabel.setObjectName(u"expensesOnLabel")

        self.expensesRow.addWidget(self.expensesOnLabel)

        self.expensesOn = QDateEdit(WitnessNeedsDialog)
        self.expensesOn.setObjectName(u"expensesOn")
        sizePolicy.setHeightForWidth(self.expensesOn.sizePolicy().hasHeightForWidth())
        self.expensesOn.setSizePolicy(sizePolicy)
        self.expensesOn.setCalendarPopup(True)

        self.expensesRow.addWidget(self.expensesOn)

        self.expensesRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expensesRow.addItem(self.expensesRowSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.expensesRow)

        self.interpreterLabel = QLabel(WitnessNeedsDialog)
        self.interpreterLabel.setObjectName(u"interpreterLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.interpreterLabel)

        self.interpreter = QLineEdit(WitnessNeedsDialog)
        self.interpreter.setObjectName(u"interpreter")
        self.interpreter.setMaxLength(80)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.interpreter)


        self.layout.addLayout(self.form)

        self.measuresBox = QGroupBox(WitnessNeedsDialog)
        self.measuresBox.setObjectName(u"measuresBox")
        self.measuresGrid = QGridLayout(self.measuresBox)
        self.measuresGrid.setObjectName(u"measuresGrid")
        self.measuresGrid.setVerticalSpacing(2)

        self.layout.addWidget(self.measuresBox)

        self.vpsBox = QGroupBox(WitnessNeedsDialog)
        self.vpsBox.setObjectName(u"vpsBox")
        self.vpsForm = QFormLayout(self.vpsBox)
        self.vpsForm.setObjectName(u"vpsForm")
        self.vpsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.vpsOfferedRow = QHBoxLayout()
        self.vpsOfferedRow.setObjectName(u"vpsOfferedRow")
        self.vpsOffered = QCheckBox(self.vpsBox)
        self.vpsOffered.setObjectName(u"vpsOffered")

        self.vpsOfferedRow.addWidget(self.vpsOffered)

        self.vpsOfferedOn = QDateEdit(self.vpsBox)
        self.vpsOfferedOn.setObjectName(u"vpsOfferedOn")
        sizePolicy.setHeightForWidth(self.vpsOfferedOn.sizePolicy().hasHeightForWidth())
        self.vpsOfferedOn.setSizePolicy(sizePolicy)
        self.vpsOfferedOn.setCalendarPopup(True)

        self.vpsOfferedRow.addWidget(self.vpsOfferedOn)

        self.vpsDeclined = QCheckBox(self.vpsBox)
        self.vpsDeclined.setObjectName(u"vpsDeclined")

        self.vpsOfferedRow.addWidget(self.vpsDeclined)

        self.vpsOfferedRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vpsOfferedRow.addItem(self.vpsOfferedRowSpacer)


        self.vpsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.vpsOfferedRow)

        self.vpsMadeRow = QHBoxLayout()
        self.vpsMadeRow.setObjectName(u"vpsMadeRow")
        self.vpsMade = QCheckBox(self.vpsBox)
        self.vpsMade.setObjectName(u"vpsMade")

        self.vpsMadeRow.addWidget(self.vpsMade)

        self.vpsMadeOn = QDateEdit(self.vpsBox)
        self.vpsMadeOn.setObjectName(u"vpsMadeOn")
        sizePolicy.setHeightForWidth(self.vpsMadeOn.sizePolicy().hasHeightForWidth())
        self.vpsMadeOn.setSizePolicy(sizePolicy)
        self.vpsMadeOn.setCalendarPopup(True)

        self.vpsMadeRow.addWidget(self.vpsMadeOn)

        self.vpsMadeRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vpsMadeRow.addItem(self.vpsMadeRowSpacer)


        self.vpsForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.vpsMadeRow)

        self.vpsUpdatedRow = QHBoxLayout()
        self.vpsUpdatedRow.setObjectName(u"vpsUpdatedRow")
        self.vpsUpdated = QCheckBox(self.vpsBox)
        self.vpsUpdated.setObjectName(u"vpsUpdated")

        self.vpsUpdatedRow.addWidget(self.vpsUpdated)

        self.vpsUpdatedOn = QDateEdit(self.vpsBox)
        self.vpsUpdatedOn.setObjectName(u"vpsUpdatedOn")
        sizePolicy.setHeightForWidth(self.vpsUpdatedOn.sizePolicy().hasHeightForWidth())
        self.vpsUpdatedOn.setSizePolicy(sizePolicy)
        self.vpsUpdatedOn.setCalendarPopup(True)

        self.vpsUpdatedRow.addWidget(self.vpsUpdatedOn)

        self.vpsUpdates = QLabel(self.vpsBox)
        self.vpsUpdates.setObjectName(u"vpsUpdates")
        self.vpsUpdates.setWordWrap(False)

        self.vpsUpdatedRow.addWidget(self.vpsUpdates)

        self.vpsUpdatedRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vpsUpdatedRow.addItem(self.vpsUpdatedRowSpacer)


        self.vpsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.vpsUpdatedRow)

        self.vpsInCourtLabel = QLabel(self.vpsBox)
        self.vpsInCourtLabel.setObjectName(u"vpsInCourtLabel")

        self.vpsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.vpsInCourtLabel)

        self.vpsInCourt = QComboBox(self.vpsBox)
        self.vpsInCourt.setObjectName(u"vpsInCourt")

        self.vpsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.vpsInCourt)


        self.layout.addWidget(self.vpsBox)

        self.problem = QLabel(WitnessNeedsDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(WitnessNeedsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.mustLabel.setBuddy(self.mustGiveEvidence)
        self.visitLabel.setBuddy(self.visitStatus)
        self.serviceLabel.setBuddy(self.serviceStatus)
        self.expensesLabel.setBuddy(self.expensesStatus)
        self.interpreterLabel.setBuddy(self.interpreter)
        self.vpsInCourtLabel.setBuddy(self.vpsInCourt)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.mustGiveEvidence, self.visitStatus)
        QWidget.setTabOrder(self.visitStatus, self.visitOn)
        QWidget.setTabOrder(self.visitOn, self.serviceStatus)
        QWidget.setTabOrder(self.serviceStatus, self.serviceOn)
        QWidget.setTabOrder(self.serviceOn, self.expensesStatus)
        QWidget.setTabOrder(self.expensesStatus, self.expensesOn)
        QWidget.setTabOrder(self.expensesOn, self.interpreter)
        QWidget.setTabOrder(self.interpreter, self.vpsOffered)
        QWidget.setTabOrder(self.vpsOffered, self.vpsOfferedOn)
        QWidget.setTabOrder(self.vpsOfferedOn, self.vpsDeclined)
        QWidget.setTabOrder(self.vpsDeclined, self.vpsMade)
        QWidget.setTabOrder(self.vpsMade, self.vpsMadeOn)
        QWidget.setTabOrder(self.vpsMadeOn, self.vpsUpdated)
        QWidget.setTabOrder(self.vpsUpdated, self.vpsUpdatedOn)
        QWidget.setTabOrder(self.vpsUpdatedOn, self.vpsInCourt)
        QWidget.setTabOrder(self.vpsInCourt, self.buttons)

        self.retranslateUi(WitnessNeedsDialog)

        QMetaObject.connectSlotsByName(WitnessNeedsDialog)
    # setupUi

    def retranslateUi(self, WitnessNeedsDialog):
        WitnessNeedsDialog.setWindowTitle(QCoreApplication.translate("WitnessNeedsDialog", u"Witness needs", None))
        self.heading.setText("")
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Whose needs, in which prosecution", None))
#endif // QT_CONFIG(accessibility)
        self.heading.setProperty(u"class", QCoreApplication.translate("WitnessNeedsDialog", u"muted", None))
        self.mustLabel.setText(QCoreApplication.translate("WitnessNeedsDialog", u"&Must give evidence", None))
#if QT_CONFIG(accessibility)
        self.mustGiveEvidence.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Must the victim give evidence", None))
#endif // QT_CONFIG(accessibility)
        self.visitLabel.setText(QCoreApplication.translate("WitnessNeedsDialog", u"Pre-trial court &visit", None))
#if QT_CONFIG(accessibility)
        self.visitStatus.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Pre-trial court visit", None))
#endif // QT_CONFIG(accessibility)
        self.visitOnLabel.setText(QCoreApplication.translate("WitnessNeedsDialog", u"on", None))
        self.visitOnLabel.setProperty(u"class", QCoreApplication.translate("WitnessNeedsDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.visitOn.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Pre-trial court visit: when", None))
#endif // QT_CONFIG(accessibility)
        self.visitOn.setDisplayFormat(QCoreApplication.translate("WitnessNeedsDialog", u"ddd dd MMM yyyy", None))
        self.serviceLabel.setText(QCoreApplication.translate("WitnessNeedsDialog", u"Witness &Service referral", None))
#if QT_CONFIG(accessibility)
        self.serviceStatus.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Witness Service referral", None))
#endif // QT_CONFIG(accessibility)
        self.serviceOnLabel.setText(QCoreApplication.translate("WitnessNeedsDialog", u"on", None))
        self.serviceOnLabel.setProperty(u"class", QCoreApplication.translate("WitnessNeedsDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.serviceOn.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Witness Service referral: when", None))
#endif // QT_CONFIG(accessibility)
        self.serviceOn.setDisplayFormat(QCoreApplication.translate("WitnessNeedsDialog", u"ddd dd MMM yyyy", None))
        self.expensesLabel.setText(QCoreApplication.translate("WitnessNeedsDialog", u"&Expenses", None))
#if QT_CONFIG(accessibility)
        self.expensesStatus.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Witness expenses", None))
#endif // QT_CONFIG(accessibility)
        self.expensesOnLabel.setText(QCoreApplication.translate("WitnessNeedsDialog", u"on", None))
        self.expensesOnLabel.setProperty(u"class", QCoreApplication.translate("WitnessNeedsDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.expensesOn.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Witness expenses: when", None))
#endif // QT_CONFIG(accessibility)
        self.expensesOn.setDisplayFormat(QCoreApplication.translate("WitnessNeedsDialog", u"ddd dd MMM yyyy", None))
        self.interpreterLabel.setText(QCoreApplication.translate("WitnessNeedsDialog", u"&Interpreter", None))
#if QT_CONFIG(accessibility)
        self.interpreter.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Interpreter language", None))
#endif // QT_CONFIG(accessibility)
        self.interpreter.setPlaceholderText(QCoreApplication.translate("WitnessNeedsDialog", u"Language, or leave blank when no interpreter is needed", None))
        self.measuresBox.setTitle(QCoreApplication.translate("WitnessNeedsDialog", u"Special measures (Youth Justice and Criminal Evidence Act 1999 ss.23-30)", None))
        self.vpsBox.setTitle(QCoreApplication.translate("WitnessNeedsDialog", u"Victim Personal Statement", None))
        self.vpsOffered.setText(QCoreApplication.translate("WitnessNeedsDialog", u"&Offered on", None))
#if QT_CONFIG(accessibility)
        self.vpsOffered.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Victim Personal Statement offered", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.vpsOfferedOn.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Day the statement was offered", None))
#endif // QT_CONFIG(accessibility)
        self.vpsOfferedOn.setDisplayFormat(QCoreApplication.translate("WitnessNeedsDialog", u"ddd dd MMM yyyy", None))
        self.vpsDeclined.setText(QCoreApplication.translate("WitnessNeedsDialog", u"&Declined by the victim", None))
#if QT_CONFIG(accessibility)
        self.vpsDeclined.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Victim declined the statement", None))
#endif // QT_CONFIG(accessibility)
        self.vpsMade.setText(QCoreApplication.translate("WitnessNeedsDialog", u"Ma&de on", None))
#if QT_CONFIG(accessibility)
        self.vpsMade.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Victim Personal Statement made", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.vpsMadeOn.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Day the statement was made", None))
#endif // QT_CONFIG(accessibility)
        self.vpsMadeOn.setDisplayFormat(QCoreApplication.translate("WitnessNeedsDialog", u"ddd dd MMM yyyy", None))
        self.vpsUpdated.setText(QCoreApplication.translate("WitnessNeedsDialog", u"&Updated again on", None))
#if QT_CONFIG(accessibility)
        self.vpsUpdated.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Victim Personal Statement updated", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.vpsUpdatedOn.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Day the statement was updated", None))
#endif // QT_CONFIG(accessibility)
        self.vpsUpdatedOn.setDisplayFormat(QCoreApplication.translate("WitnessNeedsDialog", u"ddd dd MMM yyyy", None))
        self.vpsUpdates.setText("")
#if QT_CONFIG(accessibility)
        self.vpsUpdates.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"Earlier updates", None))
#endif // QT_CONFIG(accessibility)
        self.vpsUpdates.setProperty(u"class", QCoreApplication.translate("WitnessNeedsDialog", u"muted", None))
        self.vpsInCourtLabel.setText(QCoreApplication.translate("WitnessNeedsDialog", u"In cou&rt", None))
#if QT_CONFIG(accessibility)
        self.vpsInCourt.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"What happened to the statement in court", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("WitnessNeedsDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setProperty(u"class", QCoreApplication.translate("WitnessNeedsDialog", u"fieldError", None))
    # retranslateUi
