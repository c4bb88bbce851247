# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(420, 460)
        self.layout = QVBoxLayout(SignInDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SignInDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.filter = QLineEdit(SignInDialog)
        self.filter.setObjectName(u"filter")
        self.filter.setClearButtonEnabled(True)

        self.layout.addWidget(self.filter)

        self.staffList = QListWidget(SignInDialog)
        self.staffList.setObjectName(u"staffList")

        self.layout.addWidget(self.staffList)

        self.newPerson = QGroupBox(SignInDialog)
        self.newPerson.setObjectName(u"newPerson")
        self.newPersonLayout = QFormLayout(self.newPerson)
        self.newPersonLayout.setObjectName(u"newPersonLayout")
        self.nameLabel = QLabel(self.newPerson)
        self.nameLabel.setObjectName(u"nameLabel")

        self.newPersonLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.displayName = QLineEdit(self.newPerson)
        self.displayName.setObjectName(u"displayName")

        self.newPersonLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.usernameLabel = QLabel(self.newPerson)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.newPersonLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.newPerson)
        self.username.setObjectName(u"username")

        self.newPersonLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.username)

        self.roleLabel = QLabel(self.newPerson)
        self.roleLabel.setObjectName(u"roleLabel")

        self.newPersonLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(self.newPerson)
        self.role.setObjectName(u"role")

        self.newPersonLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role)

        self.addPerson = QPushButton(self.newPerson)
        self.addPerson.setObjectName(u"addPerson")

        self.newPersonLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addPerson)

        self.problem = QLabel(self.newPerson)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.newPersonLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.problem)


        self.layout.addWidget(self.newPerson)

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.displayName)
        self.usernameLabel.setBuddy(self.username)
        self.roleLabel.setBuddy(self.role)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.filter, self.staffList)
        QWidget.setTabOrder(self.staffList, self.displayName)
        QWidget.setTabOrder(self.displayName, self.username)
        QWidget.setTabOrder(self.username, self.role)
        QWidget.setTabOrder(self.role, self.addPerson)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Who is using VAL Desktop?", None))
        self.intro.setText(QCoreApplication.translate("SignInDialog", u"This workstation works on its own store. Choose who you are; your name goes on everything you record.", None))
        self.filter.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"Type to find your name", None))
#if QT_CONFIG(accessibility)
        self.filter.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Find your name", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.staffList.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Staff", None))
#endif // QT_CONFIG(accessibility)
        self.newPerson.setTitle(QCoreApplication.translate("SignInDialog", u"Not in the list? Add yourself", None))
        self.nameLabel.setText(QCoreApplication.translate("SignInDialog", u"Full &name", None))
#if QT_CONFIG(accessibility)
        self.displayName.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Full name", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("SignInDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("SignInDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.username.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"e.g. a.khan", None))
        self.roleLabel.setText(QCoreApplication.translate("SignInDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.addPerson.setText(QCoreApplication.translate("SignInDialog", u"&Add and sign in", None))
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("SignInDialog", u"fieldError", None))
    # retranslateUi
