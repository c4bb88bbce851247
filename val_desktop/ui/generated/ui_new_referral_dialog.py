# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_NewReferralDialog(object):
    def setupUi(self, NewReferralDialog):
        if not NewReferralDialog.objectName():
            NewReferralDialog.setObjectName(u"NewReferralDialog")
        NewReferralDialog.resize(1280, 720)
        self.layout = QVBoxLayout(NewReferralDialog)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(NewReferralDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.scroll = QScrollArea(NewReferralDialog)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formArea = QWidget()
        self.formArea.setObjectName(u"formArea")
        self.formArea.setGeometry(QRect(0, 0, 1240, 600))
        self.columns = QHBoxLayout(self.formArea)
        self.columns.setObjectName(u"columns")
        self.col1 = QVBoxLayout()
        self.col1.setObjectName(u"col1")
        self.referralGroup = QGroupBox(self.formArea)
        self.referralGroup.setObjectName(u"referralGroup")
        self.referralGroupLayout = QFormLayout(self.referralGroup)
        self.referralGroupLayout.setObjectName(u"referralGroupLayout")
        self.referralGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.referralSourceLabel = QLabel(self.referralGroup)
        self.referralSourceLabel.setObjectName(u"referralSourceLabel")

        self.referralGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referralSourceLabel)

        self.referralSource = QComboBox(self.referralGroup)
        self.referralSource.setObjectName(u"referralSource")

        self.referralGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referralSource)

        self.referralSourceError = QLabel(self.referralGroup)
        self.referralSourceError.setObjectName(u"referralSourceError")
        self.referralSourceError.setWordWrap(True)
        self.referralSourceError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.referralGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referralSourceError)

        self.sourceIdLabel = QLabel(self.referralGroup)
        self.sourceIdLabel.setObjectName(u"sourceIdLabel")

        self.referralGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sourceIdLabel)

        self.sourceId = QLineEdit(self.referralGroup)
        self.sourceId.setObjectName(u"sourceId")

        self.referralGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sourceId)

        self.sourceIdError = QLabel(self.referralGroup)
        self.sourceIdError.setObjectName(u"sourceIdError")
        self.sourceIdError.setWordWrap(True)
        self.sourceIdError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.referralGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sourceIdError)

        self.referredAtLabel = QLabel(self.referralGroup)
        self.referredAtLabel.setObjectName(u"referredAtLabel")

        self.referralGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referredAtLabel)

        self.referredAt = QDateTimeEdit(self.referralGroup)
        self.referredAt.setObjectName(u"referredAt")
        self.referredAt.setCalendarPopup(True)

        self.referralGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referredAt)

        self.referredAtError = QLabel(self.referralGroup)
        self.referredAtError.setObjectName(u"referredAtError")
        self.referredAtError.setWordWrap(True)
        self.referredAtError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.referralGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.referredAtError)

        self.crimeReferenceLabel = QLabel(self.referralGroup)
        self.crimeReferenceLabel.setObjectName(u"crimeReferenceLabel")

        self.referralGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.crimeReferenceLabel)

        self.crimeReference = QLineEdit(self.referralGroup)
        self.crimeReference.setObjectName(u"crimeReference")

        self.referralGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.crimeReference)

        self.crimeReferenceError = QLabel(self.referralGroup)
        self.crimeReferenceError.setObjectName(u"crimeReferenceError")
        self.crimeReferenceError.setWordWrap(True)
        self.crimeReferenceError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.referralGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.crimeReferenceError)

        self.reportedToPoliceLabel = QLabel(self.referralGroup)
        self.reportedToPoliceLabel.setObjectName(u"reportedToPoliceLabel")

        self.referralGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.reportedToPoliceLabel)

        self.reportedToPolice = QComboBox(self.referralGroup)
        self.reportedToPolice.setObjectName(u"reportedToPolice")

        self.referralGroupLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.reportedToPolice)

        self.reportedToPoliceError = QLabel(self.referralGroup)
        self.reportedToPoliceError.setObjectName(u"reportedToPoliceError")
        self.reportedToPoliceError.setWordWrap(True)
        self.reportedToPoliceError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.referralGroupLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reportedToPoliceError)

        self.offenceCategoryLabel = QLabel(self.referralGroup)
        self.offenceCategoryLabel.setObjectName(u"offenceCategoryLabel")

        self.referralGroupLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.offenceCategoryLabel)

        self.offenceCategory = QComboBox(self.referralGroup)
        self.offenceCategory.setObjectName(u"offenceCategory")

        self.referralGroupLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.offenceCategory)

        self.offenceCategoryError = QLabel(self.referralGroup)
        self.offenceCategoryError.setObjectName(u"offenceCategoryError")
        self.offenceCategoryError.setWordWrap(True)
        self.offenceCategoryError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.referralGroupLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.offenceCategoryError)

        self.offenceDateLabel = QLabel(self.referralGroup)
        self.offenceDateLabel.setObjectName(u"offenceDateLabel")

        self.referralGroupLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.offenceDateLabel)

        self.offenceDate = QLineEdit(self.referralGroup)
        self.offenceDate.setObjectName(u"offenceDate")

        self.referralGroupLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.offenceDate)

        self.offenceDateError = QLabel(self.referralGroup)
        self.offenceDateError.setObjectName(u"offenceDateError")
        self.offenceDateError.setWordWrap(True)
        self.offenceDateError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.referralGroupLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.offenceDateError)


        self.col1.addWidget(self.referralGroup)

        self.notesGroup = QGroupBox(self.formArea)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesGroupLayout = QFormLayout(self.notesGroup)
        self.notesGroupLayout.setObjectName(u"notesGroupLayout")
        self.notesGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.notesLabel = QLabel(self.notesGroup)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notes = QPlainTextEdit(self.notesGroup)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMinimumSize(QSize(0, 120))

        self.notesGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notes)

        self.notesError = QLabel(self.notesGroup)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setWordWrap(True)
        self.notesError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.notesGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesError)


        self.col1.addWidget(self.notesGroup)

        self.col1Spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.col1.addItem(self.col1Spacer)


        self.columns.addLayout(self.col1)

        self.col2 = QVBoxLayout()
        self.col2.setObjectName(u"col2")
        self.victimGroup = QGroupBox(self.formArea)
        self.victimGroup.setObjectName(u"victimGroup")
        self.victimGroupLayout = QFormLayout(self.victimGroup)
        self.victimGroupLayout.setObjectName(u"victimGroupLayout")
        self.victimGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.firstNameLabel = QLabel(self.victimGroup)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.victimGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstName = QLineEdit(self.victimGroup)
        self.firstName.setObjectName(u"firstName")

        self.victimGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.firstName)

        self.firstNameError = QLabel(self.victimGroup)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setWordWrap(True)
        self.firstNameError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.victimGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.firstNameError)

        self.lastNameLabel = QLabel(self.victimGroup)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.victimGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastName = QLineEdit(self.victimGroup)
        self.lastName.setObjectName(u"lastName")

        self.victimGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastName)

        self.lastNameError = QLabel(self.victimGroup)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setWordWrap(True)
        self.lastNameError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.victimGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastNameError)

        self.dateOfBirthLabel = QLabel(self.victimGroup)
        self.dateOfBirthLabel.setObjectName(u"dateOfBirthLabel")

        self.victimGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dateOfBirthLabel)

        self.dateOfBirth = QLineEdit(self.victimGroup)
        self.dateOfBirth.setObjectName(u"dateOfBirth")

        self.victimGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateOfBirth)

        self.dateOfBirthError = QLabel(self.victimGroup)
        self.dateOfBirthError.setObjectName(u"dateOfBirthError")
        self.dateOfBirthError.setWordWrap(True)
        self.dateOfBirthError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.victimGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateOfBirthError)

        self.genderLabel = QLabel(self.victimGroup)
        self.genderLabel.setObjectName(u"genderLabel")

        self.victimGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.gender = QComboBox(self.victimGroup)
        self.gender.setObjectName(u"gender")

        self.victimGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gender)

        self.genderError = QLabel(self.victimGroup)
        self.genderError.setObjectName(u"genderError")
        self.genderError.setWordWrap(True)
        self.genderError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.victimGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.genderError)

        self.disabilityLabel = QLabel(self.victimGroup)
        self.disabilityLabel.setObjectName(u"disabilityLabel")

        self.victimGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.disabilityLabel)

        self.disability = QComboBox(self.victimGroup)
        self.disability.setObjectName(u"disability")

        self.victimGroupLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.disability)

        self.disabilityError = QLabel(self.victimGroup)
        self.disabilityError.setObjectName(u"disabilityError")
        self.disabilityError.setWordWrap(True)
        self.disabilityError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.victimGroupLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.disabilityError)

        self.preferredLanguageLabel = QLabel(self.victimGroup)
        self.preferredLanguageLabel.setObjectName(u"preferredLanguageLabel")

        self.victimGroupLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.preferredLanguageLabel)

        self.preferredLanguage = QLineEdit(self.victimGroup)
        self.preferredLanguage.setObjectName(u"preferredLanguage")

        self.victimGroupLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.preferredLanguage)

        self.preferredLanguageError = QLabel(self.victimGroup)
        self.preferredLanguageError.setObjectName(u"preferredLanguageError")
        self.preferredLanguageError.setWordWrap(True)
        self.preferredLanguageError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.victimGroupLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.preferredLanguageError)

        self.interpreterNeededLabel = QLabel(self.victimGroup)
        self.interpreterNeededLabel.setObjectName(u"interpreterNeededLabel")

        self.victimGroupLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.interpreterNeededLabel)

        self.interpreterNeeded = QComboBox(self.victimGroup)
        self.interpreterNeeded.setObjectName(u"interpreterNeeded")

        self.victimGroupLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.interpreterNeeded)

        self.interpreterNeededError = QLabel(self.victimGroup)
        self.interpreterNeededError.setObjectName(u"interpreterNeededError")
        self.interpreterNeededError.setWordWrap(True)
        self.interpreterNeededError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.victimGroupLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.interpreterNeededError)


        self.col2.addWidget(self.victimGroup)

        self.vulnerabilityGroup = QGroupBox(self.formArea)
        self.vulnerabilityGroup.setObjectName(u"vulnerabilityGroup")
        self.vulnerabilityGroupLayout = QFormLayout(self.vulnerabilityGroup)
        self.vulnerabilityGroupLayout.setObjectName(u"vulnerabilityGroupLayout")
        self.vulnerabilityGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.vulnerableLabel = QLabel(self.vulnerabilityGroup)
        self.vulnerableLabel.setObjectName(u"vulnerableLabel")

        self.vulnerabilityGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vulnerableLabel)

        self.vulnerable = QComboBox(self.vulnerabilityGroup)
        self.vulnerable.setObjectName(u"vulnerable")

        self.vulnerabilityGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vulnerable)

        self.vulnerableError = QLabel(self.vulnerabilityGroup)
        self.vulnerableError.setObjectName(u"vulnerableError")
        self.vulnerableError.setWordWrap(True)
        self.vulnerableError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.vulnerabilityGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vulnerableError)

        self.intimidatedLabel = QLabel(self.vulnerabilityGroup)
        self.intimidatedLabel.setObjectName(u"intimidatedLabel")

        self.vulnerabilityGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.intimidatedLabel)

        self.intimidated = QComboBox(self.vulnerabilityGroup)
        self.intimidated.setObjectName(u"intimidated")

        self.vulnerabilityGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.intimidated)

        self.intimidatedError = QLabel(self.vulnerabilityGroup)
        self.intimidatedError.setObjectName(u"intimidatedError")
        self.intimidatedError.setWordWrap(True)
        self.intimidatedError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.vulnerabilityGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.intimidatedError)

        self.persistentlyTargetedLabel = QLabel(self.vulnerabilityGroup)
        self.persistentlyTargetedLabel.setObjectName(u"persistentlyTargetedLabel")

        self.vulnerabilityGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.persistentlyTargetedLabel)

        self.persistentlyTargeted = QComboBox(self.vulnerabilityGroup)
        self.persistentlyTargeted.setObjectName(u"persistentlyTargeted")

        self.vulnerabilityGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.persistentlyTargeted)

        self.persistentlyTargetedError = QLabel(self.vulnerabilityGroup)
        self.persistentlyTargetedError.setObjectName(u"persistentlyTargetedError")
        self.persistentlyTargetedError.setWordWrap(True)
        self.persistentlyTargetedError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.vulnerabilityGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.persistentlyTargetedError)


        self.col2.addWidget(self.vulnerabilityGroup)

        self.col2Spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.col2.addItem(self.col2Spacer)


        self.columns.addLayout(self.col2)

        self.col3 = QVBoxLayout()
        self.col3.setObjectName(u"col3")
        self.contactGroup = QGroupBox(self.formArea)
        self.contactGroup.setObjectName(u"contactGroup")
        self.contactGroupLayout = QFormLayout(self.contactGroup)
        self.contactGroupLayout.setObjectName(u"contactGroupLayout")
        self.contactGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.phoneLabel = QLabel(self.contactGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.contactGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.contactGroup)
        self.phone.setObjectName(u"phone")

        self.contactGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.contactGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.contactGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.emailLabel = QLabel(self.contactGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.contactGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.contactGroup)
        self.email.setObjectName(u"email")

        self.contactGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.email)

        self.emailError = QLabel(self.contactGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.contactGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.addressLine1Label = QLabel(self.contactGroup)
        self.addressLine1Label.setObjectName(u"addressLine1Label")

        self.contactGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressLine1Label)

        self.addressLine1 = QLineEdit(self.contactGroup)
        self.addressLine1.setObjectName(u"addressLine1")

        self.contactGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressLine1)

        self.addressLine1Error = QLabel(self.contactGroup)
        self.addressLine1Error.setObjectName(u"addressLine1Error")
        self.addressLine1Error.setWordWrap(True)
        self.addressLine1Error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.contactGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.addressLine1Error)

        self.addressLine2Label = QLabel(self.contactGroup)
        self.addressLine2Label.setObjectName(u"addressLine2Label")

        self.contactGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLine2Label)

        self.addressLine2 = QLineEdit(self.contactGroup)
        self.addressLine2.setObjectName(u"addressLine2")

        self.contactGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addressLine2)

        self.addressLine2Error = QLabel(self.contactGroup)
        self.addressLine2Error.setObjectName(u"addressLine2Error")
        self.addressLine2Error.setWordWrap(True)
        self.addressLine2Error.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.contactGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.addressLine2Error)

        self.townLabel = QLabel(self.contactGroup)
        self.townLabel.setObjectName(u"townLabel")

        self.contactGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.townLabel)

        self.town = QLineEdit(self.contactGroup)
        self.town.setObjectName(u"town")

        self.contactGroupLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.town)

        self.townError = QLabel(self.contactGroup)
        self.townError.setObjectName(u"townError")
        self.townError.setWordWrap(True)
        self.townError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.contactGroupLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.townError)

        self.postcodeLabel = QLabel(self.contactGroup)
        self.postcodeLabel.setObjectName(u"postcodeLabel")

        self.contactGroupLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.postcodeLabel)

        self.postcode = QLineEdit(self.contactGroup)
        self.postcode.setObjectName(u"postcode")

        self.contactGroupLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.postcode)

        self.postcodeError = QLabel(self.contactGroup)
        self.postcodeError.setObjectName(u"postcodeError")
        self.postcodeError.setWordWrap(True)
        self.postcodeError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.contactGroupLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.postcodeError)


        self.col3.addWidget(self.contactGroup)

        self.permissionsGroup = QGroupBox(self.formArea)
        self.permissionsGroup.setObjectName(u"permissionsGroup")
        self.permissionsGroupLayout = QFormLayout(self.permissionsGroup)
        self.permissionsGroupLayout.setObjectName(u"permissionsGroupLayout")
        self.permissionsGroupLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.consentToContactLabel = QLabel(self.permissionsGroup)
        self.consentToContactLabel.setObjectName(u"consentToContactLabel")

        self.permissionsGroupLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.consentToContactLabel)

        self.consentToContact = QComboBox(self.permissionsGroup)
        self.consentToContact.setObjectName(u"consentToContact")

        self.permissionsGroupLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.consentToContact)

        self.consentToContactError = QLabel(self.permissionsGroup)
        self.consentToContactError.setObjectName(u"consentToContactError")
        self.consentToContactError.setWordWrap(True)
        self.consentToContactError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.permissionsGroupLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.consentToContactError)

        self.safeToCallLabel = QLabel(self.permissionsGroup)
        self.safeToCallLabel.setObjectName(u"safeToCallLabel")

        self.permissionsGroupLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.safeToCallLabel)

        self.safeToCall = QComboBox(self.permissionsGroup)
        self.safeToCall.setObjectName(u"safeToCall")

        self.permissionsGroupLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.safeToCall)

        self.safeToCallError = QLabel(self.permissionsGroup)
        self.safeToCallError.setObjectName(u"safeToCallError")
        self.safeToCallError.setWordWrap(True)
        self.safeToCallError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.permissionsGroupLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.safeToCallError)

        self.safeToLeaveVoicemailLabel = QLabel(self.permissionsGroup)
        self.safeToLeaveVoicemailLabel.setObjectName(u"safeToLeaveVoicemailLabel")

        self.permissionsGroupLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.safeToLeaveVoicemailLabel)

        self.safeToLeaveVoicemail = QComboBox(self.permissionsGroup)
        self.safeToLeaveVoicemail.setObjectName(u"safeToLeaveVoicemail")

        self.permissionsGroupLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.safeToLeaveVoicemail)

        self.safeToLeaveVoicemailError = QLabel(self.permissionsGroup)
        self.safeToLeaveVoicemailError.setObjectName(u"safeToLeaveVoicemailError")
        self.safeToLeaveVoicemailError.setWordWrap(True)
        self.safeToLeaveVoicemailError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.permissionsGroupLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.safeToLeaveVoicemailError)

        self.safeToTextLabel = QLabel(self.permissionsGroup)
        self.safeToTextLabel.setObjectName(u"safeToTextLabel")

        self.permissionsGroupLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.safeToTextLabel)

        self.safeToText = QComboBox(self.permissionsGroup)
        self.safeToText.setObjectName(u"safeToText")

        self.permissionsGroupLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.safeToText)

        self.safeToTextError = QLabel(self.permissionsGroup)
        self.safeToTextError.setObjectName(u"safeToTextError")
        self.safeToTextError.setWordWrap(True)
        self.safeToTextError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.permissionsGroupLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.safeToTextError)

        self.safeToWriteLabel = QLabel(self.permissionsGroup)
        self.safeToWriteLabel.setObjectName(u"safeToWriteLabel")

        self.permissionsGroupLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.safeToWriteLabel)

        self.safeToWrite = QComboBox(self.permissionsGroup)
        self.safeToWrite.setObjectName(u"safeToWrite")

        self.permissionsGroupLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.safeToWrite)

        self.safeToWriteError = QLabel(self.permissionsGroup)
        self.safeToWriteError.setObjectName(u"safeToWriteError")
        self.safeToWriteError.setWordWrap(True)
        self.safeToWriteError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.permissionsGroupLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.safeToWriteError)

        self.safeToEmailLabel = QLabel(self.permissionsGroup)
        self.safeToEmailLabel.setObjectName(u"safeToEmailLabel")

        self.permissionsGroupLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.safeToEmailLabel)

        self.safeToEmail = QComboBox(self.permissionsGroup)
        self.safeToEmail.setObjectName(u"safeToEmail")

        self.permissionsGroupLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.safeToEmail)

        self.safeToEmailError = QLabel(self.permissionsGroup)
        self.safeToEmailError.setObjectName(u"safeToEmailError")
        self.safeToEmailError.setWordWrap(True)
        self.safeToEmailError.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.permissionsGroupLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.safeToEmailError)


        self.col3.addWidget(self.permissionsGroup)

        self.col3Spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.col3.addItem(self.col3Spacer)


        self.columns.addLayout(self.col3)

        self.scroll.setWidget(self.formArea)

        self.layout.addWidget(self.scroll)

        self.enhancedPreview = QLabel(NewReferralDialog)
        self.enhancedPreview.setObjectName(u"enhancedPreview")
        self.enhancedPreview.setWordWrap(True)

        self.layout.addWidget(self.enhancedPreview)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.problem = QLabel(NewReferralDialog)
        self.problem.setObjectName(u"problem")
        self.problem.setWordWrap(True)

        self.bottomRow.addWidget(self.problem)

        self.buttons = QDialogButtonBox(NewReferralDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.bottomRow.addWidget(self.buttons)

        self.bottomRow.setStretch(0, 1)

        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.referralSourceLabel.setBuddy(self.referralSource)
        self.sourceIdLabel.setBuddy(self.sourceId)
        self.referredAtLabel.setBuddy(self.referredAt)
        self.crimeReferenceLabel.setBuddy(self.crimeReference)
        self.reportedToPoliceLabel.setBuddy(self.reportedToPolice)
        self.offenceCategoryLabel.setBuddy(self.offenceCategory)
        self.offenceDateLabel.setBuddy(self.offenceDate)
        self.notesLabel.setBuddy(self.notes)
        self.firstNameLabel.setBuddy(self.firstName)
        self.lastNameLabel.setBuddy(self.lastName)
        self.dateOfBirthLabel.setBuddy(self.dateOfBirth)
        self.genderLabel.setBuddy(self.gender)
        self.disabilityLabel.setBuddy(self.disability)
        self.preferredLanguageLabel.setBuddy(self.preferredLanguage)
        self.interpreterNeededLabel.setBuddy(self.interpreterNeeded)
        self.vulnerableLabel.setBuddy(self.vulnerable)
        self.intimidatedLabel.setBuddy(self.intimidated)
        self.persistentlyTargetedLabel.setBuddy(self.persistentlyTargeted)
        self.phoneLabel.setBuddy(self.phone)
        self.emailLabel.setBuddy(self.email)
        self.addressLine1Label.setBuddy(self.addressLine1)
        self.addressLine2Label.setBuddy(self.addressLine2)
        self.townLabel.setBuddy(self.town)
        self.postcodeLabel.setBuddy(self.postcode)
        self.consentToContactLabel.setBuddy(self.consentToContact)
        self.safeToCallLabel.setBuddy(self.safeToCall)
        self.safeToLeaveVoicemailLabel.setBuddy(self.safeToLeaveVoicemail)
        self.safeToTextLabel.setBuddy(self.safeToText)
        self.safeToWriteLabel.setBuddy(self.safeToWrite)
        self.safeToEmailLabel.setBuddy(self.safeToEmail)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.referralSource, self.sourceId)
        QWidget.setTabOrder(self.sourceId, self.referredAt)
        QWidget.setTabOrder(self.referredAt, self.crimeReference)
        QWidget.setTabOrder(self.crimeReference, self.reportedToPolice)
        QWidget.setTabOrder(self.reportedToPolice, self.offenceCategory)
        QWidget.setTabOrder(self.offenceCategory, self.offenceDate)
        QWidget.setTabOrder(self.offenceDate, self.notes)
        QWidget.setTabOrder(self.notes, self.firstName)
        QWidget.setTabOrder(self.firstName, self.lastName)
        QWidget.setTabOrder(self.lastName, self.dateOfBirth)
        QWidget.setTabOrder(self.dateOfBirth, self.gender)
        QWidget.setTabOrder(self.gender, self.disability)
        QWidget.setTabOrder(self.disability, self.preferredLanguage)
        QWidget.setTabOrder(self.preferredLanguage, self.interpreterNeeded)
        QWidget.setTabOrder(self.interpreterNeeded, self.vulnerable)
        QWidget.setTabOrder(self.vulnerable, self.intimidated)
        QWidget.setTabOrder(self.intimidated, self.persistentlyTargeted)
        QWidget.setTabOrder(self.persistentlyTargeted, self.phone)
        QWidget.setTabOrder(self.phone, self.email)
        QWidget.setTabOrder(self.email, self.addressLine1)
        QWidget.setTabOrder(self.addressLine1, self.addressLine2)
        QWidget.setTabOrder(self.addressLine2, self.town)
        QWidget.setTabOrder(self.town, self.postcode)
        QWidget.setTabOrder(self.postcode, self.consentToContact)
        QWidget.setTabOrder(self.consentToContact, self.safeToCall)
        QWidget.setTabOrder(self.safeToCall, self.safeToLeaveVoicemail)
        QWidget.setTabOrder(self.safeToLeaveVoicemail, self.safeToText)
        QWidget.setTabOrder(self.safeToText, self.safeToWrite)
        QWidget.setTabOrder(self.safeToWrite, self.safeToEmail)
        QWidget.setTabOrder(self.safeToEmail, self.buttons)

        self.retranslateUi(NewReferralDialog)

        QMetaObject.connectSlotsByName(NewReferralDialog)
    # setupUi

    def retranslateUi(self, NewReferralDialog):
        NewReferralDialog.setWindowTitle(QCoreApplication.translate("NewReferralDialog", u"New referral", None))
        self.intro.setText(QCoreApplication.translate("NewReferralDialog", u"A self-referral, a partner agency's referral, or a police referral typed in. Fields marked * are required; dates are DD/MM/YYYY. Nothing is saved until you press Save.", None))
        self.referralGroup.setTitle(QCoreApplication.translate("NewReferralDialog", u"Referral", None))
        self.referralSourceLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Referral &from *", None))
