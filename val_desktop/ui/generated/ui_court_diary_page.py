# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CourtDiaryPage(object):
    def setupUi(self, CourtDiaryPage):
        if not CourtDiaryPage.objectName():
            CourtDiaryPage.setObjectName(u"CourtDiaryPage")
        CourtDiaryPage.resize(1150, 700)
        self.layout = QVBoxLayout(CourtDiaryPage)
        self.layout.setObjectName(u"layout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(CourtDiaryPage)
        self.title.setObjectName(u"title")

        self.headerRow.addWidget(self.title)

        self.asOf = QLabel(CourtDiaryPage)
        self.asOf.setObjectName(u"asOf")
        self.asOf.setWordWrap(False)

        self.headerRow.addWidget(self.asOf)

        self.whoseLabel = QLabel(CourtDiaryPage)
        self.whoseLabel.setObjectName(u"whoseLabel")

        self.headerRow.addWidget(self.whoseLabel)

        self.whose = QComboBox(CourtDiaryPage)
        self.whose.setObjectName(u"whose")

        self.headerRow.addWidget(self.whose)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.loadingText = QLabel(CourtDiaryPage)
        self.loadingText.setObjectName(u"loadingText")
        self.loadingText.setWordWrap(False)

        self.headerRow.addWidget(self.loadingText)

        self.recordMilestone = QPushButton(CourtDiaryPage)
        self.recordMilestone.setObjectName(u"recordMilestone")

        self.headerRow.addWidget(self.recordMilestone)

        self.openCase = QPushButton(CourtDiaryPage)
        self.openCase.setObjectName(u"openCase")

        self.headerRow.addWidget(self.openCase)

        self.refreshButton = QPushButton(CourtDiaryPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.headerRow)

        self.hearingsLabel = QLabel(CourtDiaryPage)
        self.hearingsLabel.setObjectName(u"hearingsLabel")

        self.layout.addWidget(self.hearingsLabel)

        self.hearings = QTableView(CourtDiaryPage)
        self.hearings.setObjectName(u"hearings")
        self.hearings.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hearings.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hearings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hearings.setWordWrap(False)
        self.hearings.setSortingEnabled(True)
        self.hearings.horizontalHeader().setStretchLastSection(True)
        self.hearings.verticalHeader().setVisible(False)

        self.layout.addWidget(self.hearings)

        self.dueTodayLabel = QLabel(CourtDiaryPage)
        self.dueTodayLabel.setObjectName(u"dueTodayLabel")

        self.layout.addWidget(self.dueTodayLabel)

        self.dueToday = QTableView(CourtDiaryPage)
        self.dueToday.setObjectName(u"dueToday")
        self.dueToday.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueToday.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueToday.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dueToday.setWordWrap(False)
        self.dueToday.setSortingEnabled(True)
        self.dueToday.horizontalHeader().setStretchLastSection(True)
        self.dueToday.verticalHeader().setVisible(False)

        self.layout.addWidget(self.dueToday)

        self.overdueLabel = QLabel(CourtDiaryPage)
        self.overdueLabel.setObjectName(u"overdueLabel")

        self.layout.addWidget(self.overdueLabel)

        self.overdue = QTableView(CourtDiaryPage)
        self.overdue.setObjectName(u"overdue")
        self.overdue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overdue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overdue.setWordWrap(False)
        self.overdue.setSortingEnabled(True)
        self.overdue.horizontalHeader().setStretchLastSection(True)
        self.overdue.verticalHeader().setVisible(False)

        self.layout.addWidget(self.overdue)

        self.problem = QLabel(CourtDiaryPage)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

#if QT_CONFIG(shortcut)
        self.whoseLabel.setBuddy(self.whose)
        self.hearingsLabel.setBuddy(self.hearings)
        self.dueTodayLabel.setBuddy(self.dueToday)
        self.overdueLabel.setBuddy(self.overdue)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whose, self.recordMilestone)
        QWidget.setTabOrder(self.recordMilestone, self.openCase)
        QWidget.setTabOrder(self.openCase, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.hearings)
        QWidget.setTabOrder(self.hearings, self.dueToday)
        QWidget.setTabOrder(self.dueToday, self.overdue)

        self.retranslateUi(CourtDiaryPage)

        QMetaObject.connectSlotsByName(CourtDiaryPage)
    # setupUi

    def retranslateUi(self, CourtDiaryPage):
        self.title.setText(QCoreApplication.translate("CourtDiaryPage", u"Court diary", None))
        self.title.setProperty(u"class", QCoreApplication.translate("CourtDiaryPage", u"pageTitle", None))
        self.asOf.setText("")
#if QT_CONFIG(accessibility)
        self.asOf.setAccessibleName(QCoreApplication.translate("CourtDiaryPage", u"Which day", None))
#endif // QT_CONFIG(accessibility)
        self.asOf.setProperty(u"class", QCoreApplication.translate("CourtDiaryPage", u"muted", None))
        self.whoseLabel.setText(QCoreApplication.translate("CourtDiaryPage", u"Dia&ry of", None))
#if QT_CONFIG(accessibility)
        self.whose.setAccessibleName(QCoreApplication.translate("CourtDiaryPage", u"Whose prosecutions", None))
#endif // QT_CONFIG(accessibility)
        self.loadingText.setText("")
#if QT_CONFIG(accessibility)
        self.loadingText.setAccessibleName(QCoreApplication.translate("CourtDiaryPage", u"Loading", None))
#endif // QT_CONFIG(accessibility)
        self.loadingText.setProperty(u"class", QCoreApplication.translate("CourtDiaryPage", u"muted", None))
        self.recordMilestone.setText(QCoreApplication.translate("CourtDiaryPage", u"Record &milestone\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordMilestone.setToolTip(QCoreApplication.translate("CourtDiaryPage", u"Record a milestone for the chosen entry's prosecution: every linked case is updated", None))
#endif // QT_CONFIG(tooltip)
        self.openCase.setText(QCoreApplication.translate("CourtDiaryPage", u"&Open case", None))
#if QT_CONFIG(tooltip)
        self.openCase.setToolTip(QCoreApplication.translate("CourtDiaryPage", u"Open the chosen entry's case (a hearing opens every linked victim's case)", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("CourtDiaryPage", u"Re&fresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("CourtDiaryPage", u"Look again", None))
#endif // QT_CONFIG(tooltip)
        self.hearingsLabel.setText(QCoreApplication.translate("CourtDiaryPage", u"&Hearings in the next 14 days", None))
        self.hearingsLabel.setProperty(u"class", QCoreApplication.translate("CourtDiaryPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.hearings.setAccessibleName(QCoreApplication.translate("CourtDiaryPage", u"Hearings in the next 14 days", None))
#endif // QT_CONFIG(accessibility)
        self.dueTodayLabel.setText(QCoreApplication.translate("CourtDiaryPage", u"Victim updates &due today", None))
        self.dueTodayLabel.setProperty(u"class", QCoreApplication.translate("CourtDiaryPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.dueToday.setAccessibleName(QCoreApplication.translate("CourtDiaryPage", u"Victim updates due today", None))
#endif // QT_CONFIG(accessibility)
        self.overdueLabel.setText(QCoreApplication.translate("CourtDiaryPage", u"Victim updates o&verdue", None))
        self.overdueLabel.setProperty(u"class", QCoreApplication.translate("CourtDiaryPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.overdue.setAccessibleName(QCoreApplication.translate("CourtDiaryPage", u"Victim updates overdue", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("CourtDiaryPage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setProperty(u"class", QCoreApplication.translate("CourtDiaryPage", u"fieldError", None))
        pass
    # retranslateUi
