# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableView, QVBoxLayout,
    QWidget)

class Ui_CaseVoiceTab(object):
    def setupUi(self, CaseVoiceTab):
        if not CaseVoiceTab.objectName():
            CaseVoiceTab.setObjectName(u"CaseVoiceTab")
        CaseVoiceTab.resize(1100, 640)
        self.layout = QVBoxLayout(CaseVoiceTab)
        self.layout.setObjectName(u"layout")
        self.splitter = QSplitter(CaseVoiceTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.complaintsBox = QGroupBox(self.splitter)
        self.complaintsBox.setObjectName(u"complaintsBox")
        self.complaintsBoxLayout = QVBoxLayout(self.complaintsBox)
        self.complaintsBoxLayout.setObjectName(u"complaintsBoxLayout")
        self.complaints = QTableView(self.complaintsBox)
        self.complaints.setObjectName(u"complaints")
        self.complaints.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaints.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaints.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaints.setWordWrap(False)
        self.complaints.horizontalHeader().setStretchLastSection(True)
        self.complaints.verticalHeader().setVisible(False)

        self.complaintsBoxLayout.addWidget(self.complaints)

        self.complaintSteps = QLabel(self.complaintsBox)
        self.complaintSteps.setObjectName(u"complaintSteps")
        self.complaintSteps.setWordWrap(True)

        self.complaintsBoxLayout.addWidget(self.complaintSteps)

        self.complaintsBoxButtons = QHBoxLayout()
        self.complaintsBoxButtons.setObjectName(u"complaintsBoxButtons")
        self.newComplaint = QPushButton(self.complaintsBox)
        self.newComplaint.setObjectName(u"newComplaint")

        self.complaintsBoxButtons.addWidget(self.newComplaint)

        self.acknowledge = QPushButton(self.complaintsBox)
        self.acknowledge.setObjectName(u"acknowledge")

        self.complaintsBoxButtons.addWidget(self.acknowledge)

        self.respond = QPushButton(self.complaintsBox)
        self.respond.setObjectName(u"respond")

        self.complaintsBoxButtons.addWidget(self.respond)

        self.passOn = QPushButton(self.complaintsBox)
        self.passOn.setObjectName(u"passOn")

        self.complaintsBoxButtons.addWidget(self.passOn)

        self.complaintOutcome = QPushButton(self.complaintsBox)
        self.complaintOutcome.setObjectName(u"complaintOutcome")

        self.complaintsBoxButtons.addWidget(self.complaintOutcome)

        self.complaintsBoxStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.complaintsBoxButtons.addItem(self.complaintsBoxStretch)


        self.complaintsBoxLayout.addLayout(self.complaintsBoxButtons)

        self.splitter.addWidget(self.complaintsBox)
        self.vrrBox = QGroupBox(self.splitter)
        self.vrrBox.setObjectName(u"vrrBox")
        self.vrrBoxLayout = QVBoxLayout(self.vrrBox)
        self.vrrBoxLayout.setObjectName(u"vrrBoxLayout")
        self.reviews = QTableView(self.vrrBox)
        self.reviews.setObjectName(u"reviews")
        self.reviews.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviews.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviews.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviews.setWordWrap(False)
        self.reviews.horizontalHeader().setStretchLastSection(True)
        self.reviews.verticalHeader().setVisible(False)

        self.vrrBoxLayout.addWidget(self.reviews)

        self.vrrSteps = QLabel(self.vrrBox)
        self.vrrSteps.setObjectName(u"vrrSteps")
        self.vrrSteps.setWordWrap(True)

        self.vrrBoxLayout.addWidget(self.vrrSteps)

        self.vrrBoxButtons = QHBoxLayout()
        self.vrrBoxButtons.setObjectName(u"vrrBoxButtons")
        self.newReview = QPushButton(self.vrrBox)
        self.newReview.setObjectName(u"newReview")

        self.vrrBoxButtons.addWidget(self.newReview)

        self.localResolution = QPushButton(self.vrrBox)
        self.localResolution.setObjectName(u"localResolution")

        self.vrrBoxButtons.addWidget(self.localResolution)

        self.independentReview = QPushButton(self.vrrBox)
        self.independentReview.setObjectName(u"independentReview")

        self.vrrBoxButtons.addWidget(self.independentReview)

        self.reviewOutcome = QPushButton(self.vrrBox)
        self.reviewOutcome.setObjectName(u"reviewOutcome")

        self.vrrBoxButtons.addWidget(self.reviewOutcome)

        self.vrrBoxStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vrrBoxButtons.addItem(self.vrrBoxStretch)


        self.vrrBoxLayout.addLayout(self.vrrBoxButtons)

        self.splitter.addWidget(self.vrrBox)
        self.feedbackBox = QGroupBox(self.splitter)
        self.feedbackBox.setObjectName(u"feedbackBox")
        self.feedbackBoxLayout = QVBoxLayout(self.feedbackBox)
        self.feedbackBoxLayout.setObjectName(u"feedbackBoxLayout")
        self.feedback = QTableView(self.feedbackBox)
        self.feedback.setObjectName(u"feedback")
        self.feedback.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feedback.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.feedback.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.feedback.setWordWrap(False)
        self.feedback.horizontalHeader().setStretchLastSection(True)
        self.feedback.verticalHeader().setVisible(False)

        self.feedbackBoxLayout.addWidget(self.feedback)

        self.feedbackBoxButtons = QHBoxLayout()
        self.feedbackBoxButtons.setObjectName(u"feedbackBoxButtons")
        self.newFeedback = QPushButton(self.feedbackBox)
        self.newFeedback.setObjectName(u"newFeedback")

        self.feedbackBoxButtons.addWidget(self.newFeedback)

        self.feedbackBoxStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feedbackBoxButtons.addItem(self.feedbackBoxStretch)


        self.feedbackBoxLayout.addLayout(self.feedbackBoxButtons)

        self.splitter.addWidget(self.feedbackBox)

        self.layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.complaints, self.newComplaint)
        QWidget.setTabOrder(self.newComplaint, self.acknowledge)
        QWidget.setTabOrder(self.acknowledge, self.respond)
        QWidget.setTabOrder(self.respond, self.passOn)
        QWidget.setTabOrder(self.passOn, self.complaintOutcome)
        QWidget.setTabOrder(self.complaintOutcome, self.reviews)
        QWidget.setTabOrder(self.reviews, self.newReview)
        QWidget.setTabOrder(self.newReview, self.localResolution)
        QWidget.setTabOrder(self.localResolution, self.independentReview)
        QWidget.setTabOrder(self.independentReview, self.reviewOutcome)
        QWidget.setTabOrder(self.reviewOutcome, self.feedback)
        QWidget.setTabOrder(self.feedback, self.newFeedback)

        self.retranslateUi(CaseVoiceTab)

        QMetaObject.connectSlotsByName(CaseVoiceTab)
    # setupUi

    def retranslateUi(self, CaseVoiceTab):
        self.complaintsBox.setTitle(QCoreApplication.translate("CaseVoiceTab", u"Complaints", None))
