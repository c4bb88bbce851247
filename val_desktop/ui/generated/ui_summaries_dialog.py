# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QProgressBar,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SummariesDialog(object):
    def setupUi(self, SummariesDialog):
        if not SummariesDialog.objectName():
            SummariesDialog.setObjectName(u"SummariesDialog")
        SummariesDialog.resize(640, 300)
        self.layout = QVBoxLayout(SummariesDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(SummariesDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.whoseLabel = QLabel(SummariesDialog)
        self.whoseLabel.setObjectName(u"whoseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whoseLabel)

        self.whoseRow = QHBoxLayout()
        self.whoseRow.setObjectName(u"whoseRow")
        self.whose = QComboBox(SummariesDialog)
        self.whose.setObjectName(u"whose")
        self.whose.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.whose.setMinimumContentsLength(30)

        self.whoseRow.addWidget(self.whose)

        self.count = QLabel(SummariesDialog)
        self.count.setObjectName(u"count")

        self.whoseRow.addWidget(self.count)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.whoseRow)

        self.shapeLabel = QLabel(SummariesDialog)
        self.shapeLabel.setObjectName(u"shapeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.shapeLabel)

        self.shapeRow = QHBoxLayout()
        self.shapeRow.setObjectName(u"shapeRow")
        self.oneFile = QRadioButton(SummariesDialog)
        self.oneFile.setObjectName(u"oneFile")
        self.oneFile.setChecked(True)

        self.shapeRow.addWidget(self.oneFile)

        self.perCase = QRadioButton(SummariesDialog)
        self.perCase.setObjectName(u"perCase")

        self.shapeRow.addWidget(self.perCase)

        self.shapeSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.shapeRow.addItem(self.shapeSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.shapeRow)

        self.targetLabel = QLabel(SummariesDialog)
        self.targetLabel.setObjectName(u"targetLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.targetLabel)

        self.targetRow = QHBoxLayout()
        self.targetRow.setObjectName(u"targetRow")
        self.target = QLineEdit(SummariesDialog)
        self.target.setObjectName(u"target")

        self.targetRow.addWidget(self.target)

        self.browse = QPushButton(SummariesDialog)
        self.browse.setObjectName(u"browse")
        self.browse.setAutoDefault(False)

        self.targetRow.addWidget(self.browse)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.targetRow)


        self.layout.addLayout(self.form)

        self.progress = QProgressBar(SummariesDialog)
        self.progress.setObjectName(u"progress")
        self.progress.setValue(0)

        self.layout.addWidget(self.progress)

        self.status = QLabel(SummariesDialog)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

        self.problem = QLabel(SummariesDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.bottomSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.start = QPushButton(SummariesDialog)
        self.start.setObjectName(u"start")

        self.buttonRow.addWidget(self.start)

        self.stop = QPushButton(SummariesDialog)
        self.stop.setObjectName(u"stop")
        self.stop.setAutoDefault(False)

        self.buttonRow.addWidget(self.stop)

        self.close = QPushButton(SummariesDialog)
        self.close.setObjectName(u"close")
        self.close.setAutoDefault(False)

        self.buttonRow.addWidget(self.close)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.whoseLabel.setBuddy(self.whose)
        self.targetLabel.setBuddy(self.target)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whose, self.oneFile)
        QWidget.setTabOrder(self.oneFile, self.perCase)
        QWidget.setTabOrder(self.perCase, self.target)
        QWidget.setTabOrder(self.target, self.browse)
        QWidget.setTabOrder(self.browse, self.start)
        QWidget.setTabOrder(self.start, self.stop)
        QWidget.setTabOrder(self.stop, self.close)

        self.retranslateUi(SummariesDialog)

        self.start.setDefault(True)


        QMetaObject.connectSlotsByName(SummariesDialog)
    # setupUi

    def retranslateUi(self, SummariesDialog):
        SummariesDialog.setWindowTitle(QCoreApplication.translate("SummariesDialog", u"Print case summaries", None))
        self.intro.setText(QCoreApplication.translate("SummariesDialog", u"Case summaries of open cases, for supervisors: each is marked OFFICIAL-SENSITIVE and says on every page who printed it and when. They are made in the background; you can stop at any time.", None))
        self.whoseLabel.setText(QCoreApplication.translate("SummariesDialog", u"&Whose open cases", None))
#if QT_CONFIG(accessibility)
        self.whose.setAccessibleName(QCoreApplication.translate("SummariesDialog", u"Whose open cases", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
        self.count.setProperty(u"class", QCoreApplication.translate("SummariesDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("SummariesDialog", u"Number of open cases", None))
#endif // QT_CONFIG(accessibility)
        self.shapeLabel.setText(QCoreApplication.translate("SummariesDialog", u"Make", None))
        self.oneFile.setText(QCoreApplication.translate("SummariesDialog", u"&One PDF with every case", None))
#if QT_CONFIG(accessibility)
        self.oneFile.setAccessibleName(QCoreApplication.translate("SummariesDialog", u"One PDF with every case", None))
#endif // QT_CONFIG(accessibility)
        self.perCase.setText(QCoreApplication.translate("SummariesDialog", u"One PDF &per case", None))
#if QT_CONFIG(accessibility)
        self.perCase.setAccessibleName(QCoreApplication.translate("SummariesDialog", u"One PDF per case", None))
#endif // QT_CONFIG(accessibility)
        self.targetLabel.setText(QCoreApplication.translate("SummariesDialog", u"Save &to", None))
#if QT_CONFIG(accessibility)
        self.target.setAccessibleName(QCoreApplication.translate("SummariesDialog", u"File or folder to save to", None))
#endif // QT_CONFIG(accessibility)
        self.browse.setText(QCoreApplication.translate("SummariesDialog", u"&Browse\u2026", None))
#if QT_CONFIG(accessibility)
        self.progress.setAccessibleName(QCoreApplication.translate("SummariesDialog", u"Progress", None))
#endif // QT_CONFIG(accessibility)
        self.status.setText("")
#if QT_CONFIG(accessibility)
        self.status.setAccessibleName(QCoreApplication.translate("SummariesDialog", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("SummariesDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("SummariesDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.start.setText(QCoreApplication.translate("SummariesDialog", u"&Make summaries", None))
        self.stop.setText(QCoreApplication.translate("SummariesDialog", u"&Stop", None))
#if QT_CONFIG(tooltip)
        self.stop.setToolTip(QCoreApplication.translate("SummariesDialog", u"Stop making summaries (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.close.setText(QCoreApplication.translate("SummariesDialog", u"&Close", None))
    # retranslateUi
