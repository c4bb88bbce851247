# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QSpacerItem, QTextBrowser, QVBoxLayout,
    QWidget)

class Ui_CaseRJTab(object):
    def setupUi(self, CaseRJTab):
        if not CaseRJTab.objectName():
            CaseRJTab.setObjectName(u"CaseRJTab")
        CaseRJTab.resize(1100, 640)
        self.layout = QVBoxLayout(CaseRJTab)
        self.layout.setObjectName(u"layout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.referralLabel = QLabel(CaseRJTab)
        self.referralLabel.setObjectName(u"referralLabel")

        self.headerRow.addWidget(self.referralLabel)

        self.referral = QComboBox(CaseRJTab)
        self.referral.setObjectName(u"referral")

        self.headerRow.addWidget(self.referral)

        self.facilitatorLabel = QLabel(CaseRJTab)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.headerRow.addWidget(self.facilitatorLabel)

        self.facilitator = QComboBox(CaseRJTab)
        self.facilitator.setObjectName(u"facilitator")

        self.headerRow.addWidget(self.facilitator)

        self.headerStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerStretch)


        self.layout.addLayout(self.headerRow)

        self.empty = QLabel(CaseRJTab)
        self.empty.setObjectName(u"empty")
        self.empty.setWordWrap(True)

        self.layout.addWidget(self.empty)

        self.mainRow = QHBoxLayout()
        self.mainRow.setObjectName(u"mainRow")
        self.leftLayout = QVBoxLayout()
        self.leftLayout.setObjectName(u"leftLayout")
        self.status = QLabel(CaseRJTab)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.leftLayout.addWidget(self.status)

        self.closure = QLabel(CaseRJTab)
        self.closure.setObjectName(u"closure")
        self.closure.setWordWrap(True)

        self.leftLayout.addWidget(self.closure)

        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.stagesColumn = QVBoxLayout()
        self.stagesColumn.setObjectName(u"stagesColumn")
        self.stagesTitle = QLabel(CaseRJTab)
        self.stagesTitle.setObjectName(u"stagesTitle")

        self.stagesColumn.addWidget(self.stagesTitle)

        self.stages = QListWidget(CaseRJTab)
        self.stages.setObjectName(u"stages")
        self.stages.setMaximumSize(QSize(16777215, 200))
        self.stages.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.stagesColumn.addWidget(self.stages)

        self.stagesStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.stagesColumn.addItem(self.stagesStretch)

        self.stagesColumn.setStretch(2, 1)

        self.topRow.addLayout(self.stagesColumn)

        self.nextColumn = QVBoxLayout()
        self.nextColumn.setObjectName(u"nextColumn")
        self.nextTitle = QLabel(CaseRJTab)
        self.nextTitle.setObjectName(u"nextTitle")

        self.nextColumn.addWidget(self.nextTitle)

        self.nextSteps = QLabel(CaseRJTab)
        self.nextSteps.setObjectName(u"nextSteps")
        self.nextSteps.setWordWrap(True)

        self.nextColumn.addWidget(self.nextSteps)

        self.blocked = QLabel(CaseRJTab)
        self.blocked.setObjectName(u"blocked")
        self.blocked.setWordWrap(True)

        self.nextColumn.addWidget(self.blocked)

        self.nextStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.nextColumn.addItem(self.nextStretch)

        self.nextColumn.setStretch(3, 1)

        self.topRow.addLayout(self.nextColumn)

        self.topRow.setStretch(0, 2)
        self.topRow.setStretch(1, 3)

        self.leftLayout.addLayout(self.topRow)

        self.recordTitle = QLabel(CaseRJTab)
        self.recordTitle.setObjectName(u"recordTitle")

        self.leftLayout.addWidget(self.recordTitle)

        self.record = QTextBrowser(CaseRJTab)
        self.record.setObjectName(u"record")

        self.leftLayout.addWidget(self.record)

        self.leftLayout.setStretch(4, 1)

        self.mainRow.addLayout(self.leftLayout)

        self.actionsBox = QGroupBox(CaseRJTab)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.newReferral = QPushButton(self.actionsBox)
        self.newReferral.setObjectName(u"newReferral")

        self.actionsLayout.addWidget(self.newReferral)

        self.assess = QPushButton(self.actionsBox)
        self.assess.setObjectName(u"assess")

        self.actionsLayout.addWidget(self.assess)

        self.victimConsent = QPushButton(self.actionsBox)
        self.victimConsent.setObjectName(u"victimConsent")

        self.actionsLayout.addWidget(self.victimConsent)

        self.offenderManager = QPushButton(self.actionsBox)
        self.offenderManager.setObjectName(u"offenderManager")

        self.actionsLayout.addWidget(self.offenderManager)

        self.offenderContact = QPushButton(self.actionsBox)
        self.offenderContact.setObjectName(u"offenderContact")

        self.actionsLayout.addWidget(self.offenderContact)

        self.offenderConsent = QPushButton(self.actionsBox)
        self.offenderConsent.setObjectName(u"offenderConsent")

        self.actionsLayout.addWidget(self.offenderConsent)

        self.startPreparation = QPushButton(self.actionsBox)
        self.startPreparation.setObjectName(u"startPreparation")

        self.actionsLayout.addWidget(self.startPreparation)

        self.preparationNote = QPushButton(self.actionsBox)
        self.preparationNote.setObjectName(u"preparationNote")

        self.actionsLayout.addWidget(self.preparationNote)

        self.intervention = QPushButton(self.actionsBox)
        self.intervention.setObjectName(u"intervention")

        self.actionsLayout.addWidget(self.intervention)

        self.agreeOutcome = QPushButton(self.actionsBox)
        self.agreeOutcome.setObjectName(u"agreeOutcome")

        self.actionsLayout.addWidget(self.agreeOutcome)

        self.resolveItem = QPushButton(self.actionsBox)
        self.resolveItem.setObjectName(u"resolveItem")

        self.actionsLayout.addWidget(self.resolveItem)

        self.followUp = QPushButton(self.actionsBox)
        self.followUp.setObjectName(u"followUp")

        self.actionsLayout.addWidget(self.followUp)

        self.evaluation = QPushButton(self.actionsBox)
        self.evaluation.setObjectName(u"evaluation")

        self.actionsLayout.addWidget(self.evaluation)

        self.closeCompleted = QPushButton(self.actionsBox)
        self.closeCompleted.setObjectName(u"closeCompleted")

        self.actionsLayout.addWidget(self.closeCompleted)

        self.closeUnsuitable = QPushButton(self.actionsBox)
        self.closeUnsuitable.setObjectName(u"closeUnsuitable")

        self.actionsLayout.addWidget(self.closeUnsuitable)

        self.withdraw = QPushButton(self.actionsBox)
        self.withdraw.setObjectName(u"withdraw")

        self.actionsLayout.addWidget(self.withdraw)

        self.actionsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.actionsLayout.addItem(self.actionsStretch)


        self.mainRow.addWidget(self.actionsBox)

        self.mainRow.setStretch(0, 1)

        self.layout.addLayout(self.mainRow)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.referralLabel.setBuddy(self.referral)
        self.facilitatorLabel.setBuddy(self.facilitator)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referral, self.facilitator)
        QWidget.setTabOrder(self.facilitator, self.record)
        QWidget.setTabOrder(self.record, self.newReferral)
        QWidget.setTabOrder(self.newReferral, self.assess)
        QWidget.setTabOrder(self.assess, self.victimConsent)
        QWidget.setTabOrder(self.victimConsent, self.offenderManager)
        QWidget.setTabOrder(self.offenderManager, self.offenderContact)
        QWidget.setTabOrder(self.offenderContact, self.offenderConsent)
        QWidget.setTabOrder(self.offenderConsent, self.startPreparation)
        QWidget.setTabOrder(self.startPreparation, self.preparationNote)
        QWidget.setTabOrder(self.preparationNote, self.intervention)
        QWidget.setTabOrder(self.intervention, self.agreeOutcome)
        QWidget.setTabOrder(self.agreeOutcome, self.resolveItem)
        QWidget.setTabOrder(self.resolveItem, self.followUp)
        QWidget.setTabOrder(self.followUp, self.evaluation)
        QWidget.setTabOrder(self.evaluation, self.closeCompleted)
        QWidget.setTabOrder(self.closeCompleted, self.closeUnsuitable)
        QWidget.setTabOrder(self.closeUnsuitable, self.withdraw)

        self.retranslateUi(CaseRJTab)

        QMetaObject.connectSlotsByName(CaseRJTab)
    # setupUi

    def retranslateUi(self, CaseRJTab):
        self.referralLabel.setText(QCoreApplication.translate("CaseRJTab", u"Re&ferral", None))
