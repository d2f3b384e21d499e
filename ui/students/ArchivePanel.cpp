#include "students/ArchivePanel.h"
#include "common/SortProxy.h"
#include "common/FileDialogs.h"

#include "archive/AttachmentRepository.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "students/ArchiveChecklistModel.h"
#include "students/AttachmentListModel.h"
#include "students/SchoolYear.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    makeSortable(table, model);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}
} // namespace

ArchivePanel::ArchivePanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"archiveSummary"_s);
    m_checklist = new ArchiveChecklistModel(this);
    m_checklistTable = makeTable(m_checklist, this);
    m_checklistTable->setObjectName(u"archiveChecklist"_s);
    m_files = new AttachmentListModel(this);
    m_fileTable = makeTable(m_files, this);
    m_fileTable->setObjectName(u"archiveFiles"_s);
    m_fileTable->setMaximumHeight(130);

    m_item = new QComboBox(this);
    m_item->setObjectName(u"archiveItemChoice"_s);
    for (ArchiveItem item : allArchiveItems())
        m_item->addItem(u"%1. %2"_s.arg(int(item)).arg(archiveItemLabel(item)), int(item));
    auto *add = new QPushButton(tr("Add file…"), this);
    add->setObjectName(u"archiveAddFile"_s);
    m_open = new QPushButton(tr("Open"), this);
    m_save = new QPushButton(tr("Save as…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"archiveMessage"_s);

    connect(add, &QPushButton::clicked, this, [this] { chooseAndAdd(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_save, &QPushButton::clicked, this, [this] { chooseAndSave(); });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Remove file"), tr("Remove the selected file from the archive?"))
            == QMessageBox::Yes)
            removeSelected();
    });
    connect(m_checklistTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_item->setCurrentIndex(m_item->findData(current.data(ArchiveChecklistModel::ItemRole)));
            });
    auto updateButtons = [this] {
        const bool any = selectedAttachment() > 0;
        m_open->setEnabled(any);
        m_save->setEnabled(any);
        m_remove->setEnabled(any);
    };
    connect(m_fileTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_files, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Archive item:"), this));
    buttons->addWidget(m_item, 1);
    buttons->addWidget(add);
    buttons->addSpacing(12);
    buttons->addWidget(m_open);
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_checklistTable, 1);
    layout->addWidget(m_fileTable);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
}

void ArchivePanel::setStudent(qint64 studentId)
{
    m_studentId = studentId;
    m_message->clearMessage();
    reload();
}

void ArchivePanel::reload()
{
    const auto read = [this]() -> Result<std::pair<StudentArchiveStatus, QList<Attachment>>> {
        const auto year = currentSchoolYear(m_session.db, *m_session.clock);
        if (!year)
            return year.error();
        m_schoolYear = *year;
        const auto status = archiveStatusOf(m_session.db, m_studentId, m_schoolYear);
        if (!status)
            return status.error();
        const auto files = AttachmentRepository(m_session.db).forStudent(m_studentId);
        if (!files)
            return files.error();
        return std::pair{*status, *files};
    }();
    // Nothing is shown as missing when the archive could not be read.
    m_checklist->setStatus(read ? read->first : StudentArchiveStatus{});
    m_files->setAttachments(read ? read->second : QList<Attachment>{});
    m_checklistTable->resizeColumnsToContents();
    m_fileTable->resizeColumnsToContents();
    if (!read) {
        reportReadFailure(this, read.error(), m_message);
        m_summary->setText(read.error().message);
        return;
    }
    m_summary->setText(tr("School year %1—%2: %3 of %4 items present")
                           .arg(m_schoolYear)
                           .arg(m_schoolYear + 1)
                           .arg(m_checklist->status().satisfiedCount())
                           .arg(allArchiveItems().size()));
}

Attachment ArchivePanel::selectedRecord() const
{
    const QModelIndexList rows = m_fileTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? Attachment{} : rows.first().data(AttachmentListModel::RecordRole).value<Attachment>();
}

qint64 ArchivePanel::selectedAttachment() const
{
    return selectedRecord().id;
}

bool ArchivePanel::addFile(const QString &path)
{
    Attachment meta;
    meta.studentId = m_studentId;
    meta.archiveItem = m_item->currentData().toInt();
    meta.schoolYear = m_schoolYear;
    auto id = AttachmentRepository(m_session.db).addFile(meta, path);
    if (!id) {
        m_message->showError(id.error().message);
        return false;
    }
    m_message->showInfo(tr("File added."));
    return true;
}

bool ArchivePanel::saveSelectedTo(const QString &path)
{
    auto done = AttachmentRepository(m_session.db).saveTo(selectedAttachment(), path);
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showInfo(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ArchivePanel::removeSelected()
{
    auto done = AttachmentRepository(m_session.db).remove(selectedAttachment());
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showInfo(tr("File removed."));
    return true;
}

void ArchivePanel::chooseAndAdd()
{
    const QString path = chooseFileToOpen(
        this, tr("Add a file to the archive"),
        tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)"),
        u"archive"_s);
    if (!path.isEmpty())
        addFile(path);
}

void ArchivePanel::chooseAndSave()
{
    const QString name = selectedRecord().fileName;
    const QString path = chooseFileToSave(this, tr("Save the file as"), name, QString(), u"archive"_s);
    if (!path.isEmpty())
        saveSelectedTo(path);
}

void ArchivePanel::openSelected()
{
    // A copy in a folder of its own, opened by the system's viewer; it goes
    // when the program ends.
    static QTemporaryDir folder;
    const QString name = selectedRecord().fileName;
    if (!folder.isValid() || name.isEmpty())
        return;
    const QString path = folder.filePath(QString::number(selectedAttachment()) + u'-' + name);
    if (saveSelectedTo(path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace rr
