# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_CaseView(object):
    def setupUi(self, CaseView):
        if not CaseView.objectName():
            CaseView.setObjectName(u"CaseView")
        CaseView.resize(1000, 650)
        self.layout = QVBoxLayout(CaseView)
        self.layout.setObjectName(u"layout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.heading = QLabel(CaseView)
        self.heading.setObjectName(u"heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerRow.addWidget(self.heading)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.logContact = QPushButton(CaseView)
        self.logContact.setObjectName(u"logContact")

        self.headerRow.addWidget(self.logContact)


        self.layout.addLayout(self.headerRow)

        self.permissionBanner = QLabel(CaseView)
        self.permissionBanner.setObjectName(u"permissionBanner")
        self.permissionBanner.setWordWrap(True)

        self.layout.addWidget(self.permissionBanner)

        self.summary = QLabel(CaseView)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.tabs = QTabWidget(CaseView)
        self.tabs.setObjectName(u"tabs")

        self.layout.addWidget(self.tabs)


        self.retranslateUi(CaseView)

        QMetaObject.connectSlotsByName(CaseView)
    # setupUi

    def retranslateUi(self, CaseView):
        self.heading.setText("")
        self.heading.setProperty(u"class", QCoreApplication.translate("CaseView", u"pageTitle", None))
        self.logContact.setText(QCoreApplication.translate("CaseView", u"&Log contact\u2026", None))
#if QT_CONFIG(tooltip)
        self.logContact.setToolTip(QCoreApplication.translate("CaseView", u"Log a call, attempt, letter, e-mail, meeting or note (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.permissionBanner.setText("")
        self.permissionBanner.setProperty(u"class", QCoreApplication.translate("CaseView", u"dangerBanner", None))
#if QT_CONFIG(accessibility)
        self.permissionBanner.setAccessibleName(QCoreApplication.translate("CaseView", u"Contact safety warning", None))
#endif // QT_CONFIG(accessibility)
        self.summary.setText("")
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CaseView", u"Case details", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
