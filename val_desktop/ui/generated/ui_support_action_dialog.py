# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SupportActionDialog(object):
    def setupUi(self, SupportActionDialog):
        if not SupportActionDialog.objectName():
            SupportActionDialog.setObjectName(u"SupportActionDialog")
        SupportActionDialog.resize(620, 330)
        self.layout = QVBoxLayout(SupportActionDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.domainLabel = QLabel(SupportActionDialog)
        self.domainLabel.setObjectName(u"domainLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.domainLabel)

        self.domainRow = QHBoxLayout()
        self.domainRow.setObjectName(u"domainRow")
        self.domain = QComboBox(SupportActionDialog)
        self.domain.setObjectName(u"domain")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.domain.sizePolicy().hasHeightForWidth())
        self.domain.setSizePolicy(sizePolicy)

        self.domainRow.addWidget(self.domain)

        self.domainScore = QLabel(SupportActionDialog)
        self.domainScore.setObjectName(u"domainScore")

        self.domainRow.addWidget(self.domainScore)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.domainRow)

        self.actionLabel = QLabel(SupportActionDialog)
        self.actionLabel.setObjectName(u"actionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.action = QPlainTextEdit(SupportActionDialog)
        self.action.setObjectName(u"action")
        self.action.setTabChangesFocus(True)
        self.action.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.action)

        self.ownerLabel = QLabel(SupportActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.owner = QComboBox(SupportActionDialog)
        self.owner.setObjectName(u"owner")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.owner)

        self.dueLabel = QLabel(SupportActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.due = QDateEdit(SupportActionDialog)
        self.due.setObjectName(u"due")
        self.due.setCalendarPopup(True)

        self.dueRow.addWidget(self.due)

        self.dueHint = QLabel(SupportActionDialog)
        self.dueHint.setObjectName(u"dueHint")

        self.dueRow.addWidget(self.dueHint)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueRow.addItem(self.dueSpacer)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dueRow)

        self.providerLabel = QLabel(SupportActionDialog)
        self.providerLabel.setObjectName(u"providerLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.providerLabel)

        self.provider = QComboBox(SupportActionDialog)
        self.provider.setObjectName(u"provider")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.provider)

        self.done = QCheckBox(SupportActionDialog)
        self.done.setObjectName(u"done")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.done)


        self.layout.addLayout(self.form)

        self.problem = QLabel(SupportActionDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttons = QDialogButtonBox(SupportActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.domainLabel.setBuddy(self.domain)
        self.actionLabel.setBuddy(self.action)
        self.ownerLabel.setBuddy(self.owner)
        self.dueLabel.setBuddy(self.due)
        self.providerLabel.setBuddy(self.provider)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.domain, self.action)
        QWidget.setTabOrder(self.action, self.owner)
        QWidget.setTabOrder(self.owner, self.due)
        QWidget.setTabOrder(self.due, self.provider)
        QWidget.setTabOrder(self.provider, self.done)
        QWidget.setTabOrder(self.done, self.buttons)

        self.retranslateUi(SupportActionDialog)

        QMetaObject.connectSlotsByName(SupportActionDialog)
    # setupUi

    def retranslateUi(self, SupportActionDialog):
        SupportActionDialog.setWindowTitle(QCoreApplication.translate("SupportActionDialog", u"Support plan action", None))
        self.domainLabel.setText(QCoreApplication.translate("SupportActionDialog", u"&Need", None))
#if QT_CONFIG(accessibility)
        self.domain.setAccessibleName(QCoreApplication.translate("SupportActionDialog", u"Need", None))
#endif // QT_CONFIG(accessibility)
        self.domainScore.setText("")
        self.domainScore.setProperty(u"class", QCoreApplication.translate("SupportActionDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.domainScore.setAccessibleName(QCoreApplication.translate("SupportActionDialog", u"Latest score for this need", None))
#endif // QT_CONFIG(accessibility)
        self.actionLabel.setText(QCoreApplication.translate("SupportActionDialog", u"&Action", None))
#if QT_CONFIG(accessibility)
        self.action.setAccessibleName(QCoreApplication.translate("SupportActionDialog", u"Action", None))
#endif // QT_CONFIG(accessibility)
        self.action.setPlaceholderText(QCoreApplication.translate("SupportActionDialog", u"What will be done, e.g. \"Refer to the Independent Domestic Violence Adviser service\"", None))
        self.ownerLabel.setText(QCoreApplication.translate("SupportActionDialog", u"&Owner", None))
#if QT_CONFIG(accessibility)
        self.owner.setAccessibleName(QCoreApplication.translate("SupportActionDialog", u"Owner", None))
#endif // QT_CONFIG(accessibility)
        self.dueLabel.setText(QCoreApplication.translate("SupportActionDialog", u"D&ue", None))
#if QT_CONFIG(accessibility)
        self.due.setAccessibleName(QCoreApplication.translate("SupportActionDialog", u"Due date", None))
#endif // QT_CONFIG(accessibility)
        self.due.setDisplayFormat(QCoreApplication.translate("SupportActionDialog", u"ddd dd MMM yyyy", None))
        self.dueHint.setText("")
        self.dueHint.setProperty(u"class", QCoreApplication.translate("SupportActionDialog", u"muted", None))
        self.providerLabel.setText(QCoreApplication.translate("SupportActionDialog", u"&Provider", None))
#if QT_CONFIG(accessibility)
        self.provider.setAccessibleName(QCoreApplication.translate("SupportActionDialog", u"Support service (optional)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.provider.setToolTip(QCoreApplication.translate("SupportActionDialog", u"Optional: the service from the directory that will help. Services for the chosen need come first.", None))
#endif // QT_CONFIG(tooltip)
        self.done.setText(QCoreApplication.translate("SupportActionDialog", u"&Done", None))
#if QT_CONFIG(accessibility)
        self.done.setAccessibleName(QCoreApplication.translate("SupportActionDialog", u"Action done", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("SupportActionDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("SupportActionDialog", u"What needs fixing", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
