# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CaseOverviewTab(object):
    def setupUi(self, CaseOverviewTab):
        if not CaseOverviewTab.objectName():
            CaseOverviewTab.setObjectName(u"CaseOverviewTab")
        CaseOverviewTab.resize(1000, 620)
        self.layout = QVBoxLayout(CaseOverviewTab)
        self.layout.setObjectName(u"layout")
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(CaseOverviewTab)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.grid = QGridLayout(self.content)
        self.grid.setObjectName(u"grid")
        self.victimBox = QGroupBox(self.content)
        self.victimBox.setObjectName(u"victimBox")
        self.victimLayout = QFormLayout(self.victimBox)
        self.victimLayout.setObjectName(u"victimLayout")
        self.victimNameLabel = QLabel(self.victimBox)
        self.victimNameLabel.setObjectName(u"victimNameLabel")

        self.victimLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.victimNameLabel)

        self.victimName = QLabel(self.victimBox)
        self.victimName.setObjectName(u"victimName")
        self.victimName.setTextFormat(Qt.TextFormat.PlainText)
        self.victimName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.victimLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.victimName)

        self.victimBornLabel = QLabel(self.victimBox)
        self.victimBornLabel.setObjectName(u"victimBornLabel")

        self.victimLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.victimBornLabel)

        self.victimBorn = QLabel(self.victimBox)
        self.victimBorn.setObjectName(u"victimBorn")
        self.victimBorn.setTextFormat(Qt.TextFormat.PlainText)
        self.victimBorn.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.victimLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.victimBorn)

        self.victimGenderLabel = QLabel(self.victimBox)
        self.victimGenderLabel.setObjectName(u"victimGenderLabel")

        self.victimLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.victimGenderLabel)

        self.victimGender = QLabel(self.victimBox)
        self.victimGender.setObjectName(u"victimGender")
        self.victimGender.setTextFormat(Qt.TextFormat.PlainText)
        self.victimGender.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.victimLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.victimGender)

        self.victimLanguageLabel = QLabel(self.victimBox)
        self.victimLanguageLabel.setObjectName(u"victimLanguageLabel")

        self.victimLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.victimLanguageLabel)

        self.victimLanguage = QLabel(self.victimBox)
        self.victimLanguage.setObjectName(u"victimLanguage")
        self.victimLanguage.setTextFormat(Qt.TextFormat.PlainText)
        self.victimLanguage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.victimLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.victimLanguage)

        self.victimInterpreterLabel = QLabel(self.victimBox)
        self.victimInterpreterLabel.setObjectName(u"victimInterpreterLabel")

        self.victimLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.victimInterpreterLabel)

        self.victimInterpreter = QLabel(self.victimBox)
        self.victimInterpreter.setObjectName(u"victimInterpreter")
        self.victimInterpreter.setTextFormat(Qt.TextFormat.PlainText)
        self.victimInterpreter.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.victimLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.victimInterpreter)

        self.victimDisabilityLabel = QLabel(self.victimBox)
        self.victimDisabilityLabel.setObjectName(u"victimDisabilityLabel")

        self.victimLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.victimDisabilityLabel)

        self.victimDisability = QLabel(self.victimBox)
        self.victimDisability.setObjectName(u"victimDisability")
        self.victimDisability.setTextFormat(Qt.TextFormat.PlainText)
        self.victimDisability.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.victimLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.victimDisability)

        self.victimPhoneLabel = QLabel(self.victimBox)
        self.victimPhoneLabel.setObjectName(u"victimPhoneLabel")

        self.victimLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.victimPhoneLabel)

        self.victimPhone = QLabel(self.victimBox)
        self.victimPhone.setObjectName(u"victimPhone")
        self.victimPhone.setTextFormat(Qt.TextFormat.PlainText)
        self.victimPhone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.victimLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.victimPhone)

        self.victimEmailLabel = QLabel(self.victimBox)
        self.victimEmailLabel.setObjectName(u"victimEmailLabel")

        self.victimLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.victimEmailLabel)

        self.victimEmail = QLabel(self.victimBox)
        self.victimEmail.setObjectName(u"victimEmail")
        self.victimEmail.setTextFormat(Qt.TextFormat.PlainText)
        self.victimEmail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.victimLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.victimEmail)

        self.victimAddressLabel = QLabel(self.victimBox)
        self.victimAddressLabel.setObjectName(u"victimAddressLabel")

        self.victimLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.victimAddressLabel)

        self.victimAddress = QLabel(self.victimBox)
        self.victimAddress.setObjectName(u"victimAddress")
        self.victimAddress.setTextFormat(Qt.TextFormat.PlainText)
        self.victimAddress.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.victimAddress.setWordWrap(True)

        self.victimLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.victimAddress)


        self.grid.addWidget(self.victimBox, 0, 0, 1, 1)

        self.permissionsBox = QGroupBox(self.content)
        self.permissionsBox.setObjectName(u"permissionsBox")
        self.permissionsLayout = QGridLayout(self.permissionsBox)
        self.permissionsLayout.setObjectName(u"permissionsLayout")
        self.safeToCallLabel = QLabel(self.permissionsBox)
        self.safeToCallLabel.setObjectName(u"safeToCallLabel")

        self.permissionsLayout.addWidget(self.safeToCallLabel, 0, 0, 1, 1)

        self.safeToCall = QLabel(self.permissionsBox)
        self.safeToCall.setObjectName(u"safeToCall")
        self.safeToCall.setMinimumSize(QSize(0, 26))

        self.permissionsLayout.addWidget(self.safeToCall, 0, 1, 1, 1)

        self.safeToLeaveVoicemailLabel = QLabel(self.permissionsBox)
        self.safeToLeaveVoicemailLabel.setObjectName(u"safeToLeaveVoicemailLabel")

        self.permissionsLayout.addWidget(self.safeToLeaveVoicemailLabel, 1, 0, 1, 1)

        self.safeToLeaveVoicemail = QLabel(self.permissionsBox)
        self.safeToLeaveVoicemail.setObjectName(u"safeToLeaveVoicemail")
        self.safeToLeaveVoicemail.setMinimumSize(QSize(0, 26))

        self.permissionsLayout.addWidget(self.safeToLeaveVoicemail, 1, 1, 1, 1)

        self.safeToTextLabel = QLabel(self.permissionsBox)
        self.safeToTextLabel.setObjectName(u"safeToTextLabel")

        self.permissionsLayout.addWidget(self.safeToTextLabel, 2, 0, 1, 1)

        self.safeToText = QLabel(self.permissionsBox)
        self.safeToText.setObjectName(u"safeToText")
        self.safeToText.setMinimumSize(QSize(0, 26))

        self.permissionsLayout.addWidget(self.safeToText, 2, 1, 1, 1)

        self.safeToWriteLabel = QLabel(self.permissionsBox)
        self.safeToWriteLabel.setObjectName(u"safeToWriteLabel")

        self.permissionsLayout.addWidget(self.safeToWriteLabel, 3, 0, 1, 1)

        self.safeToWrite = QLabel(self.permissionsBox)
        self.safeToWrite.setObjectName(u"safeToWrite")
        self.safeToWrite.setMinimumSize(QSize(0, 26))

        self.permissionsLayout.addWidget(self.safeToWrite, 3, 1, 1, 1)

        self.safeToEmailLabel = QLabel(self.permissionsBox)
        self.safeToEmailLabel.setObjectName(u"safeToEmailLabel")

        self.permissionsLayout.addWidget(self.safeToEmailLabel, 4, 0, 1, 1)

        self.safeToEmail = QLabel(self.permissionsBox)
        self.safeToEmail.setObjectName(u"safeToEmail")
        self.safeToEmail.setMinimumSize(QSize(0, 26))

        self.permissionsLayout.addWidget(self.safeToEmail, 4, 1, 1, 1)

        self.permissionsNote = QLabel(self.permissionsBox)
        self.permissionsNote.setObjectName(u"permissionsNote")
        self.permissionsNote.setWordWrap(True)

        self.permissionsLayout.addWidget(self.permissionsNote, 5, 0, 1, 2)


        self.grid.addWidget(self.permissionsBox, 0, 1, 1, 1)

        self.referralBox = QGroupBox(self.content)
        self.referralBox.setObjectName(u"referralBox")
        self.referralLayout = QFormLayout(self.referralBox)
        self.referralLayout.setObjectName(u"referralLayout")
        self.referralSourceLabel = QLabel(self.referralBox)
        self.referralSourceLabel.setObjectName(u"referralSourceLabel")

        self.referralLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referralSourceLabel)

        self.referralSource = QLabel(self.referralBox)
        self.referralSource.setObjectName(u"referralSource")
        self.referralSource.setTextFormat(Qt.TextFormat.PlainText)
        self.referralSource.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referralLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referralSource)

        self.referralSourceIdLabel = QLabel(self.referralBox)
        self.referralSourceIdLabel.setObjectName(u"referralSourceIdLabel")

        self.referralLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referralSourceIdLabel)

        self.referralSourceId = QLabel(self.referralBox)
        self.referralSourceId.setObjectName(u"referralSourceId")
        self.referralSourceId.setTextFormat(Qt.TextFormat.PlainText)
        self.referralSourceId.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referralLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referralSourceId)

        self.referredAtLabel = QLabel(self.referralBox)
        self.referredAtLabel.setObjectName(u"referredAtLabel")

        self.referralLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referredAtLabel)

        self.referredAt = QLabel(self.referralBox)
        self.referredAt.setObjectName(u"referredAt")
        self.referredAt.setTextFormat(Qt.TextFormat.PlainText)
        self.referredAt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referralLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referredAt)

        self.crimeReferenceLabel = QLabel(self.referralBox)
        self.crimeReferenceLabel.setObjectName(u"crimeReferenceLabel")

        self.referralLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.crimeReferenceLabel)

        self.crimeReference = QLabel(self.referralBox)
        self.crimeReference.setObjectName(u"crimeReference")
        self.crimeReference.setTextFormat(Qt.TextFormat.PlainText)
        self.crimeReference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referralLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.crimeReference)

        self.reportedToPoliceLabel = QLabel(self.referralBox)
        self.reportedToPoliceLabel.setObjectName(u"reportedToPoliceLabel")

        self.referralLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reportedToPoliceLabel)

        self.reportedToPolice = QLabel(self.referralBox)
        self.reportedToPolice.setObjectName(u"reportedToPolice")
        self.reportedToPolice.setTextFormat(Qt.TextFormat.PlainText)
        self.reportedToPolice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referralLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reportedToPolice)

        self.offenceLabel = QLabel(self.referralBox)
        self.offenceLabel.setObjectName(u"offenceLabel")

        self.referralLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.offenceLabel)

        self.offence = QLabel(self.referralBox)
        self.offence.setObjectName(u"offence")
        self.offence.setTextFormat(Qt.TextFormat.PlainText)
        self.offence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referralLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.offence)

        self.offenceDateLabel = QLabel(self.referralBox)
        self.offenceDateLabel.setObjectName(u"offenceDateLabel")

        self.referralLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.offenceDateLabel)

        self.offenceDate = QLabel(self.referralBox)
        self.offenceDate.setObjectName(u"offenceDate")
        self.offenceDate.setTextFormat(Qt.TextFormat.PlainText)
        self.offenceDate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referralLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.offenceDate)

        self.consentLabel = QLabel(self.referralBox)
        self.consentLabel.setObjectName(u"consentLabel")

        self.referralLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consent = QLabel(self.referralBox)
        self.consent.setObjectName(u"consent")
        self.consent.setTextFormat(Qt.TextFormat.PlainText)
        self.consent.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referralLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.consent)

        self.referralNotesLabel = QLabel(self.referralBox)
        self.referralNotesLabel.setObjectName(u"referralNotesLabel")

        self.referralLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.referralNotesLabel)

        self.referralNotes = QLabel(self.referralBox)
        self.referralNotes.setObjectName(u"referralNotes")
        self.referralNotes.setTextFormat(Qt.TextFormat.PlainText)
        self.referralNotes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.referralNotes.setWordWrap(True)

        self.referralLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.referralNotes)


        self.grid.addWidget(self.referralBox, 1, 0, 1, 1)

        self.caseBox = QGroupBox(self.content)
        self.caseBox.setObjectName(u"caseBox")
        self.caseLayout = QFormLayout(self.caseBox)
        self.caseLayout.setObjectName(u"caseLayout")
        self.caseStatusLabel = QLabel(self.caseBox)
        self.caseStatusLabel.setObjectName(u"caseStatusLabel")

        self.caseLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseStatusLabel)

        self.caseStatus = QLabel(self.caseBox)
        self.caseStatus.setObjectName(u"caseStatus")
        self.caseStatus.setTextFormat(Qt.TextFormat.PlainText)
        self.caseStatus.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.caseLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseStatus)

        self.spocLabel = QLabel(self.caseBox)
        self.spocLabel.setObjectName(u"spocLabel")

        self.caseLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.spocLabel)

        self.spoc = QLabel(self.caseBox)
        self.spoc.setObjectName(u"spoc")
        self.spoc.setTextFormat(Qt.TextFormat.PlainText)
        self.spoc.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.caseLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.spoc)

        self.riskLevelLabel = QLabel(self.caseBox)
        self.riskLevelLabel.setObjectName(u"riskLevelLabel")

        self.caseLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.riskLevelLabel)

        self.riskLevel = QLabel(self.caseBox)
        self.riskLevel.setObjectName(u"riskLevel")
        self.riskLevel.setTextFormat(Qt.TextFormat.PlainText)
        self.riskLevel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.caseLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.riskLevel)

        self.serviceLabel = QLabel(self.caseBox)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.caseLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.service = QLabel(self.caseBox)
        self.service.setObjectName(u"service")
        self.service.setTextFormat(Qt.TextFormat.PlainText)
        self.service.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.caseLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.service)

        self.enhancedReasonsLabel = QLabel(self.caseBox)
        self.enhancedReasonsLabel.setObjectName(u"enhancedReasonsLabel")

        self.caseLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.enhancedReasonsLabel)

        self.enhancedReasons = QLabel(self.caseBox)
        self.enhancedReasons.setObjectName(u"enhancedReasons")
        self.enhancedReasons.setTextFormat(Qt.TextFormat.RichText)
        self.enhancedReasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enhancedReasons.setWordWrap(True)

        self.caseLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.enhancedReasons)

        self.newReasonLabel = QLabel(self.caseBox)
        self.newReasonLabel.setObjectName(u"newReasonLabel")

        self.caseLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.newReasonLabel)

        self.newReasonRow = QHBoxLayout()
        self.newReasonRow.setObjectName(u"newReasonRow")
        self.newReason = QLineEdit(self.caseBox)
        self.newReason.setObjectName(u"newReason")
        self.newReason.setMaxLength(200)

        self.newReasonRow.addWidget(self.newReason)

        self.addReason = QPushButton(self.caseBox)
        self.addReason.setObjectName(u"addReason")

        self.newReasonRow.addWidget(self.addReason)


        self.caseLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.newReasonRow)

        self.reasonProblem = QLabel(self.caseBox)
        self.reasonProblem.setObjectName(u"reasonProblem")
        self.reasonProblem.setWordWrap(True)

        self.caseLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reasonProblem)


        self.grid.addWidget(self.caseBox, 1, 1, 1, 1)

        self.matchesBox = QGroupBox(self.content)
        self.matchesBox.setObjectName(u"matchesBox")
        self.matchesLayout = QVBoxLayout(self.matchesBox)
        self.matchesLayout.setObjectName(u"matchesLayout")
        self.matchesIntro = QLabel(self.matchesBox)
        self.matchesIntro.setObjectName(u"matchesIntro")
        self.matchesIntro.setWordWrap(True)

        self.matchesLayout.addWidget(self.matchesIntro)

        self.matches = QTableWidget(self.matchesBox)
        self.matches.setObjectName(u"matches")
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setWordWrap(False)
        self.matches.setMinimumSize(QSize(0, 90))
        self.matches.setMaximumSize(QSize(16777215, 160))
        self.matches.horizontalHeader().setStretchLastSection(True)
        self.matches.verticalHeader().setVisible(False)

        self.matchesLayout.addWidget(self.matches)

        self.matchButtons = QHBoxLayout()
        self.matchButtons.setObjectName(u"matchButtons")
        self.confirmMatch = QPushButton(self.matchesBox)
        self.confirmMatch.setObjectName(u"confirmMatch")

        self.matchButtons.addWidget(self.confirmMatch)

        self.rejectMatch = QPushButton(self.matchesBox)
        self.rejectMatch.setObjectName(u"rejectMatch")

        self.matchButtons.addWidget(self.rejectMatch)

        self.matchSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matchButtons.addItem(self.matchSpacer)


        self.matchesLayout.addLayout(self.matchButtons)


        self.grid.addWidget(self.matchesBox, 2, 0, 1, 2)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.grid.addItem(self.bottomSpacer, 3, 0, 1, 2)

        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        self.scroll.setWidget(self.content)

        self.layout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.newReasonLabel.setBuddy(self.newReason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.scroll, self.newReason)
        QWidget.setTabOrder(self.newReason, self.addReason)
        QWidget.setTabOrder(self.addReason, self.matches)
        QWidget.setTabOrder(self.matches, self.confirmMatch)
        QWidget.setTabOrder(self.confirmMatch, self.rejectMatch)

        self.retranslateUi(CaseOverviewTab)

        QMetaObject.connectSlotsByName(CaseOverviewTab)
    # setupUi

    def retranslateUi(self, CaseOverviewTab):
        self.victimBox.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Victim", None))
        self.victimNameLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Name", None))
        self.victimNameLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.victimName.setText("")
