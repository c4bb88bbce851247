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
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_CaseContactsTab(object):
    def setupUi(self, CaseContactsTab):
        if not CaseContactsTab.objectName():
            CaseContactsTab.setObjectName(u"CaseContactsTab")
        CaseContactsTab.resize(1000, 600)
        self.layout = QVBoxLayout(CaseContactsTab)
        self.layout.setObjectName(u"layout")
        self.toolbar = QHBoxLayout()
        self.toolbar.setObjectName(u"toolbar")
        self.logContact = QPushButton(CaseContactsTab)
        self.logContact.setObjectName(u"logContact")

        self.toolbar.addWidget(self.logContact)

        self.signpost = QPushButton(CaseContactsTab)
        self.signpost.setObjectName(u"signpost")

        self.toolbar.addWidget(self.signpost)

        self.showLabel = QLabel(CaseContactsTab)
        self.showLabel.setObjectName(u"showLabel")

        self.toolbar.addWidget(self.showLabel)

        self.show = QComboBox(CaseContactsTab)
        self.show.setObjectName(u"show")
        self.show.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbar.addWidget(self.show)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbar.addItem(self.toolbarSpacer)

        self.count = QLabel(CaseContactsTab)
        self.count.setObjectName(u"count")

        self.toolbar.addWidget(self.count)


        self.layout.addLayout(self.toolbar)

        self.splitter = QSplitter(CaseContactsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.timeline = QTableView(self.splitter)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(False)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.splitter.addWidget(self.timeline)
        self.timeline.horizontalHeader().setStretchLastSection(False)
        self.timeline.verticalHeader().setVisible(False)
        self.detail = QLabel(self.splitter)
        self.detail.setObjectName(u"detail")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse|Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.detail.setMinimumSize(QSize(0, 60))
        self.detail.setMargin(6)
        self.splitter.addWidget(self.detail)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.showLabel.setBuddy(self.show)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.logContact, self.signpost)
        QWidget.setTabOrder(self.signpost, self.show)
        QWidget.setTabOrder(self.show, self.timeline)
        QWidget.setTabOrder(self.timeline, self.detail)

        self.retranslateUi(CaseContactsTab)

        QMetaObject.connectSlotsByName(CaseContactsTab)
    # setupUi

    def retranslateUi(self, CaseContactsTab):
        self.logContact.setText(QCoreApplication.translate("CaseContactsTab", u"Log contact\u2026", None))
#if QT_CONFIG(tooltip)
        self.logContact.setToolTip(QCoreApplication.translate("CaseContactsTab", u"Log a call, attempt, letter, e-mail, visit, meeting or note (Ctrl+L)", None))
#endif // QT_CONFIG(tooltip)
        self.signpost.setText(QCoreApplication.translate("CaseContactsTab", u"Signpost to a ser&vice\u2026", None))
#if QT_CONFIG(tooltip)
        self.signpost.setToolTip(QCoreApplication.translate("CaseContactsTab", u"Give the victim a service's details from the directory, and log it", None))
#endif // QT_CONFIG(tooltip)
        self.showLabel.setText(QCoreApplication.translate("CaseContactsTab", u"Sho&w", None))
#if QT_CONFIG(accessibility)
        self.show.setAccessibleName(QCoreApplication.translate("CaseContactsTab", u"Show which entries", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("CaseContactsTab", u"Number of timeline entries shown", None))
#endif // QT_CONFIG(accessibility)
        self.count.setProperty(u"class", QCoreApplication.translate("CaseContactsTab", u"muted", None))
#if QT_CONFIG(accessibility)
        self.timeline.setAccessibleName(QCoreApplication.translate("CaseContactsTab", u"Timeline, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.detail.setText("")
#if QT_CONFIG(accessibility)
        self.detail.setAccessibleName(QCoreApplication.translate("CaseContactsTab", u"The chosen entry in full", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
