# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NeedsAssessmentDialog(object):
    def setupUi(self, NeedsAssessmentDialog):
        if not NeedsAssessmentDialog.objectName():
            NeedsAssessmentDialog.setObjectName(u"NeedsAssessmentDialog")
        NeedsAssessmentDialog.resize(920, 560)
        self.layout = QVBoxLayout(NeedsAssessmentDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(NeedsAssessmentDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.domains = QGridLayout()
        self.domains.setObjectName(u"domains")
        self.domains.setHorizontalSpacing(12)
        self.needHeading = QLabel(NeedsAssessmentDialog)
        self.needHeading.setObjectName(u"needHeading")

        self.domains.addWidget(self.needHeading, 0, 0, 1, 1)

        self.scoreHeading = QLabel(NeedsAssessmentDialog)
        self.scoreHeading.setObjectName(u"scoreHeading")

        self.domains.addWidget(self.scoreHeading, 0, 1, 1, 1)

        self.lastHeading = QLabel(NeedsAssessmentDialog)
        self.lastHeading.setObjectName(u"lastHeading")

        self.domains.addWidget(self.lastHeading, 0, 2, 1, 1)

        self.notesHeading = QLabel(NeedsAssessmentDialog)
        self.notesHeading.setObjectName(u"notesHeading")

        self.domains.addWidget(self.notesHeading, 0, 3, 1, 1)

        self.safetyLabel = QLabel(NeedsAssessmentDialog)
        self.safetyLabel.setObjectName(u"safetyLabel")

        self.domains.addWidget(self.safetyLabel, 1, 0, 1, 1)

        self.safetyScore = QComboBox(NeedsAssessmentDialog)
        self.safetyScore.setObjectName(u"safetyScore")
        self.safetyScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.safetyScore, 1, 1, 1, 1)

        self.safetyLast = QLabel(NeedsAssessmentDialog)
        self.safetyLast.setObjectName(u"safetyLast")

        self.domains.addWidget(self.safetyLast, 1, 2, 1, 1)

        self.safetyNotes = QLineEdit(NeedsAssessmentDialog)
        self.safetyNotes.setObjectName(u"safetyNotes")
        self.safetyNotes.setMaxLength(2000)

        self.domains.addWidget(self.safetyNotes, 1, 3, 1, 1)

        self.healthLabel = QLabel(NeedsAssessmentDialog)
        self.healthLabel.setObjectName(u"healthLabel")

        self.domains.addWidget(self.healthLabel, 2, 0, 1, 1)

        self.healthScore = QComboBox(NeedsAssessmentDialog)
        self.healthScore.setObjectName(u"healthScore")
        self.healthScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.healthScore, 2, 1, 1, 1)

        self.healthLast = QLabel(NeedsAssessmentDialog)
        self.healthLast.setObjectName(u"healthLast")

        self.domains.addWidget(self.healthLast, 2, 2, 1, 1)

        self.healthNotes = QLineEdit(NeedsAssessmentDialog)
        self.healthNotes.setObjectName(u"healthNotes")
        self.healthNotes.setMaxLength(2000)

        self.domains.addWidget(self.healthNotes, 2, 3, 1, 1)

        self.emotionalLabel = QLabel(NeedsAssessmentDialog)
        self.emotionalLabel.setObjectName(u"emotionalLabel")

        self.domains.addWidget(self.emotionalLabel, 3, 0, 1, 1)

        self.emotionalScore = QComboBox(NeedsAssessmentDialog)
        self.emotionalScore.setObjectName(u"emotionalScore")
        self.emotionalScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.emotionalScore, 3, 1, 1, 1)

        self.emotionalLast = QLabel(NeedsAssessmentDialog)
        self.emotionalLast.setObjectName(u"emotionalLast")

        self.domains.addWidget(self.emotionalLast, 3, 2, 1, 1)

        self.emotionalNotes = QLineEdit(NeedsAssessmentDialog)
        self.emotionalNotes.setObjectName(u"emotionalNotes")
        self.emotionalNotes.setMaxLength(2000)

        self.domains.addWidget(self.emotionalNotes, 3, 3, 1, 1)

        self.housingLabel = QLabel(NeedsAssessmentDialog)
        self.housingLabel.setObjectName(u"housingLabel")

        self.domains.addWidget(self.housingLabel, 4, 0, 1, 1)

        self.housingScore = QComboBox(NeedsAssessmentDialog)
        self.housingScore.setObjectName(u"housingScore")
        self.housingScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.housingScore, 4, 1, 1, 1)

        self.housingLast = QLabel(NeedsAssessmentDialog)
        self.housingLast.setObjectName(u"housingLast")

        self.domains.addWidget(self.housingLast, 4, 2, 1, 1)

        self.housingNotes = QLineEdit(NeedsAssessmentDialog)
        self.housingNotes.setObjectName(u"housingNotes")
        self.housingNotes.setMaxLength(2000)

        self.domains.addWidget(self.housingNotes, 4, 3, 1, 1)

        self.moneyLabel = QLabel(NeedsAssessmentDialog)
        self.moneyLabel.setObjectName(u"moneyLabel")

        self.domains.addWidget(self.moneyLabel, 5, 0, 1, 1)

        self.moneyScore = QComboBox(NeedsAssessmentDialog)
        self.moneyScore.setObjectName(u"moneyScore")
        self.moneyScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.moneyScore, 5, 1, 1, 1)

        self.moneyLast = QLabel(NeedsAssessmentDialog)
        self.moneyLast.setObjectName(u"moneyLast")

        self.domains.addWidget(self.moneyLast, 5, 2, 1, 1)

        self.moneyNotes = QLineEdit(NeedsAssessmentDialog)
        self.moneyNotes.setObjectName(u"moneyNotes")
        self.moneyNotes.setMaxLength(2000)

        self.domains.addWidget(self.moneyNotes, 5, 3, 1, 1)

        self.supportNetworksLabel = QLabel(NeedsAssessmentDialog)
        self.supportNetworksLabel.setObjectName(u"supportNetworksLabel")

        self.domains.addWidget(self.supportNetworksLabel, 6, 0, 1, 1)

        self.supportNetworksScore = QComboBox(NeedsAssessmentDialog)
        self.supportNetworksScore.setObjectName(u"supportNetworksScore")
        self.supportNetworksScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.supportNetworksScore, 6, 1, 1, 1)

        self.supportNetworksLast = QLabel(NeedsAssessmentDialog)
        self.supportNetworksLast.setObjectName(u"supportNetworksLast")

        self.domains.addWidget(self.supportNetworksLast, 6, 2, 1, 1)

        self.supportNetworksNotes = QLineEdit(NeedsAssessmentDialog)
        self.supportNetworksNotes.setObjectName(u"supportNetworksNotes")
        self.supportNetworksNotes.setMaxLength(2000)

        self.domains.addWidget(self.supportNetworksNotes, 6, 3, 1, 1)

        self.childrenFamilyLabel = QLabel(NeedsAssessmentDialog)
        self.childrenFamilyLabel.setObjectName(u"childrenFamilyLabel")

        self.domains.addWidget(self.childrenFamilyLabel, 7, 0, 1, 1)

        self.childrenFamilyScore = QComboBox(NeedsAssessmentDialog)
        self.childrenFamilyScore.setObjectName(u"childrenFamilyScore")
        self.childrenFamilyScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.childrenFamilyScore, 7, 1, 1, 1)

        self.childrenFamilyLast = QLabel(NeedsAssessmentDialog)
        self.childrenFamilyLast.setObjectName(u"childrenFamilyLast")

        self.domains.addWidget(self.childrenFamilyLast, 7, 2, 1, 1)

        self.childrenFamilyNotes = QLineEdit(NeedsAssessmentDialog)
        self.childrenFamilyNotes.setObjectName(u"childrenFamilyNotes")
        self.childrenFamilyNotes.setMaxLength(2000)

        self.domains.addWidget(self.childrenFamilyNotes, 7, 3, 1, 1)

        self.workLearningLabel = QLabel(NeedsAssessmentDialog)
        self.workLearningLabel.setObjectName(u"workLearningLabel")

        self.domains.addWidget(self.workLearningLabel, 8, 0, 1, 1)

        self.workLearningScore = QComboBox(NeedsAssessmentDialog)
        self.workLearningScore.setObjectName(u"workLearningScore")
        self.workLearningScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.workLearningScore, 8, 1, 1, 1)

        self.workLearningLast = QLabel(NeedsAssessmentDialog)
        self.workLearningLast.setObjectName(u"workLearningLast")

        self.domains.addWidget(self.workLearningLast, 8, 2, 1, 1)

        self.workLearningNotes = QLineEdit(NeedsAssessmentDialog)
        self.workLearningNotes.setObjectName(u"workLearningNotes")
        self.workLearningNotes.setMaxLength(2000)

        self.domains.addWidget(self.workLearningNotes, 8, 3, 1, 1)

        self.justiceInformationLabel = QLabel(NeedsAssessmentDialog)
        self.justiceInformationLabel.setObjectName(u"justiceInformationLabel")

        self.domains.addWidget(self.justiceInformationLabel, 9, 0, 1, 1)

        self.justiceInformationScore = QComboBox(NeedsAssessmentDialog)
        self.justiceInformationScore.setObjectName(u"justiceInformationScore")
        self.justiceInformationScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.justiceInformationScore, 9, 1, 1, 1)

        self.justiceInformationLast = QLabel(NeedsAssessmentDialog)
        self.justiceInformationLast.setObjectName(u"justiceInformationLast")

        self.domains.addWidget(self.justiceInformationLast, 9, 2, 1, 1)

        self.justiceInformationNotes = QLineEdit(NeedsAssessmentDialog)
        self.justiceInformationNotes.setObjectName(u"justiceInformationNotes")
        self.justiceInformationNotes.setMaxLength(2000)

        self.domains.addWidget(self.justiceInformationNotes, 9, 3, 1, 1)

        self.communicationAccessLabel = QLabel(NeedsAssessmentDialog)
        self.communicationAccessLabel.setObjectName(u"communicationAccessLabel")

        self.domains.addWidget(self.communicationAccessLabel, 10, 0, 1, 1)

        self.communicationAccessScore = QComboBox(NeedsAssessmentDialog)
        self.communicationAccessScore.setObjectName(u"communicationAccessScore")
        self.communicationAccessScore.setMinimumContentsLength(10)

        self.domains.addWidget(self.communicationAccessScore, 10, 1, 1, 1)

        self.communicationAccessLast = QLabel(NeedsAssessmentDialog)
        self.communicationAccessLast.setObjectName(u"communicationAccessLast")

        self.domains.addWidget(self.communicationAccessLast, 10, 2, 1, 1)

        self.communicationAccessNotes = QLineEdit(NeedsAssessmentDialog)
        self.communicationAccessNotes.setObjectName(u"communicationAccessNotes")
        self.communicationAccessNotes.setMaxLength(2000)

        self.domains.addWidget(self.communicationAccessNotes, 10, 3, 1, 1)

        self.domains.setColumnStretch(3, 1)

        self.layout.addLayout(self.domains)

        self.details = QFormLayout()
        self.details.setObjectName(u"details")
        self.riskLabel = QLabel(NeedsAssessmentDialog)
        self.riskLabel.setObjectName(u"riskLabel")

        self.details.setWidget(0, QFormLayout.ItemRole.LabelRole, self.riskLabel)

        self.riskRow = QHBoxLayout()
        self.riskRow.setObjectName(u"riskRow")
        self.riskLevel = QComboBox(NeedsAssessmentDialog)
        self.riskLevel.setObjectName(u"riskLevel")

        self.riskRow.addWidget(self.riskLevel)

        self.riskHint = QLabel(NeedsAssessmentDialog)
        self.riskHint.setObjectName(u"riskHint")

        self.riskRow.addWidget(self.riskHint)

        self.riskSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.riskRow.addItem(self.riskSpacer)

        self.assessedOnLabel = QLabel(NeedsAssessmentDialog)
        self.assessedOnLabel.setObjectName(u"assessedOnLabel")

        self.riskRow.addWidget(self.assessedOnLabel)

        self.assessedOn = QDateEdit(NeedsAssessmentDialog)
        self.assessedOn.setObjectName(u"assessedOn")
        self.assessedOn.setCalendarPopup(True)

        self.riskRow.addWidget(self.assessedOn)


        self.details.setLayout(0, QFormLayout.ItemRole.FieldRole, self.riskRow)

        self.notesLabel = QLabel(NeedsAssessmentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.details.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(NeedsAssessmentDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 80))

        self.details.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.details)

        self.problem = QLabel(NeedsAssessmentDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(NeedsAssessmentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.safetyLabel.setBuddy(self.safetyScore)
        self.healthLabel.setBuddy(self.healthScore)
        self.emotionalLabel.setBuddy(self.emotionalScore)
        self.housingLabel.setBuddy(self.housingScore)
        self.moneyLabel.setBuddy(self.moneyScore)
        self.supportNetworksLabel.setBuddy(self.supportNetworksScore)
        self.childrenFamilyLabel.setBuddy(self.childrenFamilyScore)
        self.workLearningLabel.setBuddy(self.workLearningScore)
        self.justiceInformationLabel.setBuddy(self.justiceInformationScore)
        self.communicationAccessLabel.setBuddy(self.communicationAccessScore)
        self.riskLabel.setBuddy(self.riskLevel)
        self.assessedOnLabel.setBuddy(self.assessedOn)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.safetyScore, self.safetyNotes)
        QWidget.setTabOrder(self.safetyNotes, self.healthScore)
        QWidget.setTabOrder(self.healthScore, self.healthNotes)
        QWidget.setTabOrder(self.healthNotes, self.emotionalScore)
        QWidget.setTabOrder(self.emotionalScore, self.emotionalNotes)
        QWidget.setTabOrder(self.emotionalNotes, self.housingScore)
        QWidget.setTabOrder(self.housingScore, self.housingNotes)
        QWidget.setTabOrder(self.housingNotes, self.moneyScore)
        QWidget.setTabOrder(self.moneyScore, self.moneyNotes)
        QWidget.setTabOrder(self.moneyNotes, self.supportNetworksScore)
        QWidget.setTabOrder(self.supportNetworksScore, self.supportNetworksNotes)
        QWidget.setTabOrder(self.supportNetworksNotes, self.childrenFamilyScore)
        QWidget.setTabOrder(self.childrenFamilyScore, self.childrenFamilyNotes)
        QWidget.setTabOrder(self.childrenFamilyNotes, self.workLearningScore)
        QWidget.setTabOrder(self.workLearningScore, self.workLearningNotes)
        QWidget.setTabOrder(self.workLearningNotes, self.justiceInformationScore)
        QWidget.setTabOrder(self.justiceInformationScore, self.justiceInformationNotes)
        QWidget.setTabOrder(self.justiceInformationNotes, self.communicationAccessScore)
        QWidget.setTabOrder(self.communicationAccessScore, self.communicationAccessNotes)
        QWidget.setTabOrder(self.communicationAccessNotes, self.riskLevel)
        QWidget.setTabOrder(self.riskLevel, self.assessedOn)
        QWidget.setTabOrder(self.assessedOn, self.notes)
        QWidget.setTabOrder(self.notes, self.buttons)

        self.retranslateUi(NeedsAssessmentDialog)

        QMetaObject.connectSlotsByName(NeedsAssessmentDialog)
    # setupUi

    def retranslateUi(self, NeedsAssessmentDialog):
        NeedsAssessmentDialog.setWindowTitle(QCoreApplication.translate("NeedsAssessmentDialog", u"Needs assessment", None))
        self.intro.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"Score every need with the victim: 0 none, 1 low, 2 medium, 3 severe. Type a number to choose it. The score at the last assessment is shown for comparison.", None))
        self.intro.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
        self.needHeading.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"Need", None))
        self.needHeading.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"sectionTitle", None))
        self.scoreHeading.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"Score now", None))
        self.scoreHeading.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"sectionTitle", None))
        self.lastHeading.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"Last time", None))
        self.lastHeading.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"sectionTitle", None))
        self.notesHeading.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"What the victim told you (notes)", None))
        self.notesHeading.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"sectionTitle", None))
        self.safetyLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"&Safety and security", None))
