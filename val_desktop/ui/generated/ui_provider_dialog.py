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
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ProviderDialog(object):
    def setupUi(self, ProviderDialog):
        if not ProviderDialog.objectName():
            ProviderDialog.setObjectName(u"ProviderDialog")
        ProviderDialog.resize(1080, 600)
        self.layout = QVBoxLayout(ProviderDialog)
        self.layout.setObjectName(u"layout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameLabel = QLabel(ProviderDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(ProviderDialog)
        self.name.setObjectName(u"name")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(ProviderDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.categoryLabel = QLabel(ProviderDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.category = QComboBox(ProviderDialog)
        self.category.setObjectName(u"category")
        self.category.setEditable(True)
        self.category.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.category)

        self.categoryError = QLabel(ProviderDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryError)

        self.phoneLabel = QLabel(ProviderDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(ProviderDialog)
        self.phone.setObjectName(u"phone")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(ProviderDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.websiteLabel = QLabel(ProviderDialog)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.website = QLineEdit(ProviderDialog)
        self.website.setObjectName(u"website")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.website)

        self.websiteError = QLabel(ProviderDialog)
        self.websiteError.setObjectName(u"websiteError")
        self.websiteError.setWordWrap(True)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.websiteError)

        self.areaLabel = QLabel(ProviderDialog)
        self.areaLabel.setObjectName(u"areaLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.area = QLineEdit(ProviderDialog)
        self.area.setObjectName(u"area")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.area)

        self.areaError = QLabel(ProviderDialog)
        self.areaError.setObjectName(u"areaError")
        self.areaError.setWordWrap(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.areaError)

        self.commissioned = QCheckBox(ProviderDialog)
        self.commissioned.setObjectName(u"commissioned")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.commissioned)

        self.descriptionLabel = QLabel(ProviderDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.description = QPlainTextEdit(ProviderDialog)
        self.description.setObjectName(u"description")
        self.description.setTabChangesFocus(True)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.description)

        self.descriptionError = QLabel(ProviderDialog)
        self.descriptionError.setObjectName(u"descriptionError")
        self.descriptionError.setWordWrap(True)

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.descriptionError)


        self.columns.addLayout(self.form)

        self.needsColumn = QVBoxLayout()
        self.needsColumn.setObjectName(u"needsColumn")
        self.needsLabel = QLabel(ProviderDialog)
        self.needsLabel.setObjectName(u"needsLabel")
        self.needsLabel.setWordWrap(True)

        self.needsColumn.addWidget(self.needsLabel)

        self.needs = QListWidget(ProviderDialog)
        self.needs.setObjectName(u"needs")
        self.needs.setMinimumSize(QSize(330, 0))

        self.needsColumn.addWidget(self.needs)

        self.needsError = QLabel(ProviderDialog)
        self.needsError.setObjectName(u"needsError")
        self.needsError.setWordWrap(True)

        self.needsColumn.addWidget(self.needsError)


        self.columns.addLayout(self.needsColumn)

        self.offencesColumn = QVBoxLayout()
        self.offencesColumn.setObjectName(u"offencesColumn")
        self.offencesLabel = QLabel(ProviderDialog)
        self.offencesLabel.setObjectName(u"offencesLabel")
        self.offencesLabel.setWordWrap(True)

        self.offencesColumn.addWidget(self.offencesLabel)

        self.offences = QListWidget(ProviderDialog)
        self.offences.setObjectName(u"offences")
        self.offences.setMinimumSize(QSize(290, 0))

        self.offencesColumn.addWidget(self.offences)

        self.offencesError = QLabel(ProviderDialog)
        self.offencesError.setObjectName(u"offencesError")
        self.offencesError.setWordWrap(True)

        self.offencesColumn.addWidget(self.offencesError)


        self.columns.addLayout(self.offencesColumn)


        self.layout.addLayout(self.columns)

        self.problem = QLabel(ProviderDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.layout.addWidget(self.problem)

        self.buttons = QDialogButtonBox(ProviderDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.categoryLabel.setBuddy(self.category)
        self.phoneLabel.setBuddy(self.phone)
        self.websiteLabel.setBuddy(self.website)
        self.areaLabel.setBuddy(self.area)
        self.descriptionLabel.setBuddy(self.description)
        self.needsLabel.setBuddy(self.needs)
        self.offencesLabel.setBuddy(self.offences)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name, self.category)
        QWidget.setTabOrder(self.category, self.phone)
        QWidget.setTabOrder(self.phone, self.website)
        QWidget.setTabOrder(self.website, self.area)
        QWidget.setTabOrder(self.area, self.commissioned)
        QWidget.setTabOrder(self.commissioned, self.description)
        QWidget.setTabOrder(self.description, self.needs)
        QWidget.setTabOrder(self.needs, self.offences)
        QWidget.setTabOrder(self.offences, self.buttons)

        self.retranslateUi(ProviderDialog)

        QMetaObject.connectSlotsByName(ProviderDialog)
    # setupUi

    def retranslateUi(self, ProviderDialog):
        ProviderDialog.setWindowTitle(QCoreApplication.translate("ProviderDialog", u"Service directory entry", None))
        self.nameLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Name *", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Name of the service", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setText("")
        self.nameError.setProperty(u"class", QCoreApplication.translate("ProviderDialog", u"fieldError", None))
        self.categoryLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Category *", None))
#if QT_CONFIG(accessibility)
        self.category.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.categoryError.setText("")
        self.categoryError.setProperty(u"class", QCoreApplication.translate("ProviderDialog", u"fieldError", None))
        self.phoneLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Phone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phone.setPlaceholderText(QCoreApplication.translate("ProviderDialog", u"e.g. 0808 168 9111", None))
        self.phoneError.setText("")
        self.phoneError.setProperty(u"class", QCoreApplication.translate("ProviderDialog", u"fieldError", None))
        self.websiteLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Website", None))
#if QT_CONFIG(accessibility)
        self.website.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.website.setPlaceholderText(QCoreApplication.translate("ProviderDialog", u"e.g. https://www.victimsupport.org.uk", None))
        self.websiteError.setText("")
        self.websiteError.setProperty(u"class", QCoreApplication.translate("ProviderDialog", u"fieldError", None))
        self.areaLabel.setText(QCoreApplication.translate("ProviderDialog", u"A&rea", None))
#if QT_CONFIG(accessibility)
        self.area.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Area served", None))
#endif // QT_CONFIG(accessibility)
        self.area.setPlaceholderText(QCoreApplication.translate("ProviderDialog", u"e.g. Shropshire, Worcestershire; empty for a national service", None))
        self.areaError.setText("")
        self.areaError.setProperty(u"class", QCoreApplication.translate("ProviderDialog", u"fieldError", None))
        self.commissioned.setText(QCoreApplication.translate("ProviderDialog", u"C&ommissioned by the Police and Crime Commissioner", None))
#if QT_CONFIG(accessibility)
        self.commissioned.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Commissioned", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("ProviderDialog", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.description.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.description.setPlaceholderText(QCoreApplication.translate("ProviderDialog", u"What the service offers and to whom, in a sentence or two", None))
        self.descriptionError.setText("")
        self.descriptionError.setProperty(u"class", QCoreApplication.translate("ProviderDialog", u"fieldError", None))
        self.needsLabel.setText(QCoreApplication.translate("ProviderDialog", u"N&eeds it helps with (none ticked: any need)", None))
#if QT_CONFIG(accessibility)
        self.needs.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Needs it helps with", None))
#endif // QT_CONFIG(accessibility)
        self.needsError.setText("")
        self.needsError.setProperty(u"class", QCoreApplication.translate("ProviderDialog", u"fieldError", None))
        self.offencesLabel.setText(QCoreApplication.translate("ProviderDialog", u"O&ffences it specialises in (none ticked: any crime)", None))
#if QT_CONFIG(accessibility)
        self.offences.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Offences it specialises in", None))
#endif // QT_CONFIG(accessibility)
        self.offencesError.setText("")
        self.offencesError.setProperty(u"class", QCoreApplication.translate("ProviderDialog", u"fieldError", None))
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("ProviderDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("ProviderDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