#if QT_CONFIG(accessibility)
        self.victimName.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Victim's name", None))
#endif // QT_CONFIG(accessibility)
        self.victimBornLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Date of birth", None))
        self.victimBornLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.victimBorn.setText("")
#if QT_CONFIG(accessibility)
        self.victimBorn.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Date of birth and age", None))
#endif // QT_CONFIG(accessibility)
        self.victimGenderLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Gender", None))
        self.victimGenderLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.victimGender.setText("")
#if QT_CONFIG(accessibility)
        self.victimGender.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.victimLanguageLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Language", None))
        self.victimLanguageLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.victimLanguage.setText("")
#if QT_CONFIG(accessibility)
        self.victimLanguage.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
        self.victimInterpreterLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Interpreter", None))
        self.victimInterpreterLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.victimInterpreter.setText("")
#if QT_CONFIG(accessibility)
        self.victimInterpreter.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Interpreter needed", None))
#endif // QT_CONFIG(accessibility)
        self.victimDisabilityLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Disability", None))
        self.victimDisabilityLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.victimDisability.setText("")
#if QT_CONFIG(accessibility)
        self.victimDisability.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Disability", None))
#endif // QT_CONFIG(accessibility)
        self.victimPhoneLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Phone", None))
        self.victimPhoneLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.victimPhone.setText("")
