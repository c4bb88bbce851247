# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

from val_desktop.ui.needs_chart import NeedsChart

class Ui_CaseNeedsTab(object):
    def setupUi(self, CaseNeedsTab):
        if not CaseNeedsTab.objectName():
            CaseNeedsTab.setObjectName(u"CaseNeedsTab")
        CaseNeedsTab.resize(1100, 560)
        self.layout = QVBoxLayout(CaseNeedsTab)
        self.layout.setObjectName(u"layout")
        self.reassessRow = QHBoxLayout()
        self.reassessRow.setObjectName(u"reassessRow")
        self.reassessment = QLabel(CaseNeedsTab)
        self.reassessment.setObjectName(u"reassessment")
        self.reassessment.setWordWrap(True)
        self.reassessment.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reassessment.sizePolicy().hasHeightForWidth())
        self.reassessment.setSizePolicy(sizePolicy)

        self.reassessRow.addWidget(self.reassessment)

        self.assess = QPushButton(CaseNeedsTab)
        self.assess.setObjectName(u"assess")

        self.reassessRow.addWidget(self.assess)


        self.layout.addLayout(self.reassessRow)

        self.verticalSplit = QSplitter(CaseNeedsTab)
        self.verticalSplit.setObjectName(u"verticalSplit")
        self.verticalSplit.setOrientation(Qt.Orientation.Vertical)
        self.verticalSplit.setChildrenCollapsible(False)
        self.historyPane = QWidget(self.verticalSplit)
        self.historyPane.setObjectName(u"historyPane")
        self.historyLayout = QVBoxLayout(self.historyPane)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyLayout.setContentsMargins(0, 0, 0, 0)
        self.historyTitleRow = QHBoxLayout()
        self.historyTitleRow.setObjectName(u"historyTitleRow")
        self.historyTitle = QLabel(self.historyPane)
        self.historyTitle.setObjectName(u"historyTitle")

        self.historyTitleRow.addWidget(self.historyTitle)

        self.historyHint = QLabel(self.historyPane)
        self.historyHint.setObjectName(u"historyHint")

        self.historyTitleRow.addWidget(self.historyHint)

        self.historySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyTitleRow.addItem(self.historySpacer)


        self.historyLayout.addLayout(self.historyTitleRow)

        self.historySplit = QSplitter(self.historyPane)
        self.historySplit.setObjectName(u"historySplit")
        self.historySplit.setOrientation(Qt.Orientation.Horizontal)
        self.historySplit.setChildrenCollapsible(False)
        self.chart = NeedsChart(self.historySplit)
        self.chart.setObjectName(u"chart")
        self.chart.setMinimumSize(QSize(380, 220))
        self.historySplit.addWidget(self.chart)
        self.scores = QTableView(self.historySplit)
        self.scores.setObjectName(u"scores")
        self.scores.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.scores.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scores.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scores.setWordWrap(False)
        self.scores.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.historySplit.addWidget(self.scores)
        self.scores.verticalHeader().setVisible(True)
        self.scores.verticalHeader().setHighlightSections(False)

        self.historyLayout.addWidget(self.historySplit)

        self.historyLayout.setStretch(1, 1)
        self.verticalSplit.addWidget(self.historyPane)
        self.planPane = QWidget(self.verticalSplit)
        self.planPane.setObjectName(u"planPane")
        self.planLayout = QVBoxLayout(self.planPane)
        self.planLayout.setObjectName(u"planLayout")
        self.planLayout.setContentsMargins(0, 0, 0, 0)
        self.planTitleRow = QHBoxLayout()
        self.planTitleRow.setObjectName(u"planTitleRow")
        self.planTitle = QLabel(self.planPane)
        self.planTitle.setObjectName(u"planTitle")

        self.planTitleRow.addWidget(self.planTitle)

        self.planCount = QLabel(self.planPane)
        self.planCount.setObjectName(u"planCount")

        self.planTitleRow.addWidget(self.planCount)

        self.planSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planTitleRow.addItem(self.planSpacer)

        self.addAction = QPushButton(self.planPane)
        self.addAction.setObjectName(u"addAction")

        self.planTitleRow.addWidget(self.addAction)

        self.editAction = QPushButton(self.planPane)
        self.editAction.setObjectName(u"editAction")

        self.planTitleRow.addWidget(self.editAction)

        self.markDone = QPushButton(self.planPane)
        self.markDone.setObjectName(u"markDone")

        self.planTitleRow.addWidget(self.markDone)

        self.removeAction = QPushButton(self.planPane)
        self.removeAction.setObjectName(u"removeAction")

        self.planTitleRow.addWidget(self.removeAction)


        self.planLayout.addLayout(self.planTitleRow)

        self.actions = QTableView(self.planPane)
        self.actions.setObjectName(u"actions")
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.setAlternatingRowColors(True)
        self.actions.setWordWrap(False)
        self.actions.horizontalHeader().setStretchLastSection(True)
        self.actions.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.actions)

        self.planLayout.setStretch(1, 1)
        self.verticalSplit.addWidget(self.planPane)

        self.layout.addWidget(self.verticalSplit)

        self.layout.setStretch(1, 1)
        QWidget.setTabOrder(self.assess, self.scores)
        QWidget.setTabOrder(self.scores, self.actions)
        QWidget.setTabOrder(self.actions, self.addAction)
        QWidget.setTabOrder(self.addAction, self.editAction)
        QWidget.setTabOrder(self.editAction, self.markDone)
        QWidget.setTabOrder(self.markDone, self.removeAction)

        self.retranslateUi(CaseNeedsTab)

        QMetaObject.connectSlotsByName(CaseNeedsTab)
    # setupUi

    def retranslateUi(self, CaseNeedsTab):
        self.reassessment.setText("")