#if QT_CONFIG(accessibility)
        self.complaints.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Complaints", None))
#endif // QT_CONFIG(accessibility)
        self.complaintSteps.setText("")
#if QT_CONFIG(accessibility)
        self.complaintSteps.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"What is still to do", None))
#endif // QT_CONFIG(accessibility)
        self.newComplaint.setText(QCoreApplication.translate("CaseVoiceTab", u"Record a &complaint\u2026", None))
#if QT_CONFIG(accessibility)
        self.newComplaint.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Record a complaint", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledge.setText(QCoreApplication.translate("CaseVoiceTab", u"Ac&knowledge\u2026", None))
#if QT_CONFIG(accessibility)
        self.acknowledge.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Acknowledge", None))
#endif // QT_CONFIG(accessibility)
        self.respond.setText(QCoreApplication.translate("CaseVoiceTab", u"Full &response\u2026", None))
#if QT_CONFIG(accessibility)
        self.respond.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Full response", None))
#endif // QT_CONFIG(accessibility)
        self.passOn.setText(QCoreApplication.translate("CaseVoiceTab", u"&Pass on\u2026", None))
#if QT_CONFIG(accessibility)
        self.passOn.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Pass on", None))
#endif // QT_CONFIG(accessibility)
        self.complaintOutcome.setText(QCoreApplication.translate("CaseVoiceTab", u"Complaint &outcome\u2026", None))
#if QT_CONFIG(accessibility)
        self.complaintOutcome.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Complaint outcome", None))
#endif // QT_CONFIG(accessibility)
        self.vrrBox.setTitle(QCoreApplication.translate("CaseVoiceTab", u"Victims' Right to Review", None))
#if QT_CONFIG(accessibility)
        self.reviews.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Right to Review requests", None))
#endif // QT_CONFIG(accessibility)
        self.vrrSteps.setText("")
#if QT_CONFIG(accessibility)
        self.vrrSteps.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"What is still to do", None))
#endif // QT_CONFIG(accessibility)
        self.newReview.setText(QCoreApplication.translate("CaseVoiceTab", u"Record a re&view request\u2026", None))
#if QT_CONFIG(accessibility)
        self.newReview.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Record a review request", None))
#endif // QT_CONFIG(accessibility)
        self.localResolution.setText(QCoreApplication.translate("CaseVoiceTab", u"&Local resolution\u2026", None))
#if QT_CONFIG(accessibility)
        self.localResolution.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Local resolution", None))
#endif // QT_CONFIG(accessibility)
        self.independentReview.setText(QCoreApplication.translate("CaseVoiceTab", u"&Independent review\u2026", None))
#if QT_CONFIG(accessibility)
        self.independentReview.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Independent review", None))
#endif // QT_CONFIG(accessibility)
        self.reviewOutcome.setText(QCoreApplication.translate("CaseVoiceTab", u"Review o&utcome\u2026", None))
#if QT_CONFIG(accessibility)
        self.reviewOutcome.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Review outcome", None))
#endif // QT_CONFIG(accessibility)
        self.feedbackBox.setTitle(QCoreApplication.translate("CaseVoiceTab", u"Feedback from the victim", None))
#if QT_CONFIG(accessibility)
        self.feedback.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Feedback", None))
#endif // QT_CONFIG(accessibility)
        self.newFeedback.setText(QCoreApplication.translate("CaseVoiceTab", u"Record &feedback\u2026", None))
#if QT_CONFIG(accessibility)
        self.newFeedback.setAccessibleName(QCoreApplication.translate("CaseVoiceTab", u"Record feedback", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
