# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_MyWorkPage(object):
    def setupUi(self, MyWorkPage):
        if not MyWorkPage.objectName():
            MyWorkPage.setObjectName(u"MyWorkPage")
        MyWorkPage.resize(1150, 700)
        self.layout = QVBoxLayout(MyWorkPage)
        self.layout.setObjectName(u"layout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.title = QLabel(MyWorkPage)
        self.title.setObjectName(u"title")

        self.headerRow.addWidget(self.title)

        self.asOf = QLabel(MyWorkPage)
        self.asOf.setObjectName(u"asOf")

        self.headerRow.addWidget(self.asOf)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.loadingText = QLabel(MyWorkPage)
        self.loadingText.setObjectName(u"loadingText")

        self.headerRow.addWidget(self.loadingText)

        self.refreshButton = QPushButton(MyWorkPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.headerRow.addWidget(self.refreshButton)


        self.layout.addLayout(self.headerRow)

        self.reminderBar = QWidget(MyWorkPage)
        self.reminderBar.setObjectName(u"reminderBar")
        self.reminderLayout = QHBoxLayout(self.reminderBar)
        self.reminderLayout.setObjectName(u"reminderLayout")
        self.reminderLayout.setContentsMargins(0, 0, 0, 0)
        self.reminderText = QLabel(self.reminderBar)
        self.reminderText.setObjectName(u"reminderText")
        self.reminderText.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.reminderText.sizePolicy().hasHeightForWidth())
        self.reminderText.setSizePolicy(sizePolicy)

        self.reminderLayout.addWidget(self.reminderText)

        self.dismissReminder = QPushButton(self.reminderBar)
        self.dismissReminder.setObjectName(u"dismissReminder")

        self.reminderLayout.addWidget(self.dismissReminder)


        self.layout.addWidget(self.reminderBar)

        self.summary = QLabel(MyWorkPage)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.sections = QGridLayout()
        self.sections.setObjectName(u"sections")
        self.sections.setHorizontalSpacing(14)
        self.sections.setVerticalSpacing(10)
        self.newReferralsSection = QVBoxLayout()
        self.newReferralsSection.setObjectName(u"newReferralsSection")
        self.newReferralsLabel = QLabel(MyWorkPage)
        self.newReferralsLabel.setObjectName(u"newReferralsLabel")

        self.newReferralsSection.addWidget(self.newReferralsLabel)

        self.newReferralsStack = QStackedWidget(MyWorkPage)
        self.newReferralsStack.setObjectName(u"newReferralsStack")
        self.newReferralsTable = QTableView()
        self.newReferralsTable.setObjectName(u"newReferralsTable")
        self.newReferralsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.newReferralsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.newReferralsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.newReferralsTable.setAlternatingRowColors(True)
        self.newReferralsTable.setWordWrap(False)
        self.newReferralsTable.setTabKeyNavigation(False)
        self.newReferralsStack.addWidget(self.newReferralsTable)
        self.newReferralsTable.horizontalHeader().setStretchLastSection(True)
        self.newReferralsTable.verticalHeader().setVisible(False)
        self.newReferralsEmpty = QLabel()
        self.newReferralsEmpty.setObjectName(u"newReferralsEmpty")
        self.newReferralsEmpty.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.newReferralsEmpty.setWordWrap(True)
        self.newReferralsEmpty.setMargin(8)
        self.newReferralsStack.addWidget(self.newReferralsEmpty)

        self.newReferralsSection.addWidget(self.newReferralsStack)


        self.sections.addLayout(self.newReferralsSection, 0, 0, 1, 1)

        self.obligationsSection = QVBoxLayout()
        self.obligationsSection.setObjectName(u"obligationsSection")
        self.obligationsLabel = QLabel(MyWorkPage)
        self.obligationsLabel.setObjectName(u"obligationsLabel")

        self.obligationsSection.addWidget(self.obligationsLabel)

        self.obligationsStack = QStackedWidget(MyWorkPage)
        self.obligationsStack.setObjectName(u"obligationsStack")
        self.obligationsTable = QTableView()
        self.obligationsTable.setObjectName(u"obligationsTable")
        self.obligationsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.obligationsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.obligationsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.obligationsTable.setAlternatingRowColors(True)
        self.obligationsTable.setWordWrap(False)
        self.obligationsTable.setTabKeyNavigation(False)
        self.obligationsStack.addWidget(self.obligationsTable)
        self.obligationsTable.horizontalHeader().setStretchLastSection(True)
        self.obligationsTable.verticalHeader().setVisible(False)
        self.obligationsEmpty = QLabel()
        self.obligationsEmpty.setObjectName(u"obligationsEmpty")
        self.obligationsEmpty.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.obligationsEmpty.setWordWrap(True)
        self.obligationsEmpty.setMargin(8)
        self.obligationsStack.addWidget(self.obligationsEmpty)

        self.obligationsSection.addWidget(self.obligationsStack)


        self.sections.addLayout(self.obligationsSection, 0, 1, 1, 1)

        self.reassessmentsSection = QVBoxLayout()
        self.reassessmentsSection.setObjectName(u"reassessmentsSection")
        self.reassessmentsLabel = QLabel(MyWorkPage)
        self.reassessmentsLabel.setObjectName(u"reassessmentsLabel")

        self.reassessmentsSection.addWidget(self.reassessmentsLabel)

        self.reassessmentsStack = QStackedWidget(MyWorkPage)
        self.reassessmentsStack.setObjectName(u"reassessmentsStack")
        self.reassessmentsTable = QTableView()
        self.reassessmentsTable.setObjectName(u"reassessmentsTable")
        self.reassessmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reassessmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reassessmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reassessmentsTable.setAlternatingRowColors(True)
        self.reassessmentsTable.setWordWrap(False)
        self.reassessmentsTable.setTabKeyNavigation(False)
        self.reassessmentsStack.addWidget(self.reassessmentsTable)
        self.reassessmentsTable.horizontalHeader().setStretchLastSection(True)
        self.reassessmentsTable.verticalHeader().setVisible(False)
        self.reassessmentsEmpty = QLabel()
        self.reassessmentsEmpty.setObjectName(u"reassessmentsEmpty")
        self.reassessmentsEmpty.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.reassessmentsEmpty.setWordWrap(True)
        self.reassessmentsEmpty.setMargin(8)
        self.reassessmentsStack.addWidget(self.reassessmentsEmpty)

        self.reassessmentsSection.addWidget(self.reassessmentsStack)


        self.sections.addLayout(self.reassessmentsSection, 1, 0, 1, 1)

        self.activitySection = QVBoxLayout()
        self.activitySection.setObjectName(u"activitySection")
        self.activityLabel = QLabel(MyWorkPage)
        self.activityLabel.setObjectName(u"activityLabel")

        self.activitySection.addWidget(self.activityLabel)

        self.activityStack = QStackedWidget(MyWorkPage)
        self.activityStack.setObjectName(u"activityStack")
        self.activityTable = QTableView()
        self.activityTable.setObjectName(u"activityTable")
        self.activityTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activityTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activityTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.activityTable.setAlternatingRowColors(True)
        self.activityTable.setWordWrap(False)
        self.activityTable.setTabKeyNavigation(False)
        self.activityStack.addWidget(self.activityTable)
        self.activityTable.horizontalHeader().setStretchLastSection(True)
        self.activityTable.verticalHeader().setVisible(False)
        self.activityEmpty = QLabel()
        self.activityEmpty.setObjectName(u"activityEmpty")
        self.activityEmpty.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.activityEmpty.setWordWrap(True)
        self.activityEmpty.setMargin(8)
        self.activityStack.addWidget(self.activityEmpty)

        self.activitySection.addWidget(self.activityStack)


        self.sections.addLayout(self.activitySection, 1, 1, 1, 1)

        self.sections.setColumnStretch(0, 9)
        self.sections.setColumnStretch(1, 11)

        self.layout.addLayout(self.sections)

#if QT_CONFIG(shortcut)
        self.newReferralsLabel.setBuddy(self.newReferralsTable)
        self.obligationsLabel.setBuddy(self.obligationsTable)
        self.reassessmentsLabel.setBuddy(self.reassessmentsTable)
        self.activityLabel.setBuddy(self.activityTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.refreshButton, self.dismissReminder)
        QWidget.setTabOrder(self.dismissReminder, self.newReferralsTable)
        QWidget.setTabOrder(self.newReferralsTable, self.obligationsTable)
        QWidget.setTabOrder(self.obligationsTable, self.reassessmentsTable)
        QWidget.setTabOrder(self.reassessmentsTable, self.activityTable)

        self.retranslateUi(MyWorkPage)

        self.newReferralsStack.setCurrentIndex(0)
        self.obligationsStack.setCurrentIndex(0)
        self.reassessmentsStack.setCurrentIndex(0)
        self.activityStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MyWorkPage)
    # setupUi

    def retranslateUi(self, MyWorkPage):
        self.title.setText(QCoreApplication.translate("MyWorkPage", u"My work today", None))
        self.title.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"pageTitle", None))
        self.asOf.setText("")
        self.asOf.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"muted", None))