#if QT_CONFIG(accessibility)
        self.referralSource.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Referral from", None))
#endif // QT_CONFIG(accessibility)
        self.referralSourceError.setText("")
        self.referralSourceError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.referralSourceError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Referral from problem", None))
#endif // QT_CONFIG(accessibility)
        self.sourceIdLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Referral &ID", None))
#if QT_CONFIG(accessibility)
        self.sourceId.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Referral ID", None))
#endif // QT_CONFIG(accessibility)
        self.sourceId.setPlaceholderText(QCoreApplication.translate("NewReferralDialog", u"Made for you if left empty", None))
#if QT_CONFIG(tooltip)
        self.sourceId.setToolTip(QCoreApplication.translate("NewReferralDialog", u"The sending system's ID; required for a police referral", None))
#endif // QT_CONFIG(tooltip)
        self.sourceIdError.setText("")
        self.sourceIdError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.sourceIdError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Referral ID problem", None))
#endif // QT_CONFIG(accessibility)
        self.referredAtLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Referred &at *", None))
#if QT_CONFIG(accessibility)
        self.referredAt.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Referred at", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.referredAt.setToolTip(QCoreApplication.translate("NewReferralDialog", u"When the referral reached VAL (UK time)", None))
#endif // QT_CONFIG(tooltip)
        self.referredAt.setDisplayFormat(QCoreApplication.translate("NewReferralDialog", u"dd/MM/yyyy HH:mm", None))
        self.referredAtError.setText("")
        self.referredAtError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.referredAtError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Referred at problem", None))