#if QT_CONFIG(accessibility)
        self.reassessment.setAccessibleName(QCoreApplication.translate("CaseNeedsTab", u"Next reassessment", None))
#endif // QT_CONFIG(accessibility)
        self.assess.setText(QCoreApplication.translate("CaseNeedsTab", u"Take needs &assessment\u2026", None))
#if QT_CONFIG(tooltip)
        self.assess.setToolTip(QCoreApplication.translate("CaseNeedsTab", u"Score all ten needs with the victim; saving sets the next reassessment date", None))
#endif // QT_CONFIG(tooltip)
        self.historyTitle.setText(QCoreApplication.translate("CaseNeedsTab", u"Needs over time", None))
        self.historyTitle.setProperty(u"class", QCoreApplication.translate("CaseNeedsTab", u"sectionTitle", None))
        self.historyHint.setText("")
        self.historyHint.setProperty(u"class", QCoreApplication.translate("CaseNeedsTab", u"muted", None))
#if QT_CONFIG(accessibility)
        self.chart.setAccessibleName(QCoreApplication.translate("CaseNeedsTab", u"Chart of needs: first, previous and latest assessment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scores.setAccessibleName(QCoreApplication.translate("CaseNeedsTab", u"Scores at each assessment", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.scores.setToolTip(QCoreApplication.translate("CaseNeedsTab", u"Double-click a column (or press Enter) to read that assessment and its notes", None))
#endif // QT_CONFIG(tooltip)
        self.planTitle.setText(QCoreApplication.translate("CaseNeedsTab", u"Support plan", None))
        self.planTitle.setProperty(u"class", QCoreApplication.translate("CaseNeedsTab", u"sectionTitle", None))
        self.planCount.setText("")
        self.planCount.setProperty(u"class", QCoreApplication.translate("CaseNeedsTab", u"muted", None))
#if QT_CONFIG(accessibility)
        self.planCount.setAccessibleName(QCoreApplication.translate("CaseNeedsTab", u"Support plan summary", None))
#endif // QT_CONFIG(accessibility)
        self.addAction.setText(QCoreApplication.translate("CaseNeedsTab", u"New &plan action\u2026", None))
#if QT_CONFIG(tooltip)
        self.addAction.setToolTip(QCoreApplication.translate("CaseNeedsTab", u"Add an action for one of the victim's needs, with an owner and a due date", None))
#endif // QT_CONFIG(tooltip)
        self.editAction.setText(QCoreApplication.translate("CaseNeedsTab", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editAction.setToolTip(QCoreApplication.translate("CaseNeedsTab", u"Change the selected action (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.markDone.setText(QCoreApplication.translate("CaseNeedsTab", u"&Mark done", None))
#if QT_CONFIG(tooltip)
        self.markDone.setToolTip(QCoreApplication.translate("CaseNeedsTab", u"Mark the selected action done, or not done again", None))
#endif // QT_CONFIG(tooltip)
        self.removeAction.setText(QCoreApplication.translate("CaseNeedsTab", u"&Remove\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeAction.setToolTip(QCoreApplication.translate("CaseNeedsTab", u"Take the selected action out of the plan (asks first)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.actions.setAccessibleName(QCoreApplication.translate("CaseNeedsTab", u"Support plan actions", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