#if QT_CONFIG(accessibility)
        self.safetyScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Safety and security: score", None))
#endif // QT_CONFIG(accessibility)
        self.safetyLast.setText("")
        self.safetyLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.safetyLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Safety and security: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.safetyNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Safety and security: notes", None))
#endif // QT_CONFIG(accessibility)
        self.healthLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"&Health and wellbeing", None))
#if QT_CONFIG(accessibility)
        self.healthScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Health and wellbeing: score", None))
#endif // QT_CONFIG(accessibility)
        self.healthLast.setText("")
        self.healthLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.healthLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Health and wellbeing: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.healthNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Health and wellbeing: notes", None))
#endif // QT_CONFIG(accessibility)
        self.emotionalLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"&Emotional impact and confidence", None))
#if QT_CONFIG(accessibility)
        self.emotionalScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Emotional impact and confidence: score", None))
#endif // QT_CONFIG(accessibility)
        self.emotionalLast.setText("")
        self.emotionalLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.emotionalLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Emotional impact and confidence: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emotionalNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Emotional impact and confidence: notes", None))
#endif // QT_CONFIG(accessibility)
        self.housingLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"H&ousing and accommodation", None))
#if QT_CONFIG(accessibility)
        self.housingScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Housing and accommodation: score", None))