#if QT_CONFIG(accessibility)
        self.victimPhone.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Phone number", None))
#endif // QT_CONFIG(accessibility)
        self.victimEmailLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"E-mail", None))
        self.victimEmailLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.victimEmail.setText("")
#if QT_CONFIG(accessibility)
        self.victimEmail.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"E-mail address", None))
#endif // QT_CONFIG(accessibility)
        self.victimAddressLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Address", None))
        self.victimAddressLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.victimAddress.setText("")
#if QT_CONFIG(accessibility)
        self.victimAddress.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Home address", None))
#endif // QT_CONFIG(accessibility)
        self.permissionsBox.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Contact permissions: how we may reach them", None))
        self.safeToCallLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Call", None))
        self.safeToCall.setText("")
#if QT_CONFIG(accessibility)
        self.safeToCall.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Safe to call", None))
#endif // QT_CONFIG(accessibility)
        self.safeToLeaveVoicemailLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Leave voicemail", None))
        self.safeToLeaveVoicemail.setText("")
#if QT_CONFIG(accessibility)
        self.safeToLeaveVoicemail.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Safe to leave voicemail", None))
#endif // QT_CONFIG(accessibility)
        self.safeToTextLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Text", None))
        self.safeToText.setText("")
#if QT_CONFIG(accessibility)
        self.safeToText.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Safe to text", None))
