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
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_RJRegisterPage(object):
    def setupUi(self, RJRegisterPage):
        if not RJRegisterPage.objectName():
            RJRegisterPage.setObjectName(u"RJRegisterPage")
        RJRegisterPage.resize(1100, 640)
        self.layout = QVBoxLayout(RJRegisterPage)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(RJRegisterPage)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.counts = QLabel(RJRegisterPage)
        self.counts.setObjectName(u"counts")
        self.counts.setWordWrap(True)

        self.layout.addWidget(self.counts)

        self.filters = QHBoxLayout()
        self.filters.setObjectName(u"filters")
        self.openOnly = QCheckBox(RJRegisterPage)
        self.openOnly.setObjectName(u"openOnly")

        self.filters.addWidget(self.openOnly)

        self.mineOnly = QCheckBox(RJRegisterPage)
        self.mineOnly.setObjectName(u"mineOnly")

        self.filters.addWidget(self.mineOnly)

        self.stuckOnly = QCheckBox(RJRegisterPage)
        self.stuckOnly.setObjectName(u"stuckOnly")

        self.filters.addWidget(self.stuckOnly)

        self.filtersStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filters.addItem(self.filtersStretch)

        self.refreshButton = QPushButton(RJRegisterPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.filters.addWidget(self.refreshButton)


        self.layout.addLayout(self.filters)

        self.stuckBanner = QLabel(RJRegisterPage)
        self.stuckBanner.setObjectName(u"stuckBanner")
        self.stuckBanner.setWordWrap(True)

        self.layout.addWidget(self.stuckBanner)

        self.table = QTableView(RJRegisterPage)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.hint = QLabel(RJRegisterPage)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        QWidget.setTabOrder(self.openOnly, self.mineOnly)
        QWidget.setTabOrder(self.mineOnly, self.stuckOnly)
        QWidget.setTabOrder(self.stuckOnly, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.table)

        self.retranslateUi(RJRegisterPage)

        QMetaObject.connectSlotsByName(RJRegisterPage)
    # setupUi

    def retranslateUi(self, RJRegisterPage):
        self.title.setText(QCoreApplication.translate("RJRegisterPage", u"Restorative justice register", None))
        self.title.setProperty(u"class", QCoreApplication.translate("RJRegisterPage", u"pageTitle", None))
        self.counts.setText("")
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("RJRegisterPage", u"Referrals by stage", None))
#endif // QT_CONFIG(accessibility)
        self.openOnly.setText(QCoreApplication.translate("RJRegisterPage", u"&Open referrals only", None))
#if QT_CONFIG(accessibility)
        self.openOnly.setAccessibleName(QCoreApplication.translate("RJRegisterPage", u"Open referrals only", None))
#endif // QT_CONFIG(accessibility)
        self.mineOnly.setText(QCoreApplication.translate("RJRegisterPage", u"&Mine only (I facilitate)", None))
#if QT_CONFIG(accessibility)
        self.mineOnly.setAccessibleName(QCoreApplication.translate("RJRegisterPage", u"Mine only (I facilitate)", None))
#endif // QT_CONFIG(accessibility)
        self.stuckOnly.setText(QCoreApplication.translate("RJRegisterPage", u"&Stuck only", None))
#if QT_CONFIG(accessibility)
        self.stuckOnly.setAccessibleName(QCoreApplication.translate("RJRegisterPage", u"Stuck only", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("RJRegisterPage", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("RJRegisterPage", u"Refresh the register", None))
#endif // QT_CONFIG(accessibility)
        self.stuckBanner.setText("")
        self.stuckBanner.setProperty(u"class", QCoreApplication.translate("RJRegisterPage", u"warningBanner", None))
#if QT_CONFIG(accessibility)
        self.stuckBanner.setAccessibleName(QCoreApplication.translate("RJRegisterPage", u"Referrals stuck at a stage", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RJRegisterPage", u"Restorative justice referrals", None))
#endif // QT_CONFIG(accessibility)
        self.hint.setText(QCoreApplication.translate("RJRegisterPage", u"Enter or double-click opens the case. A referral is stuck when it has stayed at a stage longer than the limit for that stage.", None))
        self.hint.setProperty(u"class", QCoreApplication.translate("RJRegisterPage", u"muted", None))
        pass
    # retranslateUi