#endif // QT_CONFIG(accessibility)
        self.housingLast.setText("")
        self.housingLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.housingLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Housing and accommodation: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.housingNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Housing and accommodation: notes", None))
#endif // QT_CONFIG(accessibility)
        self.moneyLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"&Money and practical needs", None))
#if QT_CONFIG(accessibility)
        self.moneyScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Money and practical needs: score", None))
#endif // QT_CONFIG(accessibility)
        self.moneyLast.setText("")
        self.moneyLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.moneyLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Money and practical needs: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.moneyNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Money and practical needs: notes", None))
#endif // QT_CONFIG(accessibility)
        self.supportNetworksLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"Su&pport networks", None))
#if QT_CONFIG(accessibility)
        self.supportNetworksScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Support networks: score", None))
#endif // QT_CONFIG(accessibility)
        self.supportNetworksLast.setText("")
        self.supportNetworksLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.supportNetworksLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Support networks: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.supportNetworksNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Support networks: notes", None))
#endif // QT_CONFIG(accessibility)
        self.childrenFamilyLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"&Children and family", None))
#if QT_CONFIG(accessibility)
        self.childrenFamilyScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Children and family: score", None))
#endif // QT_CONFIG(accessibility)
        self.childrenFamilyLast.setText("")
        self.childrenFamilyLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.childrenFamilyLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Children and family: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.childrenFamilyNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Children and family: notes", None))
