# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_DirectoryPage(object):
    def setupUi(self, DirectoryPage):
        if not DirectoryPage.objectName():
            DirectoryPage.setObjectName(u"DirectoryPage")
        DirectoryPage.resize(1100, 650)
        self.layout = QVBoxLayout(DirectoryPage)
        self.layout.setObjectName(u"layout")
        self.titleRow = QHBoxLayout()
        self.titleRow.setObjectName(u"titleRow")
        self.title = QLabel(DirectoryPage)
        self.title.setObjectName(u"title")

        self.titleRow.addWidget(self.title)

        self.titleSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.titleRow.addItem(self.titleSpacer)

        self.addButton = QPushButton(DirectoryPage)
        self.addButton.setObjectName(u"addButton")

        self.titleRow.addWidget(self.addButton)

        self.editButton = QPushButton(DirectoryPage)
        self.editButton.setObjectName(u"editButton")

        self.titleRow.addWidget(self.editButton)

        self.retireButton = QPushButton(DirectoryPage)
        self.retireButton.setObjectName(u"retireButton")

        self.titleRow.addWidget(self.retireButton)


        self.layout.addLayout(self.titleRow)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.search = QLineEdit(DirectoryPage)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.search)

        self.count = QLabel(DirectoryPage)
        self.count.setObjectName(u"count")

        self.searchRow.addWidget(self.count)


        self.layout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.needLabel = QLabel(DirectoryPage)
        self.needLabel.setObjectName(u"needLabel")

        self.filterRow.addWidget(self.needLabel)

        self.needFilter = QComboBox(DirectoryPage)
        self.needFilter.setObjectName(u"needFilter")
        self.needFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.needFilter.setMinimumContentsLength(22)

        self.filterRow.addWidget(self.needFilter)

        self.offenceLabel = QLabel(DirectoryPage)
        self.offenceLabel.setObjectName(u"offenceLabel")

        self.filterRow.addWidget(self.offenceLabel)

        self.offenceFilter = QComboBox(DirectoryPage)
        self.offenceFilter.setObjectName(u"offenceFilter")
        self.offenceFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.offenceFilter.setMinimumContentsLength(20)

        self.filterRow.addWidget(self.offenceFilter)

        self.areaLabel = QLabel(DirectoryPage)
        self.areaLabel.setObjectName(u"areaLabel")

        self.filterRow.addWidget(self.areaLabel)

        self.areaFilter = QComboBox(DirectoryPage)
        self.areaFilter.setObjectName(u"areaFilter")
        self.areaFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.areaFilter.setMinimumContentsLength(14)

        self.filterRow.addWidget(self.areaFilter)

        self.commissionedOnly = QCheckBox(DirectoryPage)
        self.commissionedOnly.setObjectName(u"commissionedOnly")

        self.filterRow.addWidget(self.commissionedOnly)

        self.showRetired = QCheckBox(DirectoryPage)
        self.showRetired.setObjectName(u"showRetired")

        self.filterRow.addWidget(self.showRetired)

        self.filterSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.splitter = QSplitter(DirectoryPage)
        self.splitter.setObjectName(u"splitter")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.splitter.sizePolicy().hasHeightForWidth())
        self.splitter.setSizePolicy(sizePolicy)
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.detailsArea = QScrollArea(self.splitter)
        self.detailsArea.setObjectName(u"detailsArea")
        self.detailsArea.setWidgetResizable(True)
        self.detailsArea.setFrameShape(QFrame.Shape.NoFrame)
        self.details = QWidget()
        self.details.setObjectName(u"details")
        self.details.setGeometry(QRect(0, 0, 420, 560))
        self.detailsLayout = QVBoxLayout(self.details)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailName = QLabel(self.details)
        self.detailName.setObjectName(u"detailName")
        self.detailName.setWordWrap(True)
        self.detailName.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.detailName)

        self.detailCategory = QLabel(self.details)
        self.detailCategory.setObjectName(u"detailCategory")
        self.detailCategory.setWordWrap(True)

        self.detailsLayout.addWidget(self.detailCategory)

        self.detailRetired = QLabel(self.details)
        self.detailRetired.setObjectName(u"detailRetired")
        self.detailRetired.setWordWrap(True)

        self.detailsLayout.addWidget(self.detailRetired)

        self.detailDescription = QLabel(self.details)
        self.detailDescription.setObjectName(u"detailDescription")
        self.detailDescription.setWordWrap(True)
        self.detailDescription.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.detailDescription)

        self.detailForm = QFormLayout()
        self.detailForm.setObjectName(u"detailForm")
        self.detailForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.phoneLabel = QLabel(self.details)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.detailForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.detailPhone = QLabel(self.details)
        self.detailPhone.setObjectName(u"detailPhone")
        self.detailPhone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.detailPhone)

        self.websiteLabel = QLabel(self.details)
        self.websiteLabel.setObjectName(u"websiteLabel")

        self.detailForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.websiteLabel)

        self.detailWebsite = QLabel(self.details)
        self.detailWebsite.setObjectName(u"detailWebsite")
        self.detailWebsite.setWordWrap(True)
        self.detailWebsite.setTextFormat(Qt.TextFormat.RichText)
        self.detailWebsite.setOpenExternalLinks(True)
        self.detailWebsite.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        self.detailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.detailWebsite)

        self.areaDetailLabel = QLabel(self.details)
        self.areaDetailLabel.setObjectName(u"areaDetailLabel")

        self.detailForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.areaDetailLabel)

        self.detailArea = QLabel(self.details)
        self.detailArea.setObjectName(u"detailArea")
        self.detailArea.setWordWrap(True)

        self.detailForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.detailArea)

        self.commissionedLabel = QLabel(self.details)
        self.commissionedLabel.setObjectName(u"commissionedLabel")

        self.detailForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.commissionedLabel)

        self.detailCommissioned = QLabel(self.details)
        self.detailCommissioned.setObjectName(u"detailCommissioned")
        self.detailCommissioned.setWordWrap(True)

        self.detailForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.detailCommissioned)

        self.needsLabel = QLabel(self.details)
        self.needsLabel.setObjectName(u"needsLabel")

        self.detailForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.needsLabel)

        self.detailNeeds = QLabel(self.details)
        self.detailNeeds.setObjectName(u"detailNeeds")
        self.detailNeeds.setWordWrap(True)

        self.detailForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.detailNeeds)

        self.offencesLabel = QLabel(self.details)
        self.offencesLabel.setObjectName(u"offencesLabel")

        self.detailForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.offencesLabel)

        self.detailOffences = QLabel(self.details)
        self.detailOffences.setObjectName(u"detailOffences")
        self.detailOffences.setWordWrap(True)

        self.detailForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.detailOffences)


        self.detailsLayout.addLayout(self.detailForm)

        self.detailsSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailsLayout.addItem(self.detailsSpacer)

        self.detailsArea.setWidget(self.details)
        self.splitter.addWidget(self.detailsArea)

        self.layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.needLabel.setBuddy(self.needFilter)
        self.offenceLabel.setBuddy(self.offenceFilter)
        self.areaLabel.setBuddy(self.areaFilter)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.search, self.needFilter)
        QWidget.setTabOrder(self.needFilter, self.offenceFilter)
        QWidget.setTabOrder(self.offenceFilter, self.areaFilter)
        QWidget.setTabOrder(self.areaFilter, self.commissionedOnly)
        QWidget.setTabOrder(self.commissionedOnly, self.showRetired)
        QWidget.setTabOrder(self.showRetired, self.table)
        QWidget.setTabOrder(self.table, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.retireButton)

        self.retranslateUi(DirectoryPage)

        QMetaObject.connectSlotsByName(DirectoryPage)
    # setupUi

    def retranslateUi(self, DirectoryPage):
        self.title.setText(QCoreApplication.translate("DirectoryPage", u"Service directory", None))
        self.title.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"pageTitle", None))
        self.addButton.setText(QCoreApplication.translate("DirectoryPage", u"&Add a service\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("DirectoryPage", u"Add an organisation to the directory (administrators)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Add a service", None))
#endif // QT_CONFIG(accessibility)
        self.editButton.setText(QCoreApplication.translate("DirectoryPage", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("DirectoryPage", u"Change the chosen entry (administrators)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editButton.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Edit the chosen service", None))
#endif // QT_CONFIG(accessibility)
        self.retireButton.setText(QCoreApplication.translate("DirectoryPage", u"Re&tire\u2026", None))
#if QT_CONFIG(tooltip)
        self.retireButton.setToolTip(QCoreApplication.translate("DirectoryPage", u"Take the chosen entry out of use; past records keep it (administrators)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.retireButton.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Retire the chosen service", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("DirectoryPage", u"Search by name, need, offence, area or phone", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Search the service directory", None))
#endif // QT_CONFIG(accessibility)
        self.count.setText("")
#if QT_CONFIG(accessibility)
        self.count.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Number of services shown", None))
#endif // QT_CONFIG(accessibility)
        self.needLabel.setText(QCoreApplication.translate("DirectoryPage", u"&Need", None))
#if QT_CONFIG(accessibility)
        self.needFilter.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Filter by need", None))
#endif // QT_CONFIG(accessibility)
        self.offenceLabel.setText(QCoreApplication.translate("DirectoryPage", u"&Offence", None))
#if QT_CONFIG(accessibility)
        self.offenceFilter.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Filter by offence", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("DirectoryPage", u"A&rea", None))
#if QT_CONFIG(accessibility)
        self.areaFilter.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Filter by area", None))
#endif // QT_CONFIG(accessibility)
        self.commissionedOnly.setText(QCoreApplication.translate("DirectoryPage", u"Co&mmissioned only", None))
#if QT_CONFIG(accessibility)
        self.commissionedOnly.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Commissioned services only", None))
#endif // QT_CONFIG(accessibility)
        self.showRetired.setText(QCoreApplication.translate("DirectoryPage", u"Show ret&ired", None))
#if QT_CONFIG(accessibility)
        self.showRetired.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Show retired services", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Services", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsArea.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Details of the chosen service", None))
#endif // QT_CONFIG(accessibility)
        self.detailName.setText(QCoreApplication.translate("DirectoryPage", u"Choose a service to see its details", None))
        self.detailName.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"sectionTitle", None))
        self.detailCategory.setText("")
        self.detailCategory.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"muted", None))
        self.detailRetired.setText(QCoreApplication.translate("DirectoryPage", u"Retired: no longer offered to victims.", None))
        self.detailRetired.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"warningBanner", None))
        self.detailDescription.setText("")
