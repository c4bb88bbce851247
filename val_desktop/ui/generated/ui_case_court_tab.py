# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CaseCourtTab(object):
    def setupUi(self, CaseCourtTab):
        if not CaseCourtTab.objectName():
            CaseCourtTab.setObjectName(u"CaseCourtTab")
        CaseCourtTab.resize(1100, 640)
        self.layout = QVBoxLayout(CaseCourtTab)
        self.layout.setObjectName(u"layout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.prosecutionLabel = QLabel(CaseCourtTab)
        self.prosecutionLabel.setObjectName(u"prosecutionLabel")

        self.topRow.addWidget(self.prosecutionLabel)

        self.prosecution = QComboBox(CaseCourtTab)
        self.prosecution.setObjectName(u"prosecution")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.prosecution.sizePolicy().hasHeightForWidth())
        self.prosecution.setSizePolicy(sizePolicy)

        self.topRow.addWidget(self.prosecution)

        self.linkButton = QPushButton(CaseCourtTab)
        self.linkButton.setObjectName(u"linkButton")

        self.topRow.addWidget(self.linkButton)


        self.layout.addLayout(self.topRow)

        self.emptyText = QLabel(CaseCourtTab)
        self.emptyText.setObjectName(u"emptyText")
        self.emptyText.setWordWrap(True)

        self.layout.addWidget(self.emptyText)

        self.content = QWidget(CaseCourtTab)
        self.content.setObjectName(u"content")
        self.contentLayout = QVBoxLayout(self.content)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsGrid = QGridLayout()
        self.detailsGrid.setObjectName(u"detailsGrid")
        self.detailsGrid.setHorizontalSpacing(12)
        self.courtCaption = QLabel(self.content)
        self.courtCaption.setObjectName(u"courtCaption")

        self.detailsGrid.addWidget(self.courtCaption, 0, 0, 1, 1)

        self.court = QLabel(self.content)
        self.court.setObjectName(u"court")
        self.court.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.court, 0, 1, 1, 1)

        self.defendantCaption = QLabel(self.content)
        self.defendantCaption.setObjectName(u"defendantCaption")

        self.detailsGrid.addWidget(self.defendantCaption, 0, 2, 1, 1)

        self.defendant = QLabel(self.content)
        self.defendant.setObjectName(u"defendant")
        self.defendant.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsGrid.addWidget(self.defendant, 0, 3, 1, 1)

        self.chargesCaption = QLabel(self.content)
        self.chargesCaption.setObjectName(u"chargesCaption")

        self.detailsGrid.addWidget(self.chargesCaption, 1, 0, 1, 1)

        self.charges = QLabel(self.content)
        self.charges.setObjectName(u"charges")
        self.charges.setWordWrap(True)

        self.detailsGrid.addWidget(self.charges, 1, 1, 1, 1)

        self.officerCaption = QLabel(self.content)
        self.officerCaption.setObjectName(u"officerCaption")

        self.detailsGrid.addWidget(self.officerCaption, 1, 2, 1, 1)

        self.officer = QLabel(self.content)
        self.officer.setObjectName(u"officer")

        self.detailsGrid.addWidget(self.officer, 1, 3, 1, 1)

        self.hearingCaption = QLabel(self.content)
        self.hearingCaption.setObjectName(u"hearingCaption")

        self.detailsGrid.addWidget(self.hearingCaption, 2, 0, 1, 1)

        self.nextHearing = QLabel(self.content)
        self.nextHearing.setObjectName(u"nextHearing")

        self.detailsGrid.addWidget(self.nextHearing, 2, 1, 1, 1)

        self.othersCaption = QLabel(self.content)
        self.othersCaption.setObjectName(u"othersCaption")

        self.detailsGrid.addWidget(self.othersCaption, 2, 2, 1, 1)

        self.othersRow = QHBoxLayout()
        self.othersRow.setObjectName(u"othersRow")
        self.othersCount = QLabel(self.content)
        self.othersCount.setObjectName(u"othersCount")

        self.othersRow.addWidget(self.othersCount)

        self.showOthers = QPushButton(self.content)
        self.showOthers.setObjectName(u"showOthers")
        self.showOthers.setCheckable(True)

        self.othersRow.addWidget(self.showOthers)

        self.othersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.othersRow.addItem(self.othersSpacer)


        self.detailsGrid.addLayout(self.othersRow, 2, 3, 1, 1)

        self.othersList = QLabel(self.content)
        self.othersList.setObjectName(u"othersList")
        self.othersList.setWordWrap(True)

        self.detailsGrid.addWidget(self.othersList, 3, 2, 1, 2)

        self.detailsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailsGrid.addItem(self.detailsSpacer, 0, 4, 1, 1)


        self.contentLayout.addLayout(self.detailsGrid)

        self.milestonesRow = QHBoxLayout()
        self.milestonesRow.setObjectName(u"milestonesRow")
        self.milestonesLabel = QLabel(self.content)
        self.milestonesLabel.setObjectName(u"milestonesLabel")

        self.milestonesRow.addWidget(self.milestonesLabel)

        self.milestonesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.milestonesRow.addItem(self.milestonesSpacer)

        self.addMilestone = QPushButton(self.content)
        self.addMilestone.setObjectName(u"addMilestone")

        self.milestonesRow.addWidget(self.addMilestone)

        self.removeMilestone = QPushButton(self.content)
        self.removeMilestone.setObjectName(u"removeMilestone")

        self.milestonesRow.addWidget(self.removeMilestone)


        self.contentLayout.addLayout(self.milestonesRow)

        self.milestones = QTableView(self.content)
        self.milestones.setObjectName(u"milestones")
        self.milestones.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestones.setWordWrap(False)
        self.milestones.horizontalHeader().setStretchLastSection(True)
        self.milestones.verticalHeader().setVisible(False)

        self.contentLayout.addWidget(self.milestones)

        self.problem = QLabel(self.content)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.contentLayout.addWidget(self.problem)

        self.needsRow = QHBoxLayout()
        self.needsRow.setObjectName(u"needsRow")
        self.needsTitle = QLabel(self.content)
        self.needsTitle.setObjectName(u"needsTitle")

        self.needsRow.addWidget(self.needsTitle)

        self.needsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.needsRow.addItem(self.needsSpacer)

        self.editNeeds = QPushButton(self.content)
        self.editNeeds.setObjectName(u"editNeeds")

        self.needsRow.addWidget(self.editNeeds)


        self.contentLayout.addLayout(self.needsRow)

        self.needsSummary = QLabel(self.content)
        self.needsSummary.setObjectName(u"needsSummary")
        self.needsSummary.setWordWrap(True)
        self.needsSummary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.contentLayout.addWidget(self.needsSummary)

        self.nextSteps = QLabel(self.content)
        self.nextSteps.setObjectName(u"nextSteps")
        self.nextSteps.setWordWrap(True)

        self.contentLayout.addWidget(self.nextSteps)


        self.layout.addWidget(self.content)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.MinimumExpanding)

        self.layout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.prosecutionLabel.setBuddy(self.prosecution)
        self.milestonesLabel.setBuddy(self.milestones)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.prosecution, self.linkButton)
        QWidget.setTabOrder(self.linkButton, self.showOthers)
        QWidget.setTabOrder(self.showOthers, self.milestones)
        QWidget.setTabOrder(self.milestones, self.addMilestone)
        QWidget.setTabOrder(self.addMilestone, self.removeMilestone)
        QWidget.setTabOrder(self.removeMilestone, self.editNeeds)

        self.retranslateUi(CaseCourtTab)

        QMetaObject.connectSlotsByName(CaseCourtTab)
    # setupUi

    def retranslateUi(self, CaseCourtTab):
        self.prosecutionLabel.setText(QCoreApplication.translate("CaseCourtTab", u"&Prosecution", None))
