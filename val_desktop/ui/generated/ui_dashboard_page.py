# -*- coding: utf-8 -*-


from PySide6.QtCharts import QChartView
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_DashboardPage(object):
    def setupUi(self, DashboardPage):
        if not DashboardPage.objectName():
            DashboardPage.setObjectName(u"DashboardPage")
        DashboardPage.resize(1150, 700)
        self.layout = QVBoxLayout(DashboardPage)
        self.layout.setObjectName(u"layout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(DashboardPage)
        self.title.setObjectName(u"title")

        self.headerRow.addWidget(self.title)

        self.asOf = QLabel(DashboardPage)
        self.asOf.setObjectName(u"asOf")

        self.headerRow.addWidget(self.asOf)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.loadingText = QLabel(DashboardPage)
        self.loadingText.setObjectName(u"loadingText")

        self.headerRow.addWidget(self.loadingText)

        self.refreshButton = QPushButton(DashboardPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.headerRow)

        self.notice = QLabel(DashboardPage)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)

        self.layout.addWidget(self.notice)

        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.presetLabel = QLabel(DashboardPage)
        self.presetLabel.setObjectName(u"presetLabel")

        self.periodRow.addWidget(self.presetLabel)

        self.preset = QComboBox(DashboardPage)
        self.preset.setObjectName(u"preset")

        self.periodRow.addWidget(self.preset)

        self.fromLabel = QLabel(DashboardPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.periodRow.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(DashboardPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.fromDate)

        self.toLabel = QLabel(DashboardPage)
        self.toLabel.setObjectName(u"toLabel")

        self.periodRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(DashboardPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.periodRow.addWidget(self.toDate)

        self.periodSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)

        self.noContactLabel = QLabel(DashboardPage)
        self.noContactLabel.setObjectName(u"noContactLabel")

        self.periodRow.addWidget(self.noContactLabel)

        self.noContactDays = QSpinBox(DashboardPage)
        self.noContactDays.setObjectName(u"noContactDays")
        self.noContactDays.setMinimum(7)
        self.noContactDays.setMaximum(365)
        self.noContactDays.setValue(28)

        self.periodRow.addWidget(self.noContactDays)


        self.layout.addLayout(self.periodRow)

        self.figuresRow = QHBoxLayout()
        self.figuresRow.setObjectName(u"figuresRow")
        self.overdueButton = QPushButton(DashboardPage)
        self.overdueButton.setObjectName(u"overdueButton")

        self.figuresRow.addWidget(self.overdueButton)

        self.reassessButton = QPushButton(DashboardPage)
        self.reassessButton.setObjectName(u"reassessButton")

        self.figuresRow.addWidget(self.reassessButton)

        self.noContactButton = QPushButton(DashboardPage)
        self.noContactButton.setObjectName(u"noContactButton")

        self.figuresRow.addWidget(self.noContactButton)

        self.complianceSummary = QLabel(DashboardPage)
        self.complianceSummary.setObjectName(u"complianceSummary")
        self.complianceSummary.setWordWrap(True)

        self.figuresRow.addWidget(self.complianceSummary)

        self.figuresSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.figuresRow.addItem(self.figuresSpacer)


        self.layout.addLayout(self.figuresRow)

        self.tabs = QTabWidget(DashboardPage)
        self.tabs.setObjectName(u"tabs")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy)
        self.complianceTab = QWidget()
        self.complianceTab.setObjectName(u"complianceTab")
        self.complianceLayout = QVBoxLayout(self.complianceTab)
        self.complianceLayout.setObjectName(u"complianceLayout")
        self.complianceSplitter = QSplitter(self.complianceTab)
        self.complianceSplitter.setObjectName(u"complianceSplitter")
        self.complianceSplitter.setOrientation(Qt.Orientation.Vertical)
        self.complianceSplitter.setChildrenCollapsible(False)
        self.complianceTop = QSplitter(self.complianceSplitter)
        self.complianceTop.setObjectName(u"complianceTop")
        self.complianceTop.setOrientation(Qt.Orientation.Horizontal)
        self.complianceTop.setChildrenCollapsible(False)
        self.ruleChart = QChartView(self.complianceTop)
        self.ruleChart.setObjectName(u"ruleChart")
        self.ruleChart.setMinimumSize(QSize(300, 180))
        self.complianceTop.addWidget(self.ruleChart)
        self.caseworkerPane = QWidget(self.complianceTop)
        self.caseworkerPane.setObjectName(u"caseworkerPane")
        self.caseworkerLayout = QVBoxLayout(self.caseworkerPane)
        self.caseworkerLayout.setObjectName(u"caseworkerLayout")
        self.caseworkerLayout.setContentsMargins(0, 0, 0, 0)
        self.caseworkerLabel = QLabel(self.caseworkerPane)
        self.caseworkerLabel.setObjectName(u"caseworkerLabel")

        self.caseworkerLayout.addWidget(self.caseworkerLabel)

        self.caseworkerTable = QTableView(self.caseworkerPane)
        self.caseworkerTable.setObjectName(u"caseworkerTable")
        self.caseworkerTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseworkerTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.caseworkerTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseworkerTable.setAlternatingRowColors(True)
        self.caseworkerTable.setWordWrap(False)
        self.caseworkerTable.setTabKeyNavigation(False)
        self.caseworkerTable.setSortingEnabled(True)
        self.caseworkerTable.horizontalHeader().setStretchLastSection(False)
        self.caseworkerTable.verticalHeader().setVisible(False)

        self.caseworkerLayout.addWidget(self.caseworkerTable)

        self.complianceTop.addWidget(self.caseworkerPane)
        self.complianceSplitter.addWidget(self.complianceTop)
        self.trendChart = QChartView(self.complianceSplitter)
        self.trendChart.setObjectName(u"trendChart")
        self.trendChart.setMinimumSize(QSize(300, 150))
        self.complianceSplitter.addWidget(self.trendChart)

        self.complianceLayout.addWidget(self.complianceSplitter)

        self.tabs.addTab(self.complianceTab, "")
        self.caseloadTab = QWidget()
        self.caseloadTab.setObjectName(u"caseloadTab")
        self.caseloadLayout = QVBoxLayout(self.caseloadTab)
        self.caseloadLayout.setObjectName(u"caseloadLayout")
        self.caseloadSplitter = QSplitter(self.caseloadTab)
        self.caseloadSplitter.setObjectName(u"caseloadSplitter")
        self.caseloadSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.caseloadSplitter.setChildrenCollapsible(False)
        self.caseloadChart = QChartView(self.caseloadSplitter)
        self.caseloadChart.setObjectName(u"caseloadChart")
        self.caseloadChart.setMinimumSize(QSize(300, 180))
        self.caseloadSplitter.addWidget(self.caseloadChart)
        self.followUpPane = QWidget(self.caseloadSplitter)
        self.followUpPane.setObjectName(u"followUpPane")
        self.followUpLayout = QVBoxLayout(self.followUpPane)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpLayout.setContentsMargins(0, 0, 0, 0)
        self.followUpLabel = QLabel(self.followUpPane)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.followUpLayout.addWidget(self.followUpLabel)

        self.followUpTable = QTableView(self.followUpPane)
        self.followUpTable.setObjectName(u"followUpTable")
        self.followUpTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followUpTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.followUpTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.followUpTable.setAlternatingRowColors(True)
        self.followUpTable.setWordWrap(False)
        self.followUpTable.setTabKeyNavigation(False)
        self.followUpTable.setSortingEnabled(True)
        self.followUpTable.horizontalHeader().setStretchLastSection(False)
        self.followUpTable.verticalHeader().setVisible(False)

        self.followUpLayout.addWidget(self.followUpTable)

        self.caseloadSplitter.addWidget(self.followUpPane)

        self.caseloadLayout.addWidget(self.caseloadSplitter)

        self.tabs.addTab(self.caseloadTab, "")
        self.drillPane = QWidget()
        self.drillPane.setObjectName(u"drillPane")
        self.drillLayout = QVBoxLayout(self.drillPane)
        self.drillLayout.setObjectName(u"drillLayout")
        self.drillTitle = QLabel(self.drillPane)
        self.drillTitle.setObjectName(u"drillTitle")
        self.drillTitle.setWordWrap(True)

        self.drillLayout.addWidget(self.drillTitle)

        self.drillHint = QLabel(self.drillPane)
        self.drillHint.setObjectName(u"drillHint")
        self.drillHint.setWordWrap(True)

        self.drillLayout.addWidget(self.drillHint)

        self.drillTable = QTableView(self.drillPane)
        self.drillTable.setObjectName(u"drillTable")
        self.drillTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.drillTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.drillTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.drillTable.setAlternatingRowColors(True)
        self.drillTable.setWordWrap(False)
        self.drillTable.setTabKeyNavigation(False)
        self.drillTable.setSortingEnabled(True)
        self.drillTable.horizontalHeader().setStretchLastSection(True)
        self.drillTable.verticalHeader().setVisible(False)

        self.drillLayout.addWidget(self.drillTable)

        self.drillButtons = QHBoxLayout()
        self.drillButtons.setObjectName(u"drillButtons")
        self.drillCount = QLabel(self.drillPane)
        self.drillCount.setObjectName(u"drillCount")

        self.drillButtons.addWidget(self.drillCount)

        self.drillSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drillButtons.addItem(self.drillSpacer)

        self.closeDrillButton = QPushButton(self.drillPane)
        self.closeDrillButton.setObjectName(u"closeDrillButton")

        self.drillButtons.addWidget(self.closeDrillButton)

        self.openCaseButton = QPushButton(self.drillPane)
        self.openCaseButton.setObjectName(u"openCaseButton")

        self.drillButtons.addWidget(self.openCaseButton)


        self.drillLayout.addLayout(self.drillButtons)

        self.tabs.addTab(self.drillPane, "")

        self.layout.addWidget(self.tabs)

        self.status = QLabel(DashboardPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.layout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.presetLabel.setBuddy(self.preset)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.noContactLabel.setBuddy(self.noContactDays)
        self.caseworkerLabel.setBuddy(self.caseworkerTable)
        self.followUpLabel.setBuddy(self.followUpTable)
        self.drillTitle.setBuddy(self.drillTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.preset, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.noContactDays)
        QWidget.setTabOrder(self.noContactDays, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.overdueButton)
        QWidget.setTabOrder(self.overdueButton, self.reassessButton)
        QWidget.setTabOrder(self.reassessButton, self.noContactButton)
        QWidget.setTabOrder(self.noContactButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.ruleChart)
        QWidget.setTabOrder(self.ruleChart, self.caseworkerTable)
        QWidget.setTabOrder(self.caseworkerTable, self.trendChart)
        QWidget.setTabOrder(self.trendChart, self.caseloadChart)
        QWidget.setTabOrder(self.caseloadChart, self.followUpTable)
        QWidget.setTabOrder(self.followUpTable, self.drillTable)
        QWidget.setTabOrder(self.drillTable, self.closeDrillButton)
        QWidget.setTabOrder(self.closeDrillButton, self.openCaseButton)

        self.retranslateUi(DashboardPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(DashboardPage)
    # setupUi

    def retranslateUi(self, DashboardPage):
        self.title.setText(QCoreApplication.translate("DashboardPage", u"Compliance dashboard", None))
        self.title.setProperty(u"class", QCoreApplication.translate("DashboardPage", u"pageTitle", None))
        self.asOf.setText("")
        self.asOf.setProperty(u"class", QCoreApplication.translate("DashboardPage", u"muted", None))
        self.loadingText.setText("")
        self.loadingText.setProperty(u"class", QCoreApplication.translate("DashboardPage", u"muted", None))
        self.refreshButton.setText(QCoreApplication.translate("DashboardPage", u"R&efresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Count everything again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.refreshButton.setShortcut(QCoreApplication.translate("DashboardPage", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.notice.setText("")
        self.notice.setProperty(u"class", QCoreApplication.translate("DashboardPage", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.notice.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Notice", None))
#endif // QT_CONFIG(accessibility)
        self.presetLabel.setText(QCoreApplication.translate("DashboardPage", u"&Period:", None))
#if QT_CONFIG(accessibility)
        self.preset.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.preset.setToolTip(QCoreApplication.translate("DashboardPage", u"The Victims' Code obligations due in this period are counted", None))
#endif // QT_CONFIG(tooltip)
        self.fromLabel.setText(QCoreApplication.translate("DashboardPage", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Period from", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("DashboardPage", u"dd MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("DashboardPage", u"&to", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Period to", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("DashboardPage", u"dd MMM yyyy", None))
        self.noContactLabel.setText(QCoreApplication.translate("DashboardPage", u"&No contact for", None))
#if QT_CONFIG(accessibility)
        self.noContactDays.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Days without contact that count as a long time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.noContactDays.setToolTip(QCoreApplication.translate("DashboardPage", u"Open cases whose victim nobody has reached for this many days or more", None))
#endif // QT_CONFIG(tooltip)
        self.noContactDays.setSuffix(QCoreApplication.translate("DashboardPage", u" days", None))
        self.overdueButton.setText(QCoreApplication.translate("DashboardPage", u"Overdue", None))
#if QT_CONFIG(accessibility)
        self.overdueButton.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Obligations overdue in the period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.overdueButton.setToolTip(QCoreApplication.translate("DashboardPage", u"List the obligations due in the period that are overdue (Alt+1)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.overdueButton.setShortcut(QCoreApplication.translate("DashboardPage", u"Alt+1", None))
#endif // QT_CONFIG(shortcut)
        self.reassessButton.setText(QCoreApplication.translate("DashboardPage", u"Reassessments overdue", None))
#if QT_CONFIG(accessibility)
        self.reassessButton.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Reassessments overdue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reassessButton.setToolTip(QCoreApplication.translate("DashboardPage", u"List the open cases whose needs reassessment is overdue (Alt+2)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.reassessButton.setShortcut(QCoreApplication.translate("DashboardPage", u"Alt+2", None))
#endif // QT_CONFIG(shortcut)
        self.noContactButton.setText(QCoreApplication.translate("DashboardPage", u"No contact", None))
#if QT_CONFIG(accessibility)
        self.noContactButton.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Cases without contact for a long time", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.noContactButton.setToolTip(QCoreApplication.translate("DashboardPage", u"List the open cases whose victim nobody has reached for a long time (Alt+3)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.noContactButton.setShortcut(QCoreApplication.translate("DashboardPage", u"Alt+3", None))
#endif // QT_CONFIG(shortcut)
        self.complianceSummary.setText("")
#if QT_CONFIG(accessibility)
        self.complianceSummary.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Compliance in the period", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Dashboard views", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.ruleChart.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Compliance per rule chart", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ruleChart.setToolTip(QCoreApplication.translate("DashboardPage", u"Double-click a bar to list the cases behind it", None))
#endif // QT_CONFIG(tooltip)
        self.caseworkerLabel.setText(QCoreApplication.translate("DashboardPage", u"Per case&worker", None))
        self.caseworkerLabel.setProperty(u"class", QCoreApplication.translate("DashboardPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.caseworkerTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Compliance per caseworker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.caseworkerTable.setToolTip(QCoreApplication.translate("DashboardPage", u"Enter or double click on a count lists the cases behind it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.trendChart.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Weekly trend chart", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.trendChart.setToolTip(QCoreApplication.translate("DashboardPage", u"Double-click a week to list the obligations due that week that were not met on time", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.complianceTab), QCoreApplication.translate("DashboardPage", u"Victims' &Code compliance", None))
#if QT_CONFIG(accessibility)
        self.caseloadChart.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Caseload balance chart", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.caseloadChart.setToolTip(QCoreApplication.translate("DashboardPage", u"Double-click a bar to list that caseworker's open cases", None))
#endif // QT_CONFIG(tooltip)
        self.followUpLabel.setText(QCoreApplication.translate("DashboardPage", u"Follow-up per caseworker (&list)", None))
        self.followUpLabel.setProperty(u"class", QCoreApplication.translate("DashboardPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.followUpTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Caseload and follow-up per caseworker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.followUpTable.setToolTip(QCoreApplication.translate("DashboardPage", u"Enter or double click on a count lists the cases behind it", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.caseloadTab), QCoreApplication.translate("DashboardPage", u"Caseloads and &follow-up", None))
        self.drillTitle.setText(QCoreApplication.translate("DashboardPage", u"Cases behind a figure", None))
        self.drillTitle.setProperty(u"class", QCoreApplication.translate("DashboardPage", u"sectionTitle", None))
        self.drillHint.setText(QCoreApplication.translate("DashboardPage", u"Double-click a bar, a week or a count to list the cases behind it.", None))
        self.drillHint.setProperty(u"class", QCoreApplication.translate("DashboardPage", u"muted", None))
#if QT_CONFIG(accessibility)
        self.drillTable.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Cases behind the chosen figure", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.drillTable.setToolTip(QCoreApplication.translate("DashboardPage", u"Enter or double click opens the case", None))
#endif // QT_CONFIG(tooltip)
        self.drillCount.setText("")
#if QT_CONFIG(accessibility)
        self.drillCount.setAccessibleName(QCoreApplication.translate("DashboardPage", u"Number of cases listed", None))
#endif // QT_CONFIG(accessibility)
        self.closeDrillButton.setText(QCoreApplication.translate("DashboardPage", u"C&lose list", None))
#if QT_CONFIG(tooltip)
        self.closeDrillButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Put the list away and give the charts the whole width", None))
#endif // QT_CONFIG(tooltip)
        self.openCaseButton.setText(QCoreApplication.translate("DashboardPage", u"&Open case", None))
#if QT_CONFIG(tooltip)
        self.openCaseButton.setToolTip(QCoreApplication.translate("DashboardPage", u"Open the chosen case in a tab", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.drillPane), QCoreApplication.translate("DashboardPage", u"C&ases behind a figure", None))
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("DashboardPage", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