#if QT_CONFIG(accessibility)
        self.referral.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Restorative justice referral", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorLabel.setText(QCoreApplication.translate("CaseRJTab", u"F&acilitator", None))
#if QT_CONFIG(accessibility)
        self.facilitator.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Facilitator", None))
#endif // QT_CONFIG(accessibility)
        self.empty.setText("")
        self.empty.setProperty(u"class", QCoreApplication.translate("CaseRJTab", u"muted", None))
#if QT_CONFIG(accessibility)
        self.empty.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"No referral", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
        self.status.setProperty(u"class", QCoreApplication.translate("CaseRJTab", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Current stage", None))
#endif // QT_CONFIG(accessibility)
        self.closure.setText("")
#if QT_CONFIG(accessibility)
        self.closure.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"How the pathway closed", None))
#endif // QT_CONFIG(accessibility)
        self.stagesTitle.setText(QCoreApplication.translate("CaseRJTab", u"Pathway", None))
        self.stagesTitle.setProperty(u"class", QCoreApplication.translate("CaseRJTab", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.stages.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Stages of the pathway", None))
#endif // QT_CONFIG(accessibility)
        self.nextTitle.setText(QCoreApplication.translate("CaseRJTab", u"What the next step needs", None))
        self.nextTitle.setProperty(u"class", QCoreApplication.translate("CaseRJTab", u"sectionTitle", None))
        self.nextSteps.setText("")
#if QT_CONFIG(accessibility)
        self.nextSteps.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"What the next step needs", None))