#endif // QT_CONFIG(accessibility)
        self.crimeReferenceLabel.setText(QCoreApplication.translate("NewReferralDialog", u"C&rime reference", None))
#if QT_CONFIG(accessibility)
        self.crimeReference.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Crime reference", None))
#endif // QT_CONFIG(accessibility)
        self.crimeReference.setPlaceholderText(QCoreApplication.translate("NewReferralDialog", u"Required for a police referral", None))
        self.crimeReferenceError.setText("")
        self.crimeReferenceError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.crimeReferenceError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Crime reference problem", None))
#endif // QT_CONFIG(accessibility)
        self.reportedToPoliceLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Reported to &police", None))
#if QT_CONFIG(accessibility)
        self.reportedToPolice.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Reported to police", None))
#endif // QT_CONFIG(accessibility)
        self.reportedToPoliceError.setText("")
        self.reportedToPoliceError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.reportedToPoliceError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Reported to police problem", None))
#endif // QT_CONFIG(accessibility)
        self.offenceCategoryLabel.setText(QCoreApplication.translate("NewReferralDialog", u"&Offence *", None))
#if QT_CONFIG(accessibility)
        self.offenceCategory.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Offence", None))
#endif // QT_CONFIG(accessibility)
        self.offenceCategoryError.setText("")
        self.offenceCategoryError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.offenceCategoryError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Offence problem", None))