#endif // QT_CONFIG(accessibility)
        self.safeToWriteLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Write (post)", None))
        self.safeToWrite.setText("")
#if QT_CONFIG(accessibility)
        self.safeToWrite.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Safe to write (post)", None))
#endif // QT_CONFIG(accessibility)
        self.safeToEmailLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"E-mail", None))
        self.safeToEmail.setText("")
#if QT_CONFIG(accessibility)
        self.safeToEmail.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Safe to e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.permissionsNote.setText(QCoreApplication.translate("CaseOverviewTab", u"Not known counts as not safe. Nothing is sent, said or left through a channel that is not a clear yes.", None))
        self.permissionsNote.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.referralBox.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Referral", None))
        self.referralSourceLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Source", None))
        self.referralSourceLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.referralSource.setText("")
#if QT_CONFIG(accessibility)
        self.referralSource.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Referral source", None))
#endif // QT_CONFIG(accessibility)
        self.referralSourceIdLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Source id", None))
        self.referralSourceIdLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.referralSourceId.setText("")
#if QT_CONFIG(accessibility)
        self.referralSourceId.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Source id of the referral", None))
#endif // QT_CONFIG(accessibility)
        self.referredAtLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Referred", None))
        self.referredAtLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.referredAt.setText("")
#if QT_CONFIG(accessibility)
        self.referredAt.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Referred at", None))
