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
    QTableView, QVBoxLayout, QWidget)

class Ui_CaseSpocTab(object):
    def setupUi(self, CaseSpocTab):
        if not CaseSpocTab.objectName():
            CaseSpocTab.setObjectName(u"CaseSpocTab")
        CaseSpocTab.resize(1100, 560)
        self.layout = QVBoxLayout(CaseSpocTab)
        self.layout.setObjectName(u"layout")
        self.currentTitle = QLabel(CaseSpocTab)
        self.currentTitle.setObjectName(u"currentTitle")

        self.layout.addWidget(self.currentTitle)

        self.currentRow = QHBoxLayout()
        self.currentRow.setObjectName(u"currentRow")
        self.currentText = QVBoxLayout()
        self.currentText.setObjectName(u"currentText")
        self.spocName = QLabel(CaseSpocTab)
        self.spocName.setObjectName(u"spocName")
        self.spocName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.currentText.addWidget(self.spocName)

        self.spocDetails = QLabel(CaseSpocTab)
        self.spocDetails.setObjectName(u"spocDetails")
        self.spocDetails.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.currentText.addWidget(self.spocDetails)


        self.currentRow.addLayout(self.currentText)

        self.reassign = QPushButton(CaseSpocTab)
        self.reassign.setObjectName(u"reassign")

        self.currentRow.addWidget(self.reassign)

        self.currentRow.setStretch(0, 1)

        self.layout.addLayout(self.currentRow)

        self.spocWarning = QLabel(CaseSpocTab)
        self.spocWarning.setObjectName(u"spocWarning")
        self.spocWarning.setWordWrap(True)

        self.layout.addWidget(self.spocWarning)

        self.historyTitleRow = QHBoxLayout()
        self.historyTitleRow.setObjectName(u"historyTitleRow")
        self.historyTitle = QLabel(CaseSpocTab)
        self.historyTitle.setObjectName(u"historyTitle")

        self.historyTitleRow.addWidget(self.historyTitle)

        self.historyCount = QLabel(CaseSpocTab)
        self.historyCount.setObjectName(u"historyCount")

        self.historyTitleRow.addWidget(self.historyCount)

        self.historySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.historyTitleRow.addItem(self.historySpacer)


        self.layout.addLayout(self.historyTitleRow)

        self.history = QTableView(CaseSpocTab)
        self.history.setObjectName(u"history")
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setAlternatingRowColors(True)
        self.history.setWordWrap(True)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().setVisible(False)

        self.layout.addWidget(self.history)

        QWidget.setTabOrder(self.reassign, self.history)

        self.retranslateUi(CaseSpocTab)

        QMetaObject.connectSlotsByName(CaseSpocTab)
    # setupUi

    def retranslateUi(self, CaseSpocTab):
        self.currentTitle.setText(QCoreApplication.translate("CaseSpocTab", u"Single point of contact (SPOC)", None))
        self.currentTitle.setProperty(u"class", QCoreApplication.translate("CaseSpocTab", u"sectionTitle", None))
        self.spocName.setText("")
        self.spocName.setProperty(u"class", QCoreApplication.translate("CaseSpocTab", u"pageTitle", None))
#if QT_CONFIG(accessibility)
        self.spocName.setAccessibleName(QCoreApplication.translate("CaseSpocTab", u"Current SPOC", None))
#endif // QT_CONFIG(accessibility)
        self.spocDetails.setText("")
#if QT_CONFIG(accessibility)
        self.spocDetails.setAccessibleName(QCoreApplication.translate("CaseSpocTab", u"Since when, and how to reach them", None))
#endif // QT_CONFIG(accessibility)
        self.reassign.setText(QCoreApplication.translate("CaseSpocTab", u"&Reassign SPOC\u2026", None))
#if QT_CONFIG(tooltip)
        self.reassign.setToolTip(QCoreApplication.translate("CaseSpocTab", u"Hand this case to another caseworker, with the reason", None))
#endif // QT_CONFIG(tooltip)
        self.spocWarning.setText("")
        self.spocWarning.setProperty(u"class", QCoreApplication.translate("CaseSpocTab", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.spocWarning.setAccessibleName(QCoreApplication.translate("CaseSpocTab", u"SPOC warning", None))
#endif // QT_CONFIG(accessibility)
        self.historyTitle.setText(QCoreApplication.translate("CaseSpocTab", u"Assignment history", None))
        self.historyTitle.setProperty(u"class", QCoreApplication.translate("CaseSpocTab", u"sectionTitle", None))
        self.historyCount.setText("")
        self.historyCount.setProperty(u"class", QCoreApplication.translate("CaseSpocTab", u"muted", None))
#if QT_CONFIG(accessibility)
        self.history.setAccessibleName(QCoreApplication.translate("CaseSpocTab", u"SPOC assignment history", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