#endif // QT_CONFIG(accessibility)
        self.workLearningLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"&Work and learning", None))
#if QT_CONFIG(accessibility)
        self.workLearningScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Work and learning: score", None))
#endif // QT_CONFIG(accessibility)
        self.workLearningLast.setText("")
        self.workLearningLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.workLearningLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Work and learning: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.workLearningNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Work and learning: notes", None))
#endif // QT_CONFIG(accessibility)
        self.justiceInformationLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"Criminal &justice information and legal needs", None))
#if QT_CONFIG(accessibility)
        self.justiceInformationScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Criminal justice information and legal needs: score", None))
#endif // QT_CONFIG(accessibility)
        self.justiceInformationLast.setText("")
        self.justiceInformationLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.justiceInformationLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Criminal justice information and legal needs: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.justiceInformationNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Criminal justice information and legal needs: notes", None))
#endif // QT_CONFIG(accessibility)
        self.communicationAccessLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"Communication and &access needs", None))
#if QT_CONFIG(accessibility)
        self.communicationAccessScore.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Communication and access needs: score", None))
#endif // QT_CONFIG(accessibility)
        self.communicationAccessLast.setText("")
        self.communicationAccessLast.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.communicationAccessLast.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Communication and access needs: last score", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.communicationAccessNotes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Communication and access needs: notes", None))
#endif // QT_CONFIG(accessibility)
        self.riskLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"&Risk level", None))
#if QT_CONFIG(accessibility)
        self.riskLevel.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Risk level", None))
#endif // QT_CONFIG(accessibility)
        self.riskHint.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"High risk is reassessed within 7 days.", None))
        self.riskHint.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"muted", None))
        self.assessedOnLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"&Date assessed", None))
#if QT_CONFIG(accessibility)
        self.assessedOn.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Date assessed", None))
#endif // QT_CONFIG(accessibility)
        self.assessedOn.setDisplayFormat(QCoreApplication.translate("NeedsAssessmentDialog", u"dd MMM yyyy", None))
        self.notesLabel.setText(QCoreApplication.translate("NeedsAssessmentDialog", u"O&verall notes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"Overall notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setPlaceholderText(QCoreApplication.translate("NeedsAssessmentDialog", u"How the victim is coping overall, what they want from us, anything agreed", None))
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("NeedsAssessmentDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("NeedsAssessmentDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
