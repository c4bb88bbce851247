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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RJStepDialog(object):
    def setupUi(self, RJStepDialog):
        if not RJStepDialog.objectName():
            RJStepDialog.setObjectName(u"RJStepDialog")
        RJStepDialog.resize(600, 420)
        self.layout = QVBoxLayout(RJStepDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(RJStepDialog)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.explanation = QLabel(RJStepDialog)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.layout.addWidget(self.explanation)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.onDateLabel = QLabel(RJStepDialog)
        self.onDateLabel.setObjectName(u"onDateLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.onDateLabel)

        self.onDate = QDateEdit(RJStepDialog)
        self.onDate.setObjectName(u"onDate")
        self.onDate.setCalendarPopup(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.onDate)

        self.partyLabel = QLabel(RJStepDialog)
        self.partyLabel.setObjectName(u"partyLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partyLabel)

        self.party = QComboBox(RJStepDialog)
        self.party.setObjectName(u"party")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.party)

        self.byWhomLabel = QLabel(RJStepDialog)
        self.byWhomLabel.setObjectName(u"byWhomLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.byWhomLabel)

        self.byWhom = QLineEdit(RJStepDialog)
        self.byWhom.setObjectName(u"byWhom")
        self.byWhom.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.byWhom)

        self.referenceLabel = QLabel(RJStepDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.reference = QLineEdit(RJStepDialog)
        self.reference.setObjectName(u"reference")
        self.reference.setMaxLength(100)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reference)

        self.suitableLabel = QLabel(RJStepDialog)
        self.suitableLabel.setObjectName(u"suitableLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.suitableLabel)

        self.suitable = QCheckBox(RJStepDialog)
        self.suitable.setObjectName(u"suitable")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.suitable)

        self.risksLabel = QLabel(RJStepDialog)
        self.risksLabel.setObjectName(u"risksLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.risksLabel)

        self.risks = QTableWidget(RJStepDialog)
        if (self.risks.columnCount() < 2):
            self.risks.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.risks.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.risks.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.risks.setObjectName(u"risks")
        self.risks.setMinimumSize(QSize(0, 120))
        self.risks.horizontalHeader().setStretchLastSection(True)
        self.risks.verticalHeader().setVisible(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.risks)

        self.methodLabel = QLabel(RJStepDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.method = QComboBox(RJStepDialog)
        self.method.setObjectName(u"method")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.method)

        self.scopeLabel = QLabel(RJStepDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeBox = QWidget(RJStepDialog)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeLayout = QHBoxLayout(self.scopeBox)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.scopeLayout.setContentsMargins(0, 0, 0, 0)
        self.scopeDirect = QCheckBox(self.scopeBox)
        self.scopeDirect.setObjectName(u"scopeDirect")

        self.scopeLayout.addWidget(self.scopeDirect)

        self.scopeShuttle = QCheckBox(self.scopeBox)
        self.scopeShuttle.setObjectName(u"scopeShuttle")

        self.scopeLayout.addWidget(self.scopeShuttle)

        self.scopeLetter = QCheckBox(self.scopeBox)
        self.scopeLetter.setObjectName(u"scopeLetter")

        self.scopeLayout.addWidget(self.scopeLetter)


        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.scopeBox)

        self.serviceLabel = QLabel(RJStepDialog)
        self.serviceLabel.setObjectName(u"serviceLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.serviceLabel)

        self.service = QComboBox(RJStepDialog)
        self.service.setObjectName(u"service")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.service)

        self.managerNameLabel = QLabel(RJStepDialog)
        self.managerNameLabel.setObjectName(u"managerNameLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.managerNameLabel)

        self.managerName = QLineEdit(RJStepDialog)
        self.managerName.setObjectName(u"managerName")
        self.managerName.setMaxLength(200)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.managerName)

        self.organisationLabel = QLabel(RJStepDialog)
        self.organisationLabel.setObjectName(u"organisationLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.organisationLabel)

        self.organisation = QLineEdit(RJStepDialog)
        self.organisation.setObjectName(u"organisation")
        self.organisation.setMaxLength(200)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.organisation)

        self.phoneLabel = QLabel(RJStepDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(RJStepDialog)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(40)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phone)

        self.emailLabel = QLabel(RJStepDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(RJStepDialog)
        self.email.setObjectName(u"email")
        self.email.setMaxLength(200)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.email)

        self.offenderStatusLabel = QLabel(RJStepDialog)
        self.offenderStatusLabel.setObjectName(u"offenderStatusLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.offenderStatusLabel)

        self.offenderStatus = QComboBox(RJStepDialog)
        self.offenderStatus.setObjectName(u"offenderStatus")

        self.form.setWidget(13, QFormLayout.ItemRole.FieldRole, self.offenderStatus)

        self.kindLabel = QLabel(RJStepDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(14, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kind = QComboBox(RJStepDialog)
        self.kind.setObjectName(u"kind")

        self.form.setWidget(14, QFormLayout.ItemRole.FieldRole, self.kind)

        self.itemsLabel = QLabel(RJStepDialog)
        self.itemsLabel.setObjectName(u"itemsLabel")

        self.form.setWidget(15, QFormLayout.ItemRole.LabelRole, self.itemsLabel)

        self.items = QTableWidget(RJStepDialog)
        if (self.items.columnCount() < 2):
            self.items.setColumnCount(2)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(0, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.items.setHorizontalHeaderItem(1, __qtablewidgetitem3)
        self.items.setObjectName(u"items")
        self.items.setMinimumSize(QSize(0, 120))
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.verticalHeader().setVisible(False)

        self.form.setWidget(15, QFormLayout.ItemRole.FieldRole, self.items)

        self.itemLabel = QLabel(RJStepDialog)
        self.itemLabel.setObjectName(u"itemLabel")

        self.form.setWidget(16, QFormLayout.ItemRole.LabelRole, self.itemLabel)

        self.item = QComboBox(RJStepDialog)
        self.item.setObjectName(u"item")

        self.form.setWidget(16, QFormLayout.ItemRole.FieldRole, self.item)

        self.itemResultLabel = QLabel(RJStepDialog)
        self.itemResultLabel.setObjectName(u"itemResultLabel")

        self.form.setWidget(17, QFormLayout.ItemRole.LabelRole, self.itemResultLabel)

        self.itemResult = QComboBox(RJStepDialog)
        self.itemResult.setObjectName(u"itemResult")

        self.form.setWidget(17, QFormLayout.ItemRole.FieldRole, self.itemResult)

        self.satisfactionLabel = QLabel(RJStepDialog)
        self.satisfactionLabel.setObjectName(u"satisfactionLabel")

        self.form.setWidget(18, QFormLayout.ItemRole.LabelRole, self.satisfactionLabel)

        self.satisfaction = QComboBox(RJStepDialog)
        self.satisfaction.setObjectName(u"satisfaction")

        self.form.setWidget(18, QFormLayout.ItemRole.FieldRole, self.satisfaction)

        self.copeLabel = QLabel(RJStepDialog)
        self.copeLabel.setObjectName(u"copeLabel")

        self.form.setWidget(19, QFormLayout.ItemRole.LabelRole, self.copeLabel)

        self.cope = QComboBox(RJStepDialog)
        self.cope.setObjectName(u"cope")

        self.form.setWidget(19, QFormLayout.ItemRole.FieldRole, self.cope)

        self.recommendLabel = QLabel(RJStepDialog)
        self.recommendLabel.setObjectName(u"recommendLabel")

        self.form.setWidget(20, QFormLayout.ItemRole.LabelRole, self.recommendLabel)

        self.recommend = QComboBox(RJStepDialog)
        self.recommend.setObjectName(u"recommend")

        self.form.setWidget(20, QFormLayout.ItemRole.FieldRole, self.recommend)

        self.notesLabel = QLabel(RJStepDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(21, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(RJStepDialog)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(21, QFormLayout.ItemRole.FieldRole, self.notes)


        self.layout.addLayout(self.form)

        self.problem = QLabel(RJStepDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.stretch = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.stretch)

        self.buttons = QDialogButtonBox(RJStepDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.onDateLabel.setBuddy(self.onDate)
        self.partyLabel.setBuddy(self.party)
        self.byWhomLabel.setBuddy(self.byWhom)
        self.referenceLabel.setBuddy(self.reference)
        self.suitableLabel.setBuddy(self.suitable)
        self.risksLabel.setBuddy(self.risks)
        self.methodLabel.setBuddy(self.method)
        self.serviceLabel.setBuddy(self.service)
        self.managerNameLabel.setBuddy(self.managerName)
        self.organisationLabel.setBuddy(self.organisation)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.offenderStatusLabel.setBuddy(self.offenderStatus)
        self.kindLabel.setBuddy(self.kind)
        self.itemsLabel.setBuddy(self.items)
        self.itemLabel.setBuddy(self.item)
        self.itemResultLabel.setBuddy(self.itemResult)
        self.satisfactionLabel.setBuddy(self.satisfaction)
        self.copeLabel.setBuddy(self.cope)
        self.recommendLabel.setBuddy(self.recommend)
        self.notesLabel.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.onDate, self.party)
        QWidget.setTabOrder(self.party, self.byWhom)
        QWidget.setTabOrder(self.byWhom, self.reference)
        QWidget.setTabOrder(self.reference, self.suitable)
        QWidget.setTabOrder(self.suitable, self.risks)
        QWidget.setTabOrder(self.risks, self.method)
        QWidget.setTabOrder(self.method, self.scopeDirect)
        QWidget.setTabOrder(self.scopeDirect, self.scopeShuttle)
        QWidget.setTabOrder(self.scopeShuttle, self.scopeLetter)
        QWidget.setTabOrder(self.scopeLetter, self.service)
        QWidget.setTabOrder(self.service, self.managerName)
        QWidget.setTabOrder(self.managerName, self.organisation)
        QWidget.setTabOrder(self.organisation, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.offenderStatus)
        QWidget.setTabOrder(self.offenderStatus, self.kind)
        QWidget.setTabOrder(self.kind, self.items)
        QWidget.setTabOrder(self.items, self.item)
        QWidget.setTabOrder(self.item, self.itemResult)
        QWidget.setTabOrder(self.itemResult, self.satisfaction)
        QWidget.setTabOrder(self.satisfaction, self.cope)
        QWidget.setTabOrder(self.cope, self.recommend)
        QWidget.setTabOrder(self.recommend, self.notes)
        QWidget.setTabOrder(self.notes, self.buttons)

        self.retranslateUi(RJStepDialog)

        QMetaObject.connectSlotsByName(RJStepDialog)
    # setupUi

    def retranslateUi(self, RJStepDialog):
        RJStepDialog.setWindowTitle(QCoreApplication.translate("RJStepDialog", u"Restorative justice", None))
        self.heading.setText("")
        self.heading.setProperty(u"class", QCoreApplication.translate("RJStepDialog", u"sectionTitle", None))
#if QT_CONFIG(accessibility)
        self.heading.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Step", None))
#endif // QT_CONFIG(accessibility)
        self.explanation.setText("")
        self.explanation.setProperty(u"class", QCoreApplication.translate("RJStepDialog", u"muted", None))
#if QT_CONFIG(accessibility)
        self.explanation.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"About this step", None))
#endif // QT_CONFIG(accessibility)
        self.onDateLabel.setText(QCoreApplication.translate("RJStepDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.onDate.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.onDate.setDisplayFormat(QCoreApplication.translate("RJStepDialog", u"ddd dd MMM yyyy", None))
        self.partyLabel.setText(QCoreApplication.translate("RJStepDialog", u"&Party", None))
#if QT_CONFIG(accessibility)
        self.party.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Party", None))
#endif // QT_CONFIG(accessibility)
        self.byWhomLabel.setText(QCoreApplication.translate("RJStepDialog", u"&By", None))
#if QT_CONFIG(accessibility)
        self.byWhom.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"By whom", None))
#endif // QT_CONFIG(accessibility)
        self.referenceLabel.setText(QCoreApplication.translate("RJStepDialog", u"Offender manager's &reference", None))
#if QT_CONFIG(accessibility)
        self.reference.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Offender manager's reference", None))
#endif // QT_CONFIG(accessibility)
        self.suitableLabel.setText(QCoreApplication.translate("RJStepDialog", u"Su&itable?", None))
        self.suitable.setText(QCoreApplication.translate("RJStepDialog", u"Restorative justice is &suitable", None))
#if QT_CONFIG(accessibility)
        self.suitable.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Restorative justice is suitable", None))
#endif // QT_CONFIG(accessibility)
        self.risksLabel.setText(QCoreApplication.translate("RJStepDialog", u"&Risks", None))
        ___qtablewidgetitem = self.risks.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RJStepDialog", u"Risk", None))
        ___qtablewidgetitem1 = self.risks.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RJStepDialog", u"How it is managed", None))
#if QT_CONFIG(accessibility)
        self.risks.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Risks and how each is managed", None))
#endif // QT_CONFIG(accessibility)
        self.methodLabel.setText(QCoreApplication.translate("RJStepDialog", u"&How", None))
#if QT_CONFIG(accessibility)
        self.method.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"How the consent was taken", None))
#endif // QT_CONFIG(accessibility)
        self.scopeLabel.setText(QCoreApplication.translate("RJStepDialog", u"Consents to", None))
        self.scopeDirect.setText(QCoreApplication.translate("RJStepDialog", u"&Direct conference", None))
#if QT_CONFIG(accessibility)
        self.scopeDirect.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Direct conference", None))
#endif // QT_CONFIG(accessibility)
        self.scopeShuttle.setText(QCoreApplication.translate("RJStepDialog", u"Indirect (s&huttle)", None))
#if QT_CONFIG(accessibility)
        self.scopeShuttle.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Indirect (shuttle)", None))
#endif // QT_CONFIG(accessibility)
        self.scopeLetter.setText(QCoreApplication.translate("RJStepDialog", u"&Letter", None))
#if QT_CONFIG(accessibility)
        self.scopeLetter.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Letter", None))
#endif // QT_CONFIG(accessibility)
        self.serviceLabel.setText(QCoreApplication.translate("RJStepDialog", u"&Service", None))
#if QT_CONFIG(accessibility)
        self.service.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Offender manager's service", None))
#endif // QT_CONFIG(accessibility)
        self.managerNameLabel.setText(QCoreApplication.translate("RJStepDialog", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.managerName.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Offender manager's name", None))
#endif // QT_CONFIG(accessibility)
        self.organisationLabel.setText(QCoreApplication.translate("RJStepDialog", u"&Organisation", None))
#if QT_CONFIG(accessibility)
        self.organisation.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Organisation", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("RJStepDialog", u"Phon&e", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("RJStepDialog", u"E&mail", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.offenderStatusLabel.setText(QCoreApplication.translate("RJStepDialog", u"Offender s&tatus", None))
#if QT_CONFIG(accessibility)
        self.offenderStatus.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Offender status", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("RJStepDialog", u"&Intervention", None))
#if QT_CONFIG(accessibility)
        self.kind.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Kind of intervention", None))
#endif // QT_CONFIG(accessibility)
        self.itemsLabel.setText(QCoreApplication.translate("RJStepDialog", u"&Agreed items", None))
        ___qtablewidgetitem2 = self.items.horizontalHeaderItem(0)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RJStepDialog", u"Kind", None))
        ___qtablewidgetitem3 = self.items.horizontalHeaderItem(1)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RJStepDialog", u"What was agreed", None))
#if QT_CONFIG(accessibility)
        self.items.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Outcome agreement items", None))
#endif // QT_CONFIG(accessibility)
        self.itemLabel.setText(QCoreApplication.translate("RJStepDialog", u"Outcome &item", None))
#if QT_CONFIG(accessibility)
        self.item.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Outcome item", None))
#endif // QT_CONFIG(accessibility)
        self.itemResultLabel.setText(QCoreApplication.translate("RJStepDialog", u"Res&ult", None))
#if QT_CONFIG(accessibility)
        self.itemResult.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Result of the item", None))
#endif // QT_CONFIG(accessibility)
        self.satisfactionLabel.setText(QCoreApplication.translate("RJStepDialog", u"Sa&tisfaction", None))
#if QT_CONFIG(accessibility)
        self.satisfaction.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Satisfaction", None))
#endif // QT_CONFIG(accessibility)
        self.copeLabel.setText(QCoreApplication.translate("RJStepDialog", u"Helped to &cope", None))
#if QT_CONFIG(accessibility)
        self.cope.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Helped to cope and recover", None))
#endif // QT_CONFIG(accessibility)
        self.recommendLabel.setText(QCoreApplication.translate("RJStepDialog", u"Would reco&mmend", None))
#if QT_CONFIG(accessibility)
        self.recommend.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Would recommend", None))
#endif // QT_CONFIG(accessibility)
        self.notesLabel.setText(QCoreApplication.translate("RJStepDialog", u"N&otes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("RJStepDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("RJStepDialog", u"Why this cannot be saved", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