#endif // QT_CONFIG(accessibility)
        self.offenceDateLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Offence &date", None))
#if QT_CONFIG(accessibility)
        self.offenceDate.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Offence date", None))
#endif // QT_CONFIG(accessibility)
        self.offenceDate.setPlaceholderText(QCoreApplication.translate("NewReferralDialog", u"DD/MM/YYYY", None))
        self.offenceDateError.setText("")
        self.offenceDateError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.offenceDateError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Offence date problem", None))
#endif // QT_CONFIG(accessibility)
        self.notesGroup.setTitle(QCoreApplication.translate("NewReferralDialog", u"Notes", None))
        self.notesLabel.setText(QCoreApplication.translate("NewReferralDialog", u"No&tes", None))
#if QT_CONFIG(accessibility)
        self.notes.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Notes", None))
#endif // QT_CONFIG(accessibility)
        self.notes.setPlaceholderText(QCoreApplication.translate("NewReferralDialog", u"What happened, what the victim asked for, anything the SPOC must know", None))
        self.notesError.setText("")
        self.notesError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.notesError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Notes problem", None))
#endif // QT_CONFIG(accessibility)
        self.victimGroup.setTitle(QCoreApplication.translate("NewReferralDialog", u"Victim", None))
        self.firstNameLabel.setText(QCoreApplication.translate("NewReferralDialog", u"First &name *", None))