#endif // QT_CONFIG(accessibility)
        self.crimeReferenceLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Crime reference", None))
        self.crimeReferenceLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.crimeReference.setText("")
#if QT_CONFIG(accessibility)
        self.crimeReference.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Crime reference", None))
#endif // QT_CONFIG(accessibility)
        self.reportedToPoliceLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Reported to police", None))
        self.reportedToPoliceLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.reportedToPolice.setText("")
#if QT_CONFIG(accessibility)
        self.reportedToPolice.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Reported to police", None))
#endif // QT_CONFIG(accessibility)
        self.offenceLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Offence", None))
        self.offenceLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.offence.setText("")
#if QT_CONFIG(accessibility)
        self.offence.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Offence", None))
#endif // QT_CONFIG(accessibility)
        self.offenceDateLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Offence date", None))
        self.offenceDateLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.offenceDate.setText("")
#if QT_CONFIG(accessibility)
        self.offenceDate.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Offence date", None))
#endif // QT_CONFIG(accessibility)
        self.consentLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Consent to contact", None))
        self.consentLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.consent.setText("")
#if QT_CONFIG(accessibility)
        self.consent.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Consent to contact", None))
#endif // QT_CONFIG(accessibility)
        self.referralNotesLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Notes", None))
        self.referralNotesLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.referralNotes.setText("")
