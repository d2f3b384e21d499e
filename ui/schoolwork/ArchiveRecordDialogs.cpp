#include "schoolwork/ArchiveRecordDialogs.h"

#include "archive/AttachmentRepository.h"
#include "common/FileDialogs.h"
#include "common/MessageLabel.h"
#include "schoolwork/SchoolActivityRepository.h"
#include "schoolwork/SchoolDocumentRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QPlainTextEdit *textBox(const QString &text, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(56);
    return edit;
}

} // namespace

ArchiveRecordDialog::ArchiveRecordDialog(Session session, Semester semester, bool withFiles, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_semester(std::move(semester))
{
    m_form = new QFormLayout;
    const QDate today = m_session.clock->today();
    m_date = new QDateEdit(std::clamp(today, m_semester.start, m_semester.end), this);
    m_date->setObjectName(u"recordDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDateRange(m_semester.start, m_semester.end);
    m_message = new MessageLabel(this);
    if (withFiles) {
        m_files = new QListWidget(this);
        m_files->setObjectName(u"recordFiles"_s);
        m_files->setFixedHeight(70);
        m_addFile = new QPushButton(tr("Add file…"), this);
        m_addFile->setObjectName(u"recordAddFile"_s);
        connect(m_addFile, &QPushButton::clicked, this, [this] {
            const QString path = chooseFileToOpen(this, tr("Add a file"), tr("All files (*)"), u"school-archive"_s);
            if (!path.isEmpty())
                addFilePath(path);
        });
    }
}

void ArchiveRecordDialog::addFilePath(const QString &path)
{
    auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_files);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
}

void ArchiveRecordDialog::finishLayout()
{
    if (m_files) {
        auto *files = new QVBoxLayout;
        files->addWidget(m_files);
        files->addWidget(m_addFile, 0, Qt::AlignLeft);
        m_form->addRow(tr("Files"), files);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

std::optional<QList<std::pair<QString, QByteArray>>> ArchiveRecordDialog::readFiles()
{
    QList<std::pair<QString, QByteArray>> files;
    for (int i = 0; m_files && i < m_files->count(); ++i) {
        const QString path = m_files->item(i)->data(Qt::UserRole).toString();
        auto data = AttachmentRepository::readFileWithinLimit(path);
        if (!data) {
            m_message->showError(data.error().message);
            return std::nullopt;
        }
        files.append({QFileInfo(path).fileName(), *data});
    }
    return files;
}

void ArchiveRecordDialog::finishSave(const Result<qint64> &saved)
{
    if (!saved)
        return m_message->showError(saved.error().message);
    m_savedId = *saved;
    QDialog::accept();
}

// ---- Document ------------------------------------------------------------------

DocumentDialog::DocumentDialog(Session session, Semester semester, std::optional<SchoolDocument> existing, QWidget *parent)
    : ArchiveRecordDialog(std::move(session), std::move(semester), !existing, parent), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit archive document") : tr("File an archive document"));
    const SchoolDocument d = m_existing.value_or(SchoolDocument{});
    m_category = new QComboBox(this);
    m_category->setObjectName(u"documentCategory"_s);
    for (DocumentCategory c : allDocumentCategories())
        m_category->addItem(documentCategoryLabel(c), int(c));
    m_category->setCurrentIndex(m_category->findData(int(d.category)));
    m_title = new QLineEdit(d.title, this);
    m_title->setObjectName(u"documentTitle"_s);
    m_note = new QLineEdit(d.note, this);
    if (d.date.isValid())
        m_date->setDate(d.date);
    m_form->addRow(tr("Semester"), new QLabel(m_semester.name, this));
    m_form->addRow(tr("Category"), m_category);
    m_form->addRow(tr("Title"), m_title);
    m_form->addRow(tr("Date"), m_date);
    m_form->addRow(tr("Note"), m_note);
    finishLayout();
}

void DocumentDialog::accept()
{
    SchoolDocument d = m_existing.value_or(SchoolDocument{});
    d.category = DocumentCategory(m_category->currentData().toInt());
    d.title = m_title->text();
    d.date = m_date->date();
    d.semesterId = m_existing ? d.semesterId : m_semester.id;
    d.note = m_note->text();
    SchoolDocumentRepository documents(m_session.db);
    if (m_existing) {
        const auto updated = documents.update(d);
        return finishSave(updated ? Result<qint64>(d.id) : Result<qint64>(updated.error()));
    }
    const auto files = readFiles();
    if (!files)
        return;
    finishSave(documents.add(d, *files));
}

// ---- Activity ------------------------------------------------------------------

ActivityDialog::ActivityDialog(Session session, Semester semester, std::optional<SchoolActivity> existing, QWidget *parent)
    : ArchiveRecordDialog(std::move(session), std::move(semester), !existing, parent), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit activity record") : tr("Record an activity"));
    const SchoolActivity a = m_existing.value_or(SchoolActivity{});
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"activityKind"_s);
    for (ActivityKind k : allActivityKinds())
        m_kind->addItem(activityKindLabel(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(a.kind)));
    m_topic = new QLineEdit(a.topic, this);
    m_topic->setObjectName(u"activityTopic"_s);
    m_participants = new QLineEdit(a.participants, this);
    m_plan = textBox(a.plan, this);
    m_content = textBox(a.content, this);
    m_outcome = textBox(a.outcome, this);
    if (a.date.isValid())
        m_date->setDate(a.date);
    m_form->addRow(tr("Semester"), new QLabel(m_semester.name, this));
    m_form->addRow(tr("Kind"), m_kind);
    m_form->addRow(tr("Topic"), m_topic);
    m_form->addRow(tr("Date"), m_date);
    m_form->addRow(tr("Participants"), m_participants);
    m_form->addRow(tr("Plan"), m_plan);
    m_form->addRow(tr("Content"), m_content);
    m_form->addRow(tr("Outcome or summary"), m_outcome);
    finishLayout();
}

void ActivityDialog::accept()
{
    SchoolActivity a = m_existing.value_or(SchoolActivity{});
    a.kind = ActivityKind(m_kind->currentData().toInt());
    a.topic = m_topic->text();
    a.date = m_date->date();
    a.semesterId = m_existing ? a.semesterId : m_semester.id;
    a.participants = m_participants->text();
    a.plan = m_plan->toPlainText();
    a.content = m_content->toPlainText();
    a.outcome = m_outcome->toPlainText();
    SchoolActivityRepository activities(m_session.db);
    if (m_existing) {
        const auto updated = activities.update(a);
        return finishSave(updated ? Result<qint64>(a.id) : Result<qint64>(updated.error()));
    }
    const auto files = readFiles();
    if (!files)
        return;
    finishSave(activities.add(a, *files));
}

} // namespace rr