#if QT_CONFIG(accessibility)
        self.detailDescription.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("DirectoryPage", u"Phone", None))
        self.phoneLabel.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"muted", None))
        self.detailPhone.setText("")
#if QT_CONFIG(accessibility)
        self.detailPhone.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.websiteLabel.setText(QCoreApplication.translate("DirectoryPage", u"Website", None))
        self.websiteLabel.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"muted", None))
        self.detailWebsite.setText("")
#if QT_CONFIG(accessibility)
        self.detailWebsite.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Website", None))
#endif // QT_CONFIG(accessibility)
        self.areaDetailLabel.setText(QCoreApplication.translate("DirectoryPage", u"Area", None))
        self.areaDetailLabel.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"muted", None))
        self.detailArea.setText("")
#if QT_CONFIG(accessibility)
        self.detailArea.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Area", None))
#endif // QT_CONFIG(accessibility)
        self.commissionedLabel.setText(QCoreApplication.translate("DirectoryPage", u"Commissioned", None))
        self.commissionedLabel.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"muted", None))
        self.detailCommissioned.setText("")
#if QT_CONFIG(accessibility)
        self.detailCommissioned.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Commissioned", None))
#endif // QT_CONFIG(accessibility)
        self.needsLabel.setText(QCoreApplication.translate("DirectoryPage", u"Helps with", None))
        self.needsLabel.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"muted", None))
        self.detailNeeds.setText("")
#if QT_CONFIG(accessibility)
        self.detailNeeds.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Needs it helps with", None))
#endif // QT_CONFIG(accessibility)
        self.offencesLabel.setText(QCoreApplication.translate("DirectoryPage", u"Offences", None))
        self.offencesLabel.setProperty(u"class", QCoreApplication.translate("DirectoryPage", u"muted", None))
        self.detailOffences.setText("")
#if QT_CONFIG(accessibility)
        self.detailOffences.setAccessibleName(QCoreApplication.translate("DirectoryPage", u"Offences it specialises in", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
