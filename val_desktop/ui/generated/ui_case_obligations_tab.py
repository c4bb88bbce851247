# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_CaseObligationsTab(object):
    def setupUi(self, CaseObligationsTab):
        if not CaseObligationsTab.objectName():
            CaseObligationsTab.setObjectName(u"CaseObligationsTab")
        CaseObligationsTab.resize(1000, 600)
        self.layout = QVBoxLayout(CaseObligationsTab)
        self.layout.setObjectName(u"layout")
        self.counts = QLabel(CaseObligationsTab)
        self.counts.setObjectName(u"counts")
        self.counts.setWordWrap(True)

        self.layout.addWidget(self.counts)

        self.table = QTableView(CaseObligationsTab)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)

        self.layout.addWidget(self.table)

        self.lateBox = QGroupBox(CaseObligationsTab)
        self.lateBox.setObjectName(u"lateBox")
        self.lateLayout = QGridLayout(self.lateBox)
        self.lateLayout.setObjectName(u"lateLayout")
        self.lateReasonLabel = QLabel(self.lateBox)
        self.lateReasonLabel.setObjectName(u"lateReasonLabel")

        self.lateLayout.addWidget(self.lateReasonLabel, 0, 0, 1, 1)

        self.lateReason = QLineEdit(self.lateBox)
        self.lateReason.setObjectName(u"lateReason")
        self.lateReason.setMaxLength(1000)

        self.lateLayout.addWidget(self.lateReason, 0, 1, 1, 1)

        self.saveLateReason = QPushButton(self.lateBox)
        self.saveLateReason.setObjectName(u"saveLateReason")

        self.lateLayout.addWidget(self.saveLateReason, 0, 2, 1, 1)

        self.lateProblem = QLabel(self.lateBox)
        self.lateProblem.setObjectName(u"lateProblem")
        self.lateProblem.setWordWrap(True)

        self.lateLayout.addWidget(self.lateProblem, 1, 1, 1, 2)


        self.layout.addWidget(self.lateBox)

#if QT_CONFIG(shortcut)
        self.lateReasonLabel.setBuddy(self.lateReason)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table, self.lateReason)
        QWidget.setTabOrder(self.lateReason, self.saveLateReason)

        self.retranslateUi(CaseObligationsTab)

        QMetaObject.connectSlotsByName(CaseObligationsTab)
    # setupUi

    def retranslateUi(self, CaseObligationsTab):
        self.counts.setText("")
#if QT_CONFIG(accessibility)
        self.counts.setAccessibleName(QCoreApplication.translate("CaseObligationsTab", u"Obligations by status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("CaseObligationsTab", u"Victims' Code obligations", None))
#endif // QT_CONFIG(accessibility)
        self.lateBox.setTitle(QCoreApplication.translate("CaseObligationsTab", u"Why was it late?", None))
        self.lateReasonLabel.setText(QCoreApplication.translate("CaseObligationsTab", u"Late &reason", None))
#if QT_CONFIG(accessibility)
        self.lateReason.setAccessibleName(QCoreApplication.translate("CaseObligationsTab", u"Late reason", None))
#endif // QT_CONFIG(accessibility)
        self.lateReason.setPlaceholderText(QCoreApplication.translate("CaseObligationsTab", u"Choose an obligation that is overdue or was met late, then say why", None))
        self.saveLateReason.setText(QCoreApplication.translate("CaseObligationsTab", u"Sa&ve late reason", None))
        self.lateProblem.setText("")
        self.lateProblem.setProperty(u"class", QCoreApplication.translate("CaseObligationsTab", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.lateProblem.setAccessibleName(QCoreApplication.translate("CaseObligationsTab", u"Problem with the late reason", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