#if QT_CONFIG(accessibility)
        self.referralNotes.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Referral notes", None))
#endif // QT_CONFIG(accessibility)
        self.caseBox.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Case and enhanced rights", None))
        self.caseStatusLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Status", None))
        self.caseStatusLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.caseStatus.setText("")
#if QT_CONFIG(accessibility)
        self.caseStatus.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Case status", None))
#endif // QT_CONFIG(accessibility)
        self.spocLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"SPOC", None))
        self.spocLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.spoc.setText("")
#if QT_CONFIG(accessibility)
        self.spoc.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Single point of contact", None))
#endif // QT_CONFIG(accessibility)
        self.riskLevelLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Risk level", None))
        self.riskLevelLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.riskLevel.setText("")
#if QT_CONFIG(accessibility)
        self.riskLevel.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Risk level", None))
#endif // QT_CONFIG(accessibility)
        self.serviceLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Service", None))
        self.serviceLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.service.setText("")
#if QT_CONFIG(accessibility)
        self.service.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Service level", None))
#endif // QT_CONFIG(accessibility)
        self.enhancedReasonsLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"Why", None))
        self.enhancedReasonsLabel.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"muted", None))
        self.enhancedReasons.setText("")
#if QT_CONFIG(accessibility)
        self.enhancedReasons.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Enhanced rights reasons", None))
#endif // QT_CONFIG(accessibility)
        self.newReasonLabel.setText(QCoreApplication.translate("CaseOverviewTab", u"New &reason", None))
        self.newReason.setPlaceholderText(QCoreApplication.translate("CaseOverviewTab", u"Your own reason for the enhanced service (kept with the case)", None))
#if QT_CONFIG(accessibility)
        self.newReason.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"New enhanced-rights reason", None))
#endif // QT_CONFIG(accessibility)
        self.addReason.setText(QCoreApplication.translate("CaseOverviewTab", u"&Add reason", None))
#if QT_CONFIG(tooltip)
        self.addReason.setToolTip(QCoreApplication.translate("CaseOverviewTab", u"Add this reason: the victim gets the enhanced service and the reason is kept", None))
#endif // QT_CONFIG(tooltip)
        self.reasonProblem.setText("")
        self.reasonProblem.setProperty(u"class", QCoreApplication.translate("CaseOverviewTab", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.reasonProblem.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Problem with the new reason", None))
#endif // QT_CONFIG(accessibility)
        self.matchesBox.setTitle(QCoreApplication.translate("CaseOverviewTab", u"Possible matches", None))
        self.matchesIntro.setText(QCoreApplication.translate("CaseOverviewTab", u"Someone we already know looks like this victim. Say whether it is the same person: the records are linked, never merged.", None))
#if QT_CONFIG(accessibility)
        self.matches.setAccessibleName(QCoreApplication.translate("CaseOverviewTab", u"Possible matches", None))
#endif // QT_CONFIG(accessibility)
        self.confirmMatch.setText(QCoreApplication.translate("CaseOverviewTab", u"Same &person", None))
#if QT_CONFIG(tooltip)
        self.confirmMatch.setToolTip(QCoreApplication.translate("CaseOverviewTab", u"The chosen record is the same person as this victim (the records are linked, not merged)", None))
#endif // QT_CONFIG(tooltip)
        self.rejectMatch.setText(QCoreApplication.translate("CaseOverviewTab", u"&Different people", None))
#if QT_CONFIG(tooltip)
        self.rejectMatch.setToolTip(QCoreApplication.translate("CaseOverviewTab", u"The chosen record is someone else", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
