# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QTabWidget, QVBoxLayout,
    QWidget)

class Ui_LetterDialog(object):
    def setupUi(self, LetterDialog):
        if not LetterDialog.objectName():
            LetterDialog.setObjectName(u"LetterDialog")
        LetterDialog.resize(720, 560)
        self.layout = QVBoxLayout(LetterDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(LetterDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.permissionBanner = QLabel(LetterDialog)
        self.permissionBanner.setObjectName(u"permissionBanner")
        self.permissionBanner.setWordWrap(True)

        self.layout.addWidget(self.permissionBanner)

        self.tabs = QTabWidget(LetterDialog)
        self.tabs.setObjectName(u"tabs")
        self.serviceTab = QWidget()
        self.serviceTab.setObjectName(u"serviceTab")
        self.serviceForm = QFormLayout(self.serviceTab)
        self.serviceForm.setObjectName(u"serviceForm")
        self.providerLabel = QLabel(self.serviceTab)
        self.providerLabel.setObjectName(u"providerLabel")

        self.serviceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.provider = QComboBox(self.serviceTab)
        self.provider.setObjectName(u"provider")
        self.provider.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.provider.setMinimumContentsLength(40)

        self.serviceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.provider)

        self.consentLabel = QLabel(self.serviceTab)
        self.consentLabel.setObjectName(u"consentLabel")

        self.serviceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentRow = QHBoxLayout()
        self.consentRow.setObjectName(u"consentRow")
        self.consentStatus = QLabel(self.serviceTab)
        self.consentStatus.setObjectName(u"consentStatus")
        self.consentStatus.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.consentStatus.sizePolicy().hasHeightForWidth())
        self.consentStatus.setSizePolicy(sizePolicy)

        self.consentRow.addWidget(self.consentStatus)

        self.recordConsent = QPushButton(self.serviceTab)
        self.recordConsent.setObjectName(u"recordConsent")
        self.recordConsent.setAutoDefault(False)

        self.consentRow.addWidget(self.recordConsent)


        self.serviceForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.consentRow)

        self.sharedLabel = QLabel(self.serviceTab)
        self.sharedLabel.setObjectName(u"sharedLabel")

        self.serviceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sharedLabel)

        self.shared = QLabel(self.serviceTab)
        self.shared.setObjectName(u"shared")
        self.shared.setWordWrap(True)
        self.shared.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.serviceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shared)

        self.reasonLabel = QLabel(self.serviceTab)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.serviceForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(self.serviceTab)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 90))

        self.serviceForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reason)

        self.serviceSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.serviceForm.setItem(4, QFormLayout.ItemRole.FieldRole, self.serviceSpacer)

        self.tabs.addTab(self.serviceTab, "")
        self.victimTab = QWidget()
        self.victimTab.setObjectName(u"victimTab")
        self.victimForm = QFormLayout(self.victimTab)
        self.victimForm.setObjectName(u"victimForm")
        self.kindLabel = QLabel(self.victimTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.victimForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(self.victimTab)
        self.kind.setObjectName(u"kind")

        self.victimForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind)

        self.deliveryLabel = QLabel(self.victimTab)
        self.deliveryLabel.setObjectName(u"deliveryLabel")

        self.victimForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deliveryLabel)

        self.deliveryRow = QHBoxLayout()
        self.deliveryRow.setObjectName(u"deliveryRow")
        self.byPost = QRadioButton(self.victimTab)
        self.byPost.setObjectName(u"byPost")
        self.byPost.setChecked(True)

        self.deliveryRow.addWidget(self.byPost)

        self.byEmail = QRadioButton(self.victimTab)
        self.byEmail.setObjectName(u"byEmail")

        self.deliveryRow.addWidget(self.byEmail)

        self.deliverySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deliveryRow.addItem(self.deliverySpacer)


        self.victimForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.deliveryRow)

        self.largePrint = QCheckBox(self.victimTab)
        self.largePrint.setObjectName(u"largePrint")

        self.victimForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.largePrint)

        self.kindNote = QLabel(self.victimTab)
        self.kindNote.setObjectName(u"kindNote")
        self.kindNote.setWordWrap(True)

        self.victimForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindNote)

        self.victimSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.victimForm.setItem(4, QFormLayout.ItemRole.FieldRole, self.victimSpacer)

        self.tabs.addTab(self.victimTab, "")

        self.layout.addWidget(self.tabs)

        self.problem = QLabel(LetterDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(LetterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.providerLabel.setBuddy(self.provider)
        self.reasonLabel.setBuddy(self.reason)
        self.kindLabel.setBuddy(self.kind)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.provider)
        QWidget.setTabOrder(self.provider, self.recordConsent)
        QWidget.setTabOrder(self.recordConsent, self.reason)
        QWidget.setTabOrder(self.reason, self.kind)
        QWidget.setTabOrder(self.kind, self.byPost)
        QWidget.setTabOrder(self.byPost, self.byEmail)
        QWidget.setTabOrder(self.byEmail, self.largePrint)
        QWidget.setTabOrder(self.largePrint, self.buttons)

        self.retranslateUi(LetterDialog)

        QMetaObject.connectSlotsByName(LetterDialog)
    # setupUi

    def retranslateUi(self, LetterDialog):
        LetterDialog.setWindowTitle(QCoreApplication.translate("LetterDialog", u"Write a letter", None))
        self.intro.setText("")
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Case", None))
#endif // QT_CONFIG(accessibility)
        self.permissionBanner.setText("")
        self.permissionBanner.setProperty(u"class", QCoreApplication.translate("LetterDialog", u"dangerBanner", None))
#if QT_CONFIG(accessibility)
        self.permissionBanner.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Contact safety warning", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Who the letter is to", None))