#endif // QT_CONFIG(accessibility)
        self.blocked.setText("")
        self.blocked.setProperty(u"class", QCoreApplication.translate("CaseRJTab", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.blocked.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Why some actions are not available", None))
#endif // QT_CONFIG(accessibility)
        self.recordTitle.setText(QCoreApplication.translate("CaseRJTab", u"The record", None))
        self.recordTitle.setProperty(u"class", QCoreApplication.translate("CaseRJTab", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.record.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"What is recorded on the pathway", None))
#endif // QT_CONFIG(accessibility)
        self.actionsBox.setTitle(QCoreApplication.translate("CaseRJTab", u"Actions", None))
        self.newReferral.setText(QCoreApplication.translate("CaseRJTab", u"&Refer for restorative justice\u2026", None))
#if QT_CONFIG(accessibility)
        self.newReferral.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Refer for restorative justice", None))
#endif // QT_CONFIG(accessibility)
        self.assess.setText(QCoreApplication.translate("CaseRJTab", u"&Assess suitability and risk\u2026", None))
#if QT_CONFIG(accessibility)
        self.assess.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Assess suitability and risk", None))
#endif // QT_CONFIG(accessibility)
        self.victimConsent.setText(QCoreApplication.translate("CaseRJTab", u"Record the &victim's consent\u2026", None))
#if QT_CONFIG(accessibility)
        self.victimConsent.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Record the victim's consent", None))
#endif // QT_CONFIG(accessibility)
        self.offenderManager.setText(QCoreApplication.translate("CaseRJTab", u"Offender &manager and status\u2026", None))
#if QT_CONFIG(accessibility)
        self.offenderManager.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Offender manager and status", None))
#endif // QT_CONFIG(accessibility)
        self.offenderContact.setText(QCoreApplication.translate("CaseRJTab", u"&Log contact with offender manager\u2026", None))
#if QT_CONFIG(accessibility)
        self.offenderContact.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Log contact with offender manager", None))
#endif // QT_CONFIG(accessibility)
        self.offenderConsent.setText(QCoreApplication.translate("CaseRJTab", u"Record the o&ffender's consent\u2026", None))
#if QT_CONFIG(accessibility)
        self.offenderConsent.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Record the offender's consent", None))
#endif // QT_CONFIG(accessibility)
        self.startPreparation.setText(QCoreApplication.translate("CaseRJTab", u"Start &preparation\u2026", None))
#if QT_CONFIG(accessibility)
        self.startPreparation.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Start preparation", None))
#endif // QT_CONFIG(accessibility)
        self.preparationNote.setText(QCoreApplication.translate("CaseRJTab", u"Add preparation &note\u2026", None))
#if QT_CONFIG(accessibility)
        self.preparationNote.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Add preparation note", None))
#endif // QT_CONFIG(accessibility)
        self.intervention.setText(QCoreApplication.translate("CaseRJTab", u"Record the &intervention\u2026", None))
#if QT_CONFIG(accessibility)
        self.intervention.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Record the intervention", None))
#endif // QT_CONFIG(accessibility)
        self.agreeOutcome.setText(QCoreApplication.translate("CaseRJTab", u"Record the outcome a&greement\u2026", None))
#if QT_CONFIG(accessibility)
        self.agreeOutcome.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Record the outcome agreement", None))
#endif // QT_CONFIG(accessibility)
        self.resolveItem.setText(QCoreApplication.translate("CaseRJTab", u"Track an outcome &item\u2026", None))
#if QT_CONFIG(accessibility)
        self.resolveItem.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Track an outcome item", None))
#endif // QT_CONFIG(accessibility)
        self.followUp.setText(QCoreApplication.translate("CaseRJTab", u"Record the follo&w-up\u2026", None))
#if QT_CONFIG(accessibility)
        self.followUp.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Record the follow-up", None))
#endif // QT_CONFIG(accessibility)
        self.evaluation.setText(QCoreApplication.translate("CaseRJTab", u"Victim's &evaluation\u2026", None))
#if QT_CONFIG(accessibility)
        self.evaluation.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Victim's evaluation", None))
#endif // QT_CONFIG(accessibility)
        self.closeCompleted.setText(QCoreApplication.translate("CaseRJTab", u"Close as &completed\u2026", None))
#if QT_CONFIG(accessibility)
        self.closeCompleted.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Close as completed", None))
#endif // QT_CONFIG(accessibility)
        self.closeUnsuitable.setText(QCoreApplication.translate("CaseRJTab", u"Close as &unsuitable\u2026", None))
#if QT_CONFIG(accessibility)
        self.closeUnsuitable.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Close as unsuitable", None))
#endif // QT_CONFIG(accessibility)
        self.withdraw.setText(QCoreApplication.translate("CaseRJTab", u"With&draw\u2026", None))
#if QT_CONFIG(accessibility)
        self.withdraw.setAccessibleName(QCoreApplication.translate("CaseRJTab", u"Withdraw", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