#if QT_CONFIG(accessibility)
        self.prosecution.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Prosecution this case is linked to", None))
#endif // QT_CONFIG(accessibility)
        self.linkButton.setText(QCoreApplication.translate("CaseCourtTab", u"&Link or create prosecution\u2026", None))
#if QT_CONFIG(tooltip)
        self.linkButton.setToolTip(QCoreApplication.translate("CaseCourtTab", u"Link this case to a prosecution already recorded, or record a new one", None))
#endif // QT_CONFIG(tooltip)
        self.emptyText.setText(QCoreApplication.translate("CaseCourtTab", u"This case is not linked to a prosecution. Use \u201cLink or create prosecution\u2026\u201d when Witness Care hears of a suspect or a charge.", None))
        self.emptyText.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"muted", None))
        self.courtCaption.setText(QCoreApplication.translate("CaseCourtTab", u"Court", None))
        self.courtCaption.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"muted", None))
        self.court.setText("")
#if QT_CONFIG(accessibility)
        self.court.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Court", None))
#endif // QT_CONFIG(accessibility)
        self.defendantCaption.setText(QCoreApplication.translate("CaseCourtTab", u"Defendant reference", None))
        self.defendantCaption.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"muted", None))
        self.defendant.setText("")
#if QT_CONFIG(accessibility)
        self.defendant.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Defendant reference", None))