#if QT_CONFIG(accessibility)
        self.firstName.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"First name", None))
#endif // QT_CONFIG(accessibility)
        self.firstNameError.setText("")
        self.firstNameError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.firstNameError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"First name problem", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameLabel.setText(QCoreApplication.translate("NewReferralDialog", u"&Last name *", None))
#if QT_CONFIG(accessibility)
        self.lastName.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Last name", None))
#endif // QT_CONFIG(accessibility)
        self.lastNameError.setText("")
        self.lastNameError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.lastNameError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Last name problem", None))
#endif // QT_CONFIG(accessibility)
        self.dateOfBirthLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Date of &birth", None))
#if QT_CONFIG(accessibility)
        self.dateOfBirth.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Date of birth", None))
#endif // QT_CONFIG(accessibility)
        self.dateOfBirth.setPlaceholderText(QCoreApplication.translate("NewReferralDialog", u"DD/MM/YYYY", None))
        self.dateOfBirthError.setText("")
        self.dateOfBirthError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.dateOfBirthError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Date of birth problem", None))
#endif // QT_CONFIG(accessibility)
        self.genderLabel.setText(QCoreApplication.translate("NewReferralDialog", u"&Gender", None))
#if QT_CONFIG(accessibility)
        self.gender.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Gender", None))
