# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_LessonsPage(object):
    def setupUi(self, LessonsPage):
        if not LessonsPage.objectName():
            LessonsPage.setObjectName(u"LessonsPage")
        LessonsPage.resize(1100, 640)
        self.layout = QVBoxLayout(LessonsPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(LessonsPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.intro = QLabel(LessonsPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.fromLabel = QLabel(LessonsPage)
        self.fromLabel.setObjectName(u"fromLabel")

        self.filters.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(LessonsPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filters.addWidget(self.fromDate)

        self.toLabel = QLabel(LessonsPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filters.addWidget(self.toLabel)

        self.toDate = QDateEdit(LessonsPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filters.addWidget(self.toDate)

        self.sourceLabel = QLabel(LessonsPage)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.filters.addWidget(self.sourceLabel)

        self.source = QComboBox(LessonsPage)
        self.source.setObjectName(u"source")

        self.filters.addWidget(self.source)

        self.filtersStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filtersStretch)

        self.refreshButton = QPushButton(LessonsPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filters.addWidget(self.refreshButton)


        self.layout.addLayout(self.filters)

        self.count = QLabel(LessonsPage)
        self.count.setObjectName(u"count")

        self.layout.addWidget(self.count)

        self.table = QTableView(LessonsPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.detailTitle = QLabel(LessonsPage)
        self.detailTitle.setObjectName(u"detailTitle")

        self.layout.addWidget(self.detailTitle)

        self.detail = QLabel(LessonsPage)
        self.detail.setObjectName(u"detail")
        self.detail.setWordWrap(True)

        self.layout.addWidget(self.detail)

        self.hint = QLabel(LessonsPage)
        self.hint.setObjectName(u"hint")

        self.layout.addWidget(self.hint)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.sourceLabel.setBuddy(self.source)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.source)
        QWidget.setTabOrder(self.source, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.table)

        self.retranslateUi(LessonsPage)

        QMetaObject.connectSlotsByName(LessonsPage)
    # setupUi

    def retranslateUi(self, LessonsPage):
        self.title.setText(QCoreApplication.translate("LessonsPage", u"Lessons to act on", None))
        self.title.setProperty(u"class", QCoreApplication.translate("LessonsPage", u"pageTitle", None))
        self.intro.setText(QCoreApplication.translate("LessonsPage", u"What victims told us could be better, complaints upheld and reviews that overturned a decision, with the lessons recorded on them.", None))
        self.intro.setProperty(u"class", QCoreApplication.translate("LessonsPage", u"muted", None))
        self.fromLabel.setText(QCoreApplication.translate("LessonsPage", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("LessonsPage", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("LessonsPage", u"ddd dd MMM yyyy", None))
        self.toLabel.setText(QCoreApplication.translate("LessonsPage", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("LessonsPage", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.toDate.setDisplayFormat(QCoreApplication.translate("LessonsPage", u"ddd dd MMM yyyy", None))
        self.sourceLabel.setText(QCoreApplication.translate("LessonsPage", u"&Source", None))
#if QT_CONFIG(accessibility)
        self.source.setAccessibleName(QCoreApplication.translate("LessonsPage", u"Source", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("LessonsPage", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("LessonsPage", u"Refresh the lessons", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("LessonsPage", u"How many lessons", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("LessonsPage", u"Lessons to act on", None))
#endif // QT_CONFIG(accessibility)
        self.detailTitle.setText(QCoreApplication.translate("LessonsPage", u"In their words", None))
        self.detailTitle.setProperty(u"class", QCoreApplication.translate("LessonsPage", u"sectionTitle", None))
        self.detail.setText("")
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("LessonsPage", u"The lesson in full", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText(QCoreApplication.translate("LessonsPage", u"Enter or double-click opens the case.", None))
        self.hint.setProperty(u"class", QCoreApplication.translate("LessonsPage", u"muted", None))
        pass
    # retranslateUi
