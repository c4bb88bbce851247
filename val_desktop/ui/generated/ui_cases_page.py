# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_CasesPage(object):
    def setupUi(self, CasesPage):
        if not CasesPage.objectName():
            CasesPage.setObjectName(u"CasesPage")
        CasesPage.resize(1000, 600)
        self.layout = QVBoxLayout(CasesPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(CasesPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.search = QLineEdit(CasesPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.search)

        self.count = QLabel(CasesPage)
        self.count.setObjectName(u"count")

        self.searchRow.addWidget(self.count)


        self.layout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.spocLabel = QLabel(CasesPage)
        self.spocLabel.setObjectName(u"spocLabel")

        self.filterRow.addWidget(self.spocLabel)

        self.spocFilter = QComboBox(CasesPage)
        self.spocFilter.setObjectName(u"spocFilter")
        self.spocFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterRow.addWidget(self.spocFilter)

        self.statusLabel = QLabel(CasesPage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusFilter = QComboBox(CasesPage)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.offenceLabel = QLabel(CasesPage)
        self.offenceLabel.setObjectName(u"offenceLabel")

        self.filterRow.addWidget(self.offenceLabel)

        self.offenceFilter = QComboBox(CasesPage)
        self.offenceFilter.setObjectName(u"offenceFilter")

        self.filterRow.addWidget(self.offenceFilter)

        self.enhancedOnly = QCheckBox(CasesPage)
        self.enhancedOnly.setObjectName(u"enhancedOnly")

        self.filterRow.addWidget(self.enhancedOnly)

        self.overdueOnly = QCheckBox(CasesPage)
        self.overdueOnly.setObjectName(u"overdueOnly")

        self.filterRow.addWidget(self.overdueOnly)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.table = QTableView(CasesPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

#if QT_CONFIG(shortcut)
        self.spocLabel.setBuddy(self.spocFilter)
        self.statusLabel.setBuddy(self.statusFilter)
        self.offenceLabel.setBuddy(self.offenceFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.spocFilter)
        QWidget.setTabOrder(self.spocFilter, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.offenceFilter)
        QWidget.setTabOrder(self.offenceFilter, self.enhancedOnly)
        QWidget.setTabOrder(self.enhancedOnly, self.overdueOnly)
        QWidget.setTabOrder(self.overdueOnly, self.table)

        self.retranslateUi(CasesPage)

        QMetaObject.connectSlotsByName(CasesPage)
    # setupUi

    def retranslateUi(self, CasesPage):
        self.title.setText(QCoreApplication.translate("CasesPage", u"Cases", None))
        self.title.setProperty(u"class", QCoreApplication.translate("CasesPage", u"pageTitle", None))
        self.search.setPlaceholderText(QCoreApplication.translate("CasesPage", u"Search by name, case ref, crime reference or postcode (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("CasesPage", u"Search cases", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("CasesPage", u"Number of cases shown", None))
#endif // QT_CONFIG(accessibility)
        self.spocLabel.setText(QCoreApplication.translate("CasesPage", u"&SPOC", None))
#if QT_CONFIG(accessibility)
        self.spocFilter.setAccessibleName(QCoreApplication.translate("CasesPage", u"Filter by SPOC", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText(QCoreApplication.translate("CasesPage", u"St&atus", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("CasesPage", u"Filter by status", None))
#endif // QT_CONFIG(accessibility)
        self.offenceLabel.setText(QCoreApplication.translate("CasesPage", u"&Offence", None))
#if QT_CONFIG(accessibility)
        self.offenceFilter.setAccessibleName(QCoreApplication.translate("CasesPage", u"Filter by offence", None))
#endif // QT_CONFIG(accessibility)
        self.enhancedOnly.setText(QCoreApplication.translate("CasesPage", u"&Enhanced only", None))
        self.overdueOnly.setText(QCoreApplication.translate("CasesPage", u"O&verdue only", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CasesPage", u"Cases", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