#endif // QT_CONFIG(accessibility)
        self.genderError.setText("")
        self.genderError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.genderError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Gender problem", None))
#endif // QT_CONFIG(accessibility)
        self.disabilityLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Disabilit&y", None))
#if QT_CONFIG(accessibility)
        self.disability.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Disability", None))
#endif // QT_CONFIG(accessibility)
        self.disabilityError.setText("")
        self.disabilityError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.disabilityError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Disability problem", None))
#endif // QT_CONFIG(accessibility)
        self.preferredLanguageLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Preferred lang&uage", None))
#if QT_CONFIG(accessibility)
        self.preferredLanguage.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
        self.preferredLanguage.setPlaceholderText(QCoreApplication.translate("NewReferralDialog", u"e.g. English, Polish, Urdu", None))
        self.preferredLanguageError.setText("")
        self.preferredLanguageError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.preferredLanguageError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Preferred language problem", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterNeededLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Interpreter needed", None))
#if QT_CONFIG(accessibility)
        self.interpreterNeeded.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Interpreter needed", None))
#endif // QT_CONFIG(accessibility)
        self.interpreterNeededError.setText("")
        self.interpreterNeededError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.interpreterNeededError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Interpreter needed problem", None))
#endif // QT_CONFIG(accessibility)
        self.vulnerabilityGroup.setTitle(QCoreApplication.translate("NewReferralDialog", u"Vulnerability", None))
        self.vulnerableLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Vulnerable", None))
