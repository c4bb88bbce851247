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
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_ConnectionDialog(object):
    def setupUi(self, ConnectionDialog):
        if not ConnectionDialog.objectName():
            ConnectionDialog.setObjectName(u"ConnectionDialog")
        ConnectionDialog.resize(560, 520)
        self.layout = QVBoxLayout(ConnectionDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(ConnectionDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hostLabel = QLabel(ConnectionDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QLineEdit(ConnectionDialog)
        self.host.setObjectName(u"host")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host)

        self.portLabel = QLabel(ConnectionDialog)
        self.portLabel.setObjectName(u"portLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.port = QSpinBox(ConnectionDialog)
        self.port.setObjectName(u"port")
        self.port.setMaximumSize(QSize(110, 16777215))
        self.port.setMinimum(1)
        self.port.setMaximum(65535)
        self.port.setValue(5432)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port)

        self.databaseLabel = QLabel(ConnectionDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.database = QLineEdit(ConnectionDialog)
        self.database.setObjectName(u"database")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database)

        self.loginLabel = QLabel(ConnectionDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.login = QLineEdit(ConnectionDialog)
        self.login.setObjectName(u"login")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.login)

        self.loginWarning = QLabel(ConnectionDialog)
        self.loginWarning.setObjectName(u"loginWarning")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.loginWarning.sizePolicy().hasHeightForWidth())
        self.loginWarning.setSizePolicy(sizePolicy)
        self.loginWarning.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.loginWarning)

        self.passwordLabel = QLabel(ConnectionDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(ConnectionDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password)

        self.rememberPassword = QCheckBox(ConnectionDialog)
        self.rememberPassword.setObjectName(u"rememberPassword")
        self.rememberPassword.setChecked(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.rememberPassword)

        self.passwordNote = QLabel(ConnectionDialog)
        self.passwordNote.setObjectName(u"passwordNote")
        sizePolicy.setHeightForWidth(self.passwordNote.sizePolicy().hasHeightForWidth())
        self.passwordNote.setSizePolicy(sizePolicy)
        self.passwordNote.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.passwordNote)

        self.tlsLabel = QLabel(ConnectionDialog)
        self.tlsLabel.setObjectName(u"tlsLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.tlsLabel)

        self.tlsMode = QComboBox(ConnectionDialog)
        self.tlsMode.setObjectName(u"tlsMode")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.tlsMode)

        self.tlsNote = QLabel(ConnectionDialog)
        self.tlsNote.setObjectName(u"tlsNote")
        sizePolicy.setHeightForWidth(self.tlsNote.sizePolicy().hasHeightForWidth())
        self.tlsNote.setSizePolicy(sizePolicy)
        self.tlsNote.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.tlsNote)

        self.intervalLabel = QLabel(ConnectionDialog)
        self.intervalLabel.setObjectName(u"intervalLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.intervalLabel)

        self.interval = QSpinBox(ConnectionDialog)
        self.interval.setObjectName(u"interval")
        self.interval.setMaximumSize(QSize(240, 16777215))
        self.interval.setMinimum(0)
        self.interval.setMaximum(240)
        self.interval.setValue(5)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.interval)


        self.layout.addLayout(self.form)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(ConnectionDialog)
        self.testButton.setObjectName(u"testButton")
        self.testButton.setAutoDefault(False)

        self.testRow.addWidget(self.testButton)

        self.testResult = QLabel(ConnectionDialog)
        self.testResult.setObjectName(u"testResult")
        self.testResult.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.testResult.sizePolicy().hasHeightForWidth())
        self.testResult.setSizePolicy(sizePolicy1)

        self.testRow.addWidget(self.testResult)


        self.layout.addLayout(self.testRow)

        self.problem = QLabel(ConnectionDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.bottomSpace = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpace)

        self.buttons = QDialogButtonBox(ConnectionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.hostLabel.setBuddy(self.host)
        self.portLabel.setBuddy(self.port)
        self.databaseLabel.setBuddy(self.database)
        self.loginLabel.setBuddy(self.login)
        self.passwordLabel.setBuddy(self.password)
        self.tlsLabel.setBuddy(self.tlsMode)
        self.intervalLabel.setBuddy(self.interval)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.host, self.port)
        QWidget.setTabOrder(self.port, self.database)
        QWidget.setTabOrder(self.database, self.login)
        QWidget.setTabOrder(self.login, self.password)
        QWidget.setTabOrder(self.password, self.rememberPassword)
        QWidget.setTabOrder(self.rememberPassword, self.tlsMode)
        QWidget.setTabOrder(self.tlsMode, self.interval)
        QWidget.setTabOrder(self.interval, self.testButton)
        QWidget.setTabOrder(self.testButton, self.buttons)

        self.retranslateUi(ConnectionDialog)

        QMetaObject.connectSlotsByName(ConnectionDialog)
    # setupUi

    def retranslateUi(self, ConnectionDialog):
        ConnectionDialog.setWindowTitle(QCoreApplication.translate("ConnectionDialog", u"Central database connection", None))
        self.intro.setText(QCoreApplication.translate("ConnectionDialog", u"VAL Desktop keeps working on this computer's own store and synchronises with the central database whenever it can reach it. Connect with your own login, never a shared one: what you send is recorded under your name.", None))
        self.hostLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Server", None))
