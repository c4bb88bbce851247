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
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_FeedbackDialog(object):
    def setupUi(self, FeedbackDialog):
        if not FeedbackDialog.objectName():
            FeedbackDialog.setObjectName(u"FeedbackDialog")
        FeedbackDialog.resize(540, 380)
        self.layout = QVBoxLayout(FeedbackDialog)
        self.layout.setObjectName(u"layout")
        self.explanation = QLabel(FeedbackDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.givenOnLabel = QLabel(FeedbackDialog)
        self.givenOnLabel.setObjectName(u"givenOnLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.givenOnLabel)

        self.givenOn = QDateEdit(FeedbackDialog)
        self.givenOn.setObjectName(u"givenOn")
        self.givenOn.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.givenOn)

        self.occasionLabel = QLabel(FeedbackDialog)
        self.occasionLabel.setObjectName(u"occasionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occasionLabel)

        self.occasion = QComboBox(FeedbackDialog)
        self.occasion.setObjectName(u"occasion")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occasion)

        self.satisfactionLabel = QLabel(FeedbackDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfaction = QComboBox(FeedbackDialog)
        self.satisfaction.setObjectName(u"satisfaction")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.satisfaction)

        self.copeLabel = QLabel(FeedbackDialog)
        self.copeLabel.setObjectName(u"copeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.copeLabel)

        self.cope = QComboBox(FeedbackDialog)
        self.cope.setObjectName(u"cope")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cope)

        self.couldBeBetterLabel = QLabel(FeedbackDialog)
        self.couldBeBetterLabel.setObjectName(u"couldBeBetterLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.couldBeBetterLabel)

        self.couldBeBetter = QPlainTextEdit(FeedbackDialog)
        self.couldBeBetter.setObjectName(u"couldBeBetter")
        self.couldBeBetter.setTabChangesFocus(True)
        self.couldBeBetter.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.couldBeBetter)

        self.userGroupLabel = QLabel(FeedbackDialog)
        self.userGroupLabel.setObjectName(u"userGroupLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.userGroupLabel)

        self.userGroup = QCheckBox(FeedbackDialog)
        self.userGroup.setObjectName(u"userGroup")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.userGroup)


        self.layout.addLayout(self.form)

        self.problem = QLabel(FeedbackDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(FeedbackDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.givenOnLabel.setBuddy(self.givenOn)
        self.occasionLabel.setBuddy(self.occasion)
        self.satisfactionLabel.setBuddy(self.satisfaction)
        self.copeLabel.setBuddy(self.cope)
        self.couldBeBetterLabel.setBuddy(self.couldBeBetter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.givenOn, self.occasion)
        QWidget.setTabOrder(self.occasion, self.satisfaction)
        QWidget.setTabOrder(self.satisfaction, self.cope)
        QWidget.setTabOrder(self.cope, self.couldBeBetter)
        QWidget.setTabOrder(self.couldBeBetter, self.userGroup)
        QWidget.setTabOrder(self.userGroup, self.buttons)

        self.retranslateUi(FeedbackDialog)

        QMetaObject.connectSlotsByName(FeedbackDialog)
    # setupUi

    def retranslateUi(self, FeedbackDialog):
        FeedbackDialog.setWindowTitle(QCoreApplication.translate("FeedbackDialog", u"Feedback from the victim", None))
        self.explanation.setText(QCoreApplication.translate("FeedbackDialog", u"Record what the victim told us, in their words where you can. Leave a question as 'Not answered' if they did not answer it.", None))
        self.explanation.setProperty(u"class", QCoreApplication.translate("FeedbackDialog", u"muted", None))
        self.givenOnLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Given on", None))
#if QT_CONFIG(accessibility)
        self.givenOn.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Given on", None))
#endif // QT_CONFIG(accessibility)
        self.givenOn.setDisplayFormat(QCoreApplication.translate("FeedbackDialog", u"ddd dd MMM yyyy", None))
        self.occasionLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&When", None))
#if QT_CONFIG(accessibility)
        self.occasion.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"When the feedback was given", None))
#endif // QT_CONFIG(accessibility)
        self.satisfactionLabel.setText(QCoreApplication.translate("FeedbackDialog", u"&Satisfaction", None))
#if QT_CONFIG(accessibility)
        self.satisfaction.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Satisfaction", None))
#endif // QT_CONFIG(accessibility)
        self.copeLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Better able to &cope and recover", None))
#if QT_CONFIG(accessibility)
        self.cope.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Better able to cope and recover", None))
#endif // QT_CONFIG(accessibility)
        self.couldBeBetterLabel.setText(QCoreApplication.translate("FeedbackDialog", u"What could be &better", None))
#if QT_CONFIG(accessibility)
        self.couldBeBetter.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"What could be better", None))
#endif // QT_CONFIG(accessibility)
        self.userGroupLabel.setText(QCoreApplication.translate("FeedbackDialog", u"Service user group", None))
        self.userGroup.setText(QCoreApplication.translate("FeedbackDialog", u"Agrees to be contacted by the service &user group", None))
#if QT_CONFIG(accessibility)
        self.userGroup.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Agrees to be contacted by the service user group", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("FeedbackDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("FeedbackDialog", u"Why this cannot be saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