#if QT_CONFIG(accessibility)
        self.vulnerable.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Vulnerable", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.vulnerable.setToolTip(QCoreApplication.translate("NewReferralDialog", u"Vulnerable victim (Youth Justice and Criminal Evidence Act 1999 s.16)", None))
#endif // QT_CONFIG(tooltip)
        self.vulnerableError.setText("")
        self.vulnerableError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.vulnerableError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Vulnerable problem", None))
#endif // QT_CONFIG(accessibility)
        self.intimidatedLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Intimidated", None))
#if QT_CONFIG(accessibility)
        self.intimidated.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Intimidated", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.intimidated.setToolTip(QCoreApplication.translate("NewReferralDialog", u"Intimidated victim (Youth Justice and Criminal Evidence Act 1999 s.17)", None))
#endif // QT_CONFIG(tooltip)
        self.intimidatedError.setText("")
        self.intimidatedError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.intimidatedError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Intimidated problem", None))
#endif // QT_CONFIG(accessibility)
        self.persistentlyTargetedLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Persistently targeted", None))
#if QT_CONFIG(accessibility)
        self.persistentlyTargeted.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Persistently targeted", None))
#endif // QT_CONFIG(accessibility)
        self.persistentlyTargetedError.setText("")
        self.persistentlyTargetedError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.persistentlyTargetedError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Persistently targeted problem", None))