#endif // QT_CONFIG(accessibility)
        self.providerLabel.setText(QCoreApplication.translate("LetterDialog", u"Se&rvice", None))
#if QT_CONFIG(accessibility)
        self.provider.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Service to refer to", None))
#endif // QT_CONFIG(accessibility)
        self.consentLabel.setText(QCoreApplication.translate("LetterDialog", u"Consent to share", None))
        self.consentStatus.setText("")
#if QT_CONFIG(accessibility)
        self.consentStatus.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Consent to share with this service", None))
#endif // QT_CONFIG(accessibility)
        self.recordConsent.setText(QCoreApplication.translate("LetterDialog", u"Record &consent\u2026", None))
#if QT_CONFIG(tooltip)
        self.recordConsent.setToolTip(QCoreApplication.translate("LetterDialog", u"Record that the victim agreed (or no longer agrees) to their details being shared with this service", None))
#endif // QT_CONFIG(tooltip)
        self.sharedLabel.setText(QCoreApplication.translate("LetterDialog", u"The letter shares", None))
        self.shared.setText("")
#if QT_CONFIG(accessibility)
        self.shared.setAccessibleName(QCoreApplication.translate("LetterDialog", u"What the letter shares", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("LetterDialog", u"&Why you are referring", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Why you are referring", None))
#endif // QT_CONFIG(accessibility)
        self.reason.setPlaceholderText(QCoreApplication.translate("LetterDialog", u"Optional: added to the needs the latest assessment found", None))
        self.tabs.setTabText(self.tabs.indexOf(self.serviceTab), QCoreApplication.translate("LetterDialog", u"To a &support service", None))
        self.kindLabel.setText(QCoreApplication.translate("LetterDialog", u"&Letter", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Which letter", None))
#endif // QT_CONFIG(accessibility)
        self.deliveryLabel.setText(QCoreApplication.translate("LetterDialog", u"Sent", None))
        self.byPost.setText(QCoreApplication.translate("LetterDialog", u"By p&ost", None))
#if QT_CONFIG(accessibility)
        self.byPost.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Send by post", None))
#endif // QT_CONFIG(accessibility)
        self.byEmail.setText(QCoreApplication.translate("LetterDialog", u"By &e-mail", None))
#if QT_CONFIG(accessibility)
        self.byEmail.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Send by e-mail", None))
#endif // QT_CONFIG(accessibility)
        self.largePrint.setText(QCoreApplication.translate("LetterDialog", u"Lar&ge print (16 point)", None))
#if QT_CONFIG(accessibility)
        self.largePrint.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Large print", None))
#endif // QT_CONFIG(accessibility)
        self.kindNote.setText("")
        self.kindNote.setProperty(u"class", QCoreApplication.translate("LetterDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.kindNote.setAccessibleName(QCoreApplication.translate("LetterDialog", u"What sending this letter records", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.victimTab), QCoreApplication.translate("LetterDialog", u"To the &victim", None))
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("LetterDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("LetterDialog", u"Why this letter cannot be written", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