#if QT_CONFIG(accessibility)
        self.asOf.setAccessibleName(QCoreApplication.translate("MyWorkPage", u"Whose work and which day", None))
#endif // QT_CONFIG(accessibility)
        self.loadingText.setText("")
        self.loadingText.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"muted", None))
        self.refreshButton.setText(QCoreApplication.translate("MyWorkPage", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("MyWorkPage", u"Look again for work due", None))
#endif // QT_CONFIG(tooltip)
        self.reminderText.setText("")
        self.reminderText.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.reminderText.setAccessibleName(QCoreApplication.translate("MyWorkPage", u"Reminder", None))
#endif // QT_CONFIG(accessibility)
        self.dismissReminder.setText(QCoreApplication.translate("MyWorkPage", u"&Dismiss", None))
#if QT_CONFIG(tooltip)
        self.dismissReminder.setToolTip(QCoreApplication.translate("MyWorkPage", u"Hide this reminder", None))
#endif // QT_CONFIG(tooltip)
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("MyWorkPage", u"Summary of work due", None))
#endif // QT_CONFIG(accessibility)
        self.newReferralsLabel.setText(QCoreApplication.translate("MyWorkPage", u"&New referrals awaiting first contact", None))
        self.newReferralsLabel.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.newReferralsTable.setAccessibleName(QCoreApplication.translate("MyWorkPage", u"New referrals awaiting first contact", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.newReferralsTable.setToolTip(QCoreApplication.translate("MyWorkPage", u"Enter or double click opens the case", None))
#endif // QT_CONFIG(tooltip)
        self.newReferralsEmpty.setText(QCoreApplication.translate("MyWorkPage", u"No new referrals are waiting for a first contact.", None))
        self.newReferralsEmpty.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"muted", None))
        self.obligationsLabel.setText(QCoreApplication.translate("MyWorkPage", u"Code &obligations due today and overdue", None))
        self.obligationsLabel.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.obligationsTable.setAccessibleName(QCoreApplication.translate("MyWorkPage", u"Victims' Code obligations due today and overdue", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.obligationsTable.setToolTip(QCoreApplication.translate("MyWorkPage", u"Enter or double click opens the case", None))
#endif // QT_CONFIG(tooltip)
        self.obligationsEmpty.setText(QCoreApplication.translate("MyWorkPage", u"No Victims' Code obligation of yours is due today or overdue.", None))
        self.obligationsEmpty.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"muted", None))
        self.reassessmentsLabel.setText(QCoreApplication.translate("MyWorkPage", u"Needs &assessments due", None))
        self.reassessmentsLabel.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.reassessmentsTable.setAccessibleName(QCoreApplication.translate("MyWorkPage", u"Needs assessments and reassessments due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.reassessmentsTable.setToolTip(QCoreApplication.translate("MyWorkPage", u"Enter or double click opens the case", None))
#endif // QT_CONFIG(tooltip)
        self.reassessmentsEmpty.setText(QCoreApplication.translate("MyWorkPage", u"No needs assessment or reassessment is due in the next few days.", None))
        self.reassessmentsEmpty.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"muted", None))
        self.activityLabel.setText(QCoreApplication.translate("MyWorkPage", u"Recent acti&vity on my cases", None))
        self.activityLabel.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.activityTable.setAccessibleName(QCoreApplication.translate("MyWorkPage", u"Recent activity on my cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.activityTable.setToolTip(QCoreApplication.translate("MyWorkPage", u"Enter or double click opens the case", None))
#endif // QT_CONFIG(tooltip)
        self.activityEmpty.setText(QCoreApplication.translate("MyWorkPage", u"Nothing has been recorded on your cases in the last few days.", None))
        self.activityEmpty.setProperty(u"class", QCoreApplication.translate("MyWorkPage", u"muted", None))
        pass
    # retranslateUi