#endif // QT_CONFIG(accessibility)
        self.chargesCaption.setText(QCoreApplication.translate("CaseCourtTab", u"Charges", None))
        self.chargesCaption.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"muted", None))
        self.charges.setText("")
#if QT_CONFIG(accessibility)
        self.charges.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Charges", None))
#endif // QT_CONFIG(accessibility)
        self.officerCaption.setText(QCoreApplication.translate("CaseCourtTab", u"Witness Care officer", None))
        self.officerCaption.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"muted", None))
        self.officer.setText("")
#if QT_CONFIG(accessibility)
        self.officer.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Witness Care officer", None))
#endif // QT_CONFIG(accessibility)
        self.hearingCaption.setText(QCoreApplication.translate("CaseCourtTab", u"Next hearing", None))
        self.hearingCaption.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"muted", None))
        self.nextHearing.setText("")
#if QT_CONFIG(accessibility)
        self.nextHearing.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Next hearing", None))
#endif // QT_CONFIG(accessibility)
        self.othersCaption.setText(QCoreApplication.translate("CaseCourtTab", u"Other victims and witnesses", None))
        self.othersCaption.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"muted", None))
        self.othersCount.setText("")
#if QT_CONFIG(accessibility)
        self.othersCount.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"How many other victims and witnesses are linked", None))
#endif // QT_CONFIG(accessibility)
        self.showOthers.setText(QCoreApplication.translate("CaseCourtTab", u"S&how who", None))
#if QT_CONFIG(tooltip)
        self.showOthers.setToolTip(QCoreApplication.translate("CaseCourtTab", u"Show the other victims' case references and names (only when you need them)", None))
#endif // QT_CONFIG(tooltip)
        self.othersList.setText("")
#if QT_CONFIG(accessibility)
        self.othersList.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Other victims and witnesses linked", None))
#endif // QT_CONFIG(accessibility)
        self.milestonesLabel.setText(QCoreApplication.translate("CaseCourtTab", u"&Milestones", None))
        self.milestonesLabel.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"sectionTitle", None))
        self.addMilestone.setText(QCoreApplication.translate("CaseCourtTab", u"&Record milestone\u2026", None))
#if QT_CONFIG(tooltip)
        self.addMilestone.setToolTip(QCoreApplication.translate("CaseCourtTab", u"Record what happened in the prosecution: every linked victim's case is brought up to date", None))
#endif // QT_CONFIG(tooltip)
        self.removeMilestone.setText(QCoreApplication.translate("CaseCourtTab", u"Ta&ke back latest", None))
#if QT_CONFIG(tooltip)
        self.removeMilestone.setToolTip(QCoreApplication.translate("CaseCourtTab", u"Take back the latest milestone if it was recorded by mistake and no victim has been told of it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.milestones.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Court milestones of the prosecution", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.needsTitle.setText(QCoreApplication.translate("CaseCourtTab", u"This victim as a witness", None))
        self.needsTitle.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"sectionTitle", None))
        self.editNeeds.setText(QCoreApplication.translate("CaseCourtTab", u"Edit &witness needs\u2026", None))
#if QT_CONFIG(tooltip)
        self.editNeeds.setToolTip(QCoreApplication.translate("CaseCourtTab", u"Special measures, court visit, Witness Service, interpreter, expenses, Victim Personal Statement", None))
#endif // QT_CONFIG(tooltip)
        self.needsSummary.setText("")
#if QT_CONFIG(accessibility)
        self.needsSummary.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"Witness needs", None))
#endif // QT_CONFIG(accessibility)
        self.nextSteps.setText("")
        self.nextSteps.setProperty(u"class", QCoreApplication.translate("CaseCourtTab", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.nextSteps.setAccessibleName(QCoreApplication.translate("CaseCourtTab", u"What Witness Care still has to do", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