#if QT_CONFIG(accessibility)
        self.host.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Server", None))
#endif // QT_CONFIG(accessibility)
        self.host.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"e.g. db.val.local", None))
        self.portLabel.setText(QCoreApplication.translate("ConnectionDialog", u"P&ort", None))
#if QT_CONFIG(accessibility)
        self.port.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Port", None))
#endif // QT_CONFIG(accessibility)
        self.databaseLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Database", None))
#if QT_CONFIG(accessibility)
        self.database.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Database", None))
#endif // QT_CONFIG(accessibility)
        self.database.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"e.g. val", None))
        self.loginLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Your &login", None))
#if QT_CONFIG(accessibility)
        self.login.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Your login", None))
#endif // QT_CONFIG(accessibility)
        self.login.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"your own database login, e.g. a.khan", None))
        self.loginWarning.setText("")
        self.loginWarning.setProperty(u"class", QCoreApplication.translate("ConnectionDialog", u"fieldError", None))
        self.passwordLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.rememberPassword.setText(QCoreApplication.translate("ConnectionDialog", u"&Remember the password in this computer's keychain", None))
#if QT_CONFIG(accessibility)
        self.rememberPassword.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Remember the password in this computer's keychain", None))
#endif // QT_CONFIG(accessibility)
        self.passwordNote.setText("")
        self.passwordNote.setProperty(u"class", QCoreApplication.translate("ConnectionDialog", u"muted", None))
        self.tlsLabel.setText(QCoreApplication.translate("ConnectionDialog", u"&Encryption (TLS)", None))
#if QT_CONFIG(accessibility)
        self.tlsMode.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Encryption (TLS)", None))
#endif // QT_CONFIG(accessibility)
        self.tlsNote.setText("")
        self.tlsNote.setProperty(u"class", QCoreApplication.translate("ConnectionDialog", u"muted", None))
        self.intervalLabel.setText(QCoreApplication.translate("ConnectionDialog", u"Synchronise e&very", None))
#if QT_CONFIG(accessibility)
        self.interval.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Synchronise every so many minutes", None))
#endif // QT_CONFIG(accessibility)
        self.interval.setSpecialValueText(QCoreApplication.translate("ConnectionDialog", u"only when I ask (F5)", None))
        self.interval.setSuffix(QCoreApplication.translate("ConnectionDialog", u" minutes", None))
        self.testButton.setText(QCoreApplication.translate("ConnectionDialog", u"&Test connection", None))
#if QT_CONFIG(tooltip)
        self.testButton.setToolTip(QCoreApplication.translate("ConnectionDialog", u"Try to reach the central database with these settings (nothing is saved or sent)", None))
#endif // QT_CONFIG(tooltip)
        self.testResult.setText("")
#if QT_CONFIG(accessibility)
        self.testResult.setAccessibleName(QCoreApplication.translate("ConnectionDialog", u"Result of the connection test", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("ConnectionDialog", u"fieldError", None))
    # retranslateUi