#endif // QT_CONFIG(accessibility)
        self.contactGroup.setTitle(QCoreApplication.translate("NewReferralDialog", u"Contact details", None))
        self.phoneLabel.setText(QCoreApplication.translate("NewReferralDialog", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phone.setPlaceholderText(QCoreApplication.translate("NewReferralDialog", u"e.g. 07700 900444", None))
        self.phoneError.setText("")
        self.phoneError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Phone problem", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("NewReferralDialog", u"&Email", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.emailError.setText("")
        self.emailError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Email problem", None))
#endif // QT_CONFIG(accessibility)
        self.addressLine1Label.setText(QCoreApplication.translate("NewReferralDialog", u"Address line &1", None))
#if QT_CONFIG(accessibility)
        self.addressLine1.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Address line 1", None))
#endif // QT_CONFIG(accessibility)
        self.addressLine1Error.setText("")
        self.addressLine1Error.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.addressLine1Error.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Address line 1 problem", None))
#endif // QT_CONFIG(accessibility)
        self.addressLine2Label.setText(QCoreApplication.translate("NewReferralDialog", u"Address line &2", None))
#if QT_CONFIG(accessibility)
        self.addressLine2.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Address line 2", None))
#endif // QT_CONFIG(accessibility)
        self.addressLine2Error.setText("")
        self.addressLine2Error.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.addressLine2Error.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Address line 2 problem", None))
#endif // QT_CONFIG(accessibility)
        self.townLabel.setText(QCoreApplication.translate("NewReferralDialog", u"To&wn", None))
#if QT_CONFIG(accessibility)
        self.town.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Town", None))
#endif // QT_CONFIG(accessibility)
        self.townError.setText("")
        self.townError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.townError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Town problem", None))
#endif // QT_CONFIG(accessibility)
        self.postcodeLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Post&code", None))
#if QT_CONFIG(accessibility)
        self.postcode.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Postcode", None))
#endif // QT_CONFIG(accessibility)
        self.postcode.setPlaceholderText(QCoreApplication.translate("NewReferralDialog", u"e.g. WR3 8SP", None))
        self.postcodeError.setText("")
        self.postcodeError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.postcodeError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Postcode problem", None))
#endif // QT_CONFIG(accessibility)
        self.permissionsGroup.setTitle(QCoreApplication.translate("NewReferralDialog", u"Contact permissions (unknown counts as no)", None))
        self.consentToContactLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Consent&s to contact", None))
#if QT_CONFIG(accessibility)
        self.consentToContact.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Consents to contact", None))
#endif // QT_CONFIG(accessibility)
        self.consentToContactError.setText("")
        self.consentToContactError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.consentToContactError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Consents to contact problem", None))
#endif // QT_CONFIG(accessibility)
        self.safeToCallLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Safe to call", None))
#if QT_CONFIG(accessibility)
        self.safeToCall.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to call", None))
#endif // QT_CONFIG(accessibility)
        self.safeToCallError.setText("")
        self.safeToCallError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.safeToCallError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to call problem", None))
#endif // QT_CONFIG(accessibility)
        self.safeToLeaveVoicemailLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Safe to leave &voicemail", None))
#if QT_CONFIG(accessibility)
        self.safeToLeaveVoicemail.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to leave voicemail", None))
#endif // QT_CONFIG(accessibility)
        self.safeToLeaveVoicemailError.setText("")
        self.safeToLeaveVoicemailError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.safeToLeaveVoicemailError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to leave voicemail problem", None))
#endif // QT_CONFIG(accessibility)
        self.safeToTextLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Safe to te&xt", None))
#if QT_CONFIG(accessibility)
        self.safeToText.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to text", None))
#endif // QT_CONFIG(accessibility)
        self.safeToTextError.setText("")
        self.safeToTextError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.safeToTextError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to text problem", None))
#endif // QT_CONFIG(accessibility)
        self.safeToWriteLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Safe to write (post)", None))
#if QT_CONFIG(accessibility)
        self.safeToWrite.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to write (post)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.safeToWrite.setToolTip(QCoreApplication.translate("NewReferralDialog", u"Letters to the address: never where a letter could be read by the person who harmed them", None))
#endif // QT_CONFIG(tooltip)
        self.safeToWriteError.setText("")
        self.safeToWriteError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.safeToWriteError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to write (post) problem", None))
#endif // QT_CONFIG(accessibility)
        self.safeToEmailLabel.setText(QCoreApplication.translate("NewReferralDialog", u"Safe to e&mail", None))
#if QT_CONFIG(accessibility)
        self.safeToEmail.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to email", None))
#endif // QT_CONFIG(accessibility)
        self.safeToEmailError.setText("")
        self.safeToEmailError.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.safeToEmailError.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Safe to email problem", None))
#endif // QT_CONFIG(accessibility)
        self.enhancedPreview.setText("")
#if QT_CONFIG(accessibility)
        self.enhancedPreview.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Service level", None))
#endif // QT_CONFIG(accessibility)
        self.problem.setText("")
        self.problem.setProperty(u"class", QCoreApplication.translate("NewReferralDialog", u"fieldError", None))
#if QT_CONFIG(accessibility)
        self.problem.setAccessibleName(QCoreApplication.translate("NewReferralDialog", u"Problems to put right", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
