#include "students/ExportDialog.h"
#include "common/FileDialogs.h"

#include "common/MessageLabel.h"
#include "roster/RosterExport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ExportDialog::ExportDialog(Session session, QWidget *parent) : QDialog(parent), m_session(std::move(session))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export roster"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"exportPath"_s);
    m_path->setText(QDir::toNativeSeparators(suggestedPath(u"roster"_s, tr("LRC roster") + u".xlsx"_s)));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] { this->browse(); });

    m_sensitive = new QCheckBox(tr("Include ID numbers and medical information (sensitive)"), this);
    m_sensitive->setObjectName(u"exportSensitive"_s);
    m_sensitive->setChecked(false);
    auto *warning = new QLabel(tr("These are sensitive personal data of minors. Include them only when the "
                                  "resource centre asks for them, hand the file over in person or encrypted, "
                                  "and delete copies you no longer need."),
                               this);
    warning->setWordWrap(true);
    warning->setStyleSheet(u"color: #a15c00;"_s);
    warning->setVisible(false);
    connect(m_sensitive, &QCheckBox::toggled, warning, &QLabel::setVisible);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"exportMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("File (.xlsx or .csv):"), this));
    layout->addLayout(pathRow);
    layout->addWidget(m_sensitive);
    layout->addWidget(warning);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
}

QString ExportDialog::exportedPath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::browse()
{
    const QString path = chooseFileToSave(this, tr("Export roster"), QDir::fromNativeSeparators(m_path->text()),
                                          tr("Excel workbook (*.xlsx);;CSV file (*.csv)"), u"roster"_s);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::accept()
{
    QString path = exportedPath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (path.isEmpty() || (suffix != u"xlsx"_s && suffix != u"csv"_s)) {
        m_message->showError(tr("Choose a file name ending in .xlsx or .csv."));
        return;
    }
    auto rows = exportRoster(m_session.db, path, m_sensitive->isChecked());
    if (!rows) {
        m_message->showError(rows.error().message);
        return;
    }
    m_rows = *rows;
    QDialog::accept();
}

} // namespace rr
