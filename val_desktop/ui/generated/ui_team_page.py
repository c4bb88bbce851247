# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_TeamPage(object):
    def setupUi(self, TeamPage):
        if not TeamPage.objectName():
            TeamPage.setObjectName(u"TeamPage")
        TeamPage.resize(1150, 700)
        self.layout = QVBoxLayout(TeamPage)
        self.layout.setObjectName(u"layout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(TeamPage)
        self.title.setObjectName(u"title")

        self.headerRow.addWidget(self.title)

        self.asOf = QLabel(TeamPage)
        self.asOf.setObjectName(u"asOf")

        self.headerRow.addWidget(self.asOf)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.loadingText = QLabel(TeamPage)
        self.loadingText.setObjectName(u"loadingText")

        self.headerRow.addWidget(self.loadingText)

        self.refreshButton = QPushButton(TeamPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.headerRow)

        self.notice = QLabel(TeamPage)
        self.notice.setObjectName(u"notice")
        self.notice.setWordWrap(True)

        self.layout.addWidget(self.notice)

        self.splitter = QSplitter(TeamPage)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.caseloadPane = QWidget(self.splitter)
        self.caseloadPane.setObjectName(u"caseloadPane")
        self.caseloadLayout = QVBoxLayout(self.caseloadPane)
        self.caseloadLayout.setObjectName(u"caseloadLayout")
        self.caseloadLayout.setContentsMargins(0, 0, 6, 0)
        self.caseloadLabel = QLabel(self.caseloadPane)
        self.caseloadLabel.setObjectName(u"caseloadLabel")

        self.caseloadLayout.addWidget(self.caseloadLabel)

        self.caseloadTable = QTableView(self.caseloadPane)
        self.caseloadTable.setObjectName(u"caseloadTable")
        self.caseloadTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseloadTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseloadTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseloadTable.setAlternatingRowColors(True)
        self.caseloadTable.setWordWrap(False)
        self.caseloadTable.setTabKeyNavigation(False)
        self.caseloadTable.setSortingEnabled(True)
        self.caseloadTable.horizontalHeader().setStretchLastSection(False)
        self.caseloadTable.verticalHeader().setVisible(False)

        self.caseloadLayout.addWidget(self.caseloadTable)

        self.totals = QLabel(self.caseloadPane)
        self.totals.setObjectName(u"totals")
        self.totals.setWordWrap(True)

        self.caseloadLayout.addWidget(self.totals)

        self.splitter.addWidget(self.caseloadPane)
        self.casesPane = QWidget(self.splitter)
        self.casesPane.setObjectName(u"casesPane")
        self.casesLayout = QVBoxLayout(self.casesPane)
        self.casesLayout.setObjectName(u"casesLayout")
        self.casesLayout.setContentsMargins(6, 0, 0, 0)
        self.casesLabel = QLabel(self.casesPane)
        self.casesLabel.setObjectName(u"casesLabel")

        self.casesLayout.addWidget(self.casesLabel)

        self.casesFilterRow = QHBoxLayout()
        self.casesFilterRow.setObjectName(u"casesFilterRow")
        self.overdueOnly = QCheckBox(self.casesPane)
        self.overdueOnly.setObjectName(u"overdueOnly")

        self.casesFilterRow.addWidget(self.overdueOnly)

        self.casesFilterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.casesFilterRow.addItem(self.casesFilterSpacer)

        self.selectionCount = QLabel(self.casesPane)
        self.selectionCount.setObjectName(u"selectionCount")

        self.casesFilterRow.addWidget(self.selectionCount)


        self.casesLayout.addLayout(self.casesFilterRow)

        self.casesTable = QTableView(self.casesPane)
        self.casesTable.setObjectName(u"casesTable")
        self.casesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.casesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.casesTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.casesTable.setAlternatingRowColors(True)
        self.casesTable.setWordWrap(False)
        self.casesTable.setTabKeyNavigation(False)
        self.casesTable.setSortingEnabled(True)
        self.casesTable.horizontalHeader().setStretchLastSection(True)
        self.casesTable.verticalHeader().setVisible(False)

        self.casesLayout.addWidget(self.casesTable)

        self.casesButtons = QHBoxLayout()
        self.casesButtons.setObjectName(u"casesButtons")
        self.selectAll = QPushButton(self.casesPane)
        self.selectAll.setObjectName(u"selectAll")

        self.casesButtons.addWidget(self.selectAll)

        self.casesButtonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.casesButtons.addItem(self.casesButtonsSpacer)

        self.reassignButton = QPushButton(self.casesPane)
        self.reassignButton.setObjectName(u"reassignButton")

        self.casesButtons.addWidget(self.reassignButton)


        self.casesLayout.addLayout(self.casesButtons)

        self.splitter.addWidget(self.casesPane)

        self.layout.addWidget(self.splitter)

        self.status = QLabel(TeamPage)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.layout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.caseloadLabel.setBuddy(self.caseloadTable)
        self.casesLabel.setBuddy(self.casesTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.refreshButton, self.caseloadTable)
        QWidget.setTabOrder(self.caseloadTable, self.overdueOnly)
        QWidget.setTabOrder(self.overdueOnly, self.casesTable)
        QWidget.setTabOrder(self.casesTable, self.selectAll)
        QWidget.setTabOrder(self.selectAll, self.reassignButton)

        self.retranslateUi(TeamPage)

        QMetaObject.connectSlotsByName(TeamPage)
    # setupUi

    def retranslateUi(self, TeamPage):
        self.title.setText(QCoreApplication.translate("TeamPage", u"Team caseloads", None))
        self.title.setProperty(u"class", QCoreApplication.translate("TeamPage", u"pageTitle", None))
        self.asOf.setText("")
        self.asOf.setProperty(u"class", QCoreApplication.translate("TeamPage", u"muted", None))
        self.loadingText.setText("")
        self.loadingText.setProperty(u"class", QCoreApplication.translate("TeamPage", u"muted", None))
        self.refreshButton.setText(QCoreApplication.translate("TeamPage", u"R&efresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("TeamPage", u"Count the caseloads again", None))
#endif // QT_CONFIG(tooltip)
        self.notice.setText("")
        self.notice.setProperty(u"class", QCoreApplication.translate("TeamPage", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.notice.setAccessibleName(QCoreApplication.translate("TeamPage", u"Notice", None))
#endif // QT_CONFIG(accessibility)
        self.caseloadLabel.setText(QCoreApplication.translate("TeamPage", u"Caseload per case&worker", None))
        self.caseloadLabel.setProperty(u"class", QCoreApplication.translate("TeamPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.caseloadTable.setAccessibleName(QCoreApplication.translate("TeamPage", u"Caseload per caseworker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.caseloadTable.setToolTip(QCoreApplication.translate("TeamPage", u"Choose a caseworker to see their open cases", None))
#endif // QT_CONFIG(tooltip)
        self.totals.setText("")
        self.totals.setProperty(u"class", QCoreApplication.translate("TeamPage", u"muted", None))
#if QT_CONFIG(accessibility)
        self.totals.setAccessibleName(QCoreApplication.translate("TeamPage", u"Team totals", None))
#endif // QT_CONFIG(accessibility)
        self.casesLabel.setText(QCoreApplication.translate("TeamPage", u"Ca&ses", None))
        self.casesLabel.setProperty(u"class", QCoreApplication.translate("TeamPage", u"sectionTitle", None))
        self.overdueOnly.setText(QCoreApplication.translate("TeamPage", u"Only cases with o&verdue work", None))
        self.selectionCount.setText("")
#if QT_CONFIG(accessibility)
        self.selectionCount.setAccessibleName(QCoreApplication.translate("TeamPage", u"Number of cases selected", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.casesTable.setAccessibleName(QCoreApplication.translate("TeamPage", u"Open cases of the chosen caseworker", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.casesTable.setToolTip(QCoreApplication.translate("TeamPage", u"Select cases (Shift or Ctrl for several) to reassign them; Enter or double click opens a case", None))
#endif // QT_CONFIG(tooltip)
        self.selectAll.setText(QCoreApplication.translate("TeamPage", u"Select a&ll", None))
#if QT_CONFIG(tooltip)
        self.selectAll.setToolTip(QCoreApplication.translate("TeamPage", u"Select every case listed", None))
#endif // QT_CONFIG(tooltip)
        self.reassignButton.setText(QCoreApplication.translate("TeamPage", u"&Reassign selected\u2026", None))
#if QT_CONFIG(tooltip)
        self.reassignButton.setToolTip(QCoreApplication.translate("TeamPage", u"Give the selected cases to another caseworker, for example to cover an absence (Ctrl+R)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.reassignButton.setShortcut(QCoreApplication.translate("TeamPage", u"Ctrl+R", None))
#endif // QT_CONFIG(shortcut)
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("TeamPage", u"What happened", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
