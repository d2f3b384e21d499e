#include "backup/BackupDialog.h"

#include "backup/BackupFile.h"
#include "backup/BackupListModel.h"
#include "backup/BackupPasswordDialog.h"
#include "backup/BackupWriter.h"
#include "backup/RestoreConfirmDialog.h"
#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "common/ListText.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

BackupDialog::BackupDialog(Session session, SessionBackupPassword *sessionPassword, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_sessionPassword(sessionPassword)
{
    setObjectName(u"backupDialog"_s);
    setWindowTitle(tr("Backup and restore"));
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"backupMessage"_s);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(buildPolicyBox());
    layout->addWidget(buildBackupsBox(), 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(1120, 640);   // the list's columns without a scroll bar; fits a 1366×768 screen

    loadPolicy();
    reloadBackups();
    updateButtons();
}

BackupDialog::~BackupDialog() = default;

QWidget *BackupDialog::buildPolicyBox()
{
    auto *box = new QGroupBox(tr("Backup folder and rules"), this);
    m_folder = new QLineEdit(box);
    m_folder->setObjectName(u"backupFolder"_s);
    m_folder->setReadOnly(true);
    m_folder->setPlaceholderText(tr("Not chosen yet — a USB drive or another disk is best"));
    auto *choose = new QPushButton(tr("Choose folder…"), box);
    choose->setObjectName(u"chooseBackupFolder"_s);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString start = m_folder->text().isEmpty() ? startFolder(u"backup"_s) : m_folder->text();
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the backup folder"), start);
        if (!chosen.isEmpty()) {
            rememberFolder(u"backup"_s, QDir(chosen).filePath(u"x"_s));
            setFolder(chosen);
        }
    });
    m_keepDaily = new QSpinBox(box);
    m_keepDaily->setObjectName(u"keepDaily"_s);
    m_keepDaily->setRange(1, BackupPolicy::kMaxKeepDaily);
    m_keepWeekly = new QSpinBox(box);
    m_keepWeekly->setObjectName(u"keepWeekly"_s);
    m_keepWeekly->setRange(0, BackupPolicy::kMaxKeepWeekly);
    m_onExit = new QCheckBox(tr("Back up when the program closes"), box);
    m_onExit->setObjectName(u"backupOnExit"_s);
    m_daily = new QCheckBox(tr("Back up once a day"), box);
    m_daily->setObjectName(u"backupDaily"_s);
    m_encrypt = new QCheckBox(tr("Encrypt backups with a password"), box);
    m_encrypt->setObjectName(u"backupEncrypt"_s);
    m_encrypt->setToolTip(tr("The password is asked once per session and never stored. Without it a backup cannot be opened."));
    m_save = new QPushButton(tr("Save settings"), box);
    m_save->setObjectName(u"saveBackupSettings"_s);
    connect(m_save, &QPushButton::clicked, this, &BackupDialog::saveSettings);
    m_lastBackup = new QLabel(box);
    m_lastBackup->setObjectName(u"lastBackup"_s);
    m_lastBackup->setWordWrap(true);
    for (QSpinBox *spin : {m_keepDaily, m_keepWeekly})
        connect(spin, &QSpinBox::valueChanged, this, &BackupDialog::updateButtons);
    for (QCheckBox *check : {m_onExit, m_daily, m_encrypt})
        connect(check, &QCheckBox::toggled, this, &BackupDialog::updateButtons);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Backup folder:"), box));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *keepRow = new QHBoxLayout;
    keepRow->addWidget(new QLabel(tr("Keep daily backups of the last"), box));
    keepRow->addWidget(m_keepDaily);
    keepRow->addWidget(new QLabel(tr("days and weekly backups of the last"), box));
    keepRow->addWidget(m_keepWeekly);
    keepRow->addWidget(new QLabel(tr("weeks"), box));
    keepRow->addStretch(1);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_onExit);
    checks->addWidget(m_daily);
    checks->addWidget(m_encrypt);
    checks->addStretch(1);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_lastBackup, 1);
    statusRow->addWidget(m_save);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(folderRow);
    layout->addLayout(keepRow);
    layout->addLayout(checks);
    layout->addLayout(statusRow);
    return box;
}

QWidget *BackupDialog::buildBackupsBox()
{
    auto *box = new QGroupBox(tr("Backups in the folder"), this);
    m_backupNow = new QPushButton(tr("Back up now"), box);
    m_backupNow->setObjectName(u"backupNow"_s);
    connect(m_backupNow, &QPushButton::clicked, this, &BackupDialog::backupNow);
    m_showContents = new QPushButton(tr("Check and show contents…"), box);
    m_showContents->setObjectName(u"checkBackup"_s);
    connect(m_showContents, &QPushButton::clicked, this, &BackupDialog::showContentsOfSelected);
    auto *refresh = new QPushButton(tr("Refresh"), box);
    connect(refresh, &QPushButton::clicked, this, &BackupDialog::reloadBackups);
    m_restore = new QPushButton(tr("Restore from this backup…"), box);
    m_restore->setObjectName(u"restoreSelected"_s);
    connect(m_restore, &QPushButton::clicked, this, &BackupDialog::restoreSelected);
    m_restoreFile = new QPushButton(tr("Restore from another file…"), box);
    m_restoreFile->setObjectName(u"restoreFromFile"_s);
    connect(m_restoreFile, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToOpen(this, tr("Choose a backup"),
                                              tr("ResourceRoom backups (*.sqlite *.rrbackup);;All files (*)"), u"backup"_s);
        if (!path.isEmpty())
            restoreFrom(path);
    });

    m_model = new BackupListModel(this);
    m_view = new QTableView(box);
    m_view->setObjectName(u"backupList"_s);
    makeSortable(m_view, m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupDialog::updateButtons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_backupNow);
    top->addWidget(m_showContents);
    top->addWidget(refresh);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_restore);
    bottom->addWidget(m_restoreFile);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    return box;
}

void BackupDialog::loadPolicy()
{
    auto policy = BackupPolicyRepository(m_session.db).policy();
    if (!policy) {
        reportReadFailure(this, policy.error(), m_message);
        m_save->setEnabled(false);
        return;
    }
    m_saved = *policy;
    m_folder->setText(QDir::toNativeSeparators(policy->folder));
    m_keepDaily->setValue(policy->keepDaily);
    m_keepWeekly->setValue(policy->keepWeekly);
    m_onExit->setChecked(policy->onExit);
    m_daily->setChecked(policy->daily);
    m_encrypt->setChecked(policy->encrypt);
    refreshLastBackup();
}

void BackupDialog::refreshLastBackup()
{
    auto last = BackupPolicyRepository(m_session.db).lastGoodBackup();
    if (!last) {
        m_lastBackup->setText(last.error().message);
        return;
    }
    const QDateTime now = m_session.clock->now();
    const QString warning = backupWarning(*last, now);
    m_lastBackup->setText(warning.isEmpty() ? lastBackupText(*last, now) : joinSentences({lastBackupText(*last, now), warning}));
    m_lastBackup->setStyleSheet(warning.isEmpty() ? QString() : u"color: #a01010; font-weight: bold;"_s);
}

BackupPolicy BackupDialog::policyShown() const
{
    BackupPolicy policy;
    policy.folder = QDir::fromNativeSeparators(m_folder->text());
    policy.keepDaily = m_keepDaily->value();
    policy.keepWeekly = m_keepWeekly->value();
    policy.onExit = m_onExit->isChecked();
    policy.daily = m_daily->isChecked();
    policy.encrypt = m_encrypt->isChecked();
    return policy;
}

void BackupDialog::updateButtons()
{
    const bool readOnly = m_session.db->isReadOnly();
    const int row = currentSourceRow(m_view);
    const bool usable = row >= 0 && m_model->backupAt(row).problem.isEmpty();
    m_save->setEnabled(!readOnly && policyShown() != m_saved);
    m_backupNow->setEnabled(!m_folder->text().isEmpty());
    m_showContents->setEnabled(usable);
    m_restore->setEnabled(usable && !readOnly);
    m_restoreFile->setEnabled(!readOnly);
    if (readOnly) {
        m_restore->setToolTip(Database::readOnlyMessage());
        m_restoreFile->setToolTip(Database::readOnlyMessage());
    }
}

void BackupDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(QFileInfo(folder).absoluteFilePath()));
    reloadBackups();
    updateButtons();
}

void BackupDialog::saveSettings()
{
    const BackupPolicy policy = policyShown();
    if (auto saved = BackupPolicyRepository(m_session.db).save(policy); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    m_saved = policy;
    if (!policy.encrypt && m_sessionPassword)
        m_sessionPassword->clear();
    m_message->showInfo(tr("The backup settings were saved."));
    updateButtons();
}

std::optional<QByteArray> BackupDialog::askPassword(bool newBackup, const QString &backupName)
{
    BackupPasswordDialog dialog(newBackup ? BackupPasswordDialog::Purpose::NewBackup : BackupPasswordDialog::Purpose::OpenBackup,
                                backupName, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

void BackupDialog::backupNow()
{
    m_message->clearMessage();
    const BackupPolicy policy = policyShown();
    if (policy.folder.isEmpty()) {
        m_message->showError(tr("Choose a backup folder first."));
        return;
    }
    // The folder and rules shown are the ones the backup follows: saved first.
    if (policy != m_saved && !m_session.db->isReadOnly())
        saveSettings();
    QByteArray password;
    if (policy.encrypt) {
        if (m_sessionPassword && m_sessionPassword->isSet()) {
            password = m_sessionPassword->value();
        } else {
            const std::optional<QByteArray> asked = askPassword(true, {});
            if (!asked)
                return;
            password = *asked;
            if (m_sessionPassword)
                m_sessionPassword->set(password);
        }
    }
    std::optional<Result<BackupMade>> made;
    runInBackground(this, tr("Making a backup…"), [&](const ProgressCallback &report) {
        made = backupIntoFolder(*m_session.db, policy.folder, password, policy.keepDaily, policy.keepWeekly, *m_session.clock, report);
    });
    password.fill('\0');
    if (!made || !*made) {
        if (made && made->error().code == ErrorCode::Cancelled)
            m_message->showInfo(tr("The backup was cancelled; nothing was written to the folder."));
        else if (made)
            m_message->showError(made->error().message);
        return;
    }
    const BackupMade &done = made->value();
    QString note;
    if (m_session.db->isReadOnly())
        note = tr("This window has the data file read-only, so the time of this backup was not recorded in it.");
    else if (auto recorded = BackupPolicyRepository(m_session.db).recordGoodBackup({done.contents.madeAt, done.file}); !recorded)
        note = recorded.error().message;
    const QString size = QLocale().formattedDataSize(done.bytes, 1, QLocale::DataSizeTraditionalFormat);
    QStringList sentences{tr("Backup made and checked: %1 (%2).").arg(QFileInfo(done.file).fileName(), size)};
    if (!done.removed.isEmpty())
        sentences << tr("%n older backup(s) removed by the rules.", nullptr, int(done.removed.size()));
    if (!note.isEmpty())
        sentences << note;
    m_message->showInfo(joinSentences(sentences));
    reloadBackups();
    refreshLastBackup();
}

void BackupDialog::reloadBackups()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text());
    if (folder.isEmpty()) {
        m_model->setBackups({});
        return;
    }
    auto listed = listBackups(folder);
    if (!listed) {
        m_model->setBackups({});
        m_message->showError(listed.error().message);
        return;
    }
    m_model->setBackups(*listed);
    if (m_model->rowCount() > 0)
        m_view->selectRow(viewRow(m_view, 0));
    m_view->resizeColumnsToContents();
    // The file name takes what the counts leave (a model reset forgets it).
    m_view->horizontalHeader()->setSectionResizeMode(BackupListModel::File, QHeaderView::Stretch);
    updateButtons();
}

std::optional<BackupFile> BackupDialog::openBackup(const QString &path)
{
    auto kind = backupKind(path);
    if (!kind) {
        m_message->showError(kind.error().message);
        return std::nullopt;
    }
    QByteArray password;
    if (*kind == BackupKind::Encrypted) {
        const std::optional<QByteArray> asked = askPassword(false, QFileInfo(path).fileName());
        if (!asked)
            return std::nullopt;
        password = *asked;
    }
    // An encrypted backup's key takes a second or so to work out (Argon2id).
    std::optional<Result<BackupFile>> opened;
    runInBackground(this, tr("Opening the backup…"), [&](const ProgressCallback &) { opened = BackupFile::open(path, password); });
    password.fill('\0');
    if (!opened || !*opened) {
        if (opened)
            m_message->showError(opened->error().message);
        return std::nullopt;
    }
    return opened->value();
}

void BackupDialog::showContentsOfSelected()
{
    m_message->clearMessage();
    const int row = currentSourceRow(m_view);
    if (row < 0)
        return;
    const std::optional<BackupFile> backup = openBackup(m_model->backupAt(row).path);
    if (!backup)
        return;
    m_model->setContents(row, backup->contents());
    std::optional<Result<BackupContents>> verified;
    runInBackground(this, tr("Checking the backup…"), [&](const ProgressCallback &report) { verified = verifyBackup(*backup, report); });
    if (!verified)
        return;
    if (!*verified) {
        if (verified->error().code == ErrorCode::Cancelled)
            m_message->showInfo(tr("The check was cancelled."));
        else
            m_message->showError(verified->error().message);
        return;
    }
    m_message->showInfo(tr("The backup is sound and can be restored: %1.").arg(joinClauses(describeContents(backup->contents()))));
}

void BackupDialog::restoreSelected()
{
    const int row = currentSourceRow(m_view);
    if (row >= 0)
        restoreFrom(m_model->backupAt(row).path);
}

void BackupDialog::restoreFrom(const QString &backupPath)
{
    m_message->clearMessage();
    if (m_session.db->isReadOnly()) {
        m_message->showError(Database::readOnlyMessage());
        return;
    }
    const std::optional<BackupFile> backup = openBackup(backupPath);
    if (!backup)
        return;
    confirmAndPrepare(*backup);
}

void BackupDialog::confirmAndPrepare(const BackupFile &backup)
{
    RestoreConfirmDialog confirm(backup.path(), backup.contents(), backup.refusal(), m_session.db->path(), this);
    if (confirm.exec() != QDialog::Accepted)
        return;
    std::optional<Result<std::unique_ptr<PreparedRestore>>> prepared;
    runInBackground(this, tr("Checking the backup before restoring…"), [&](const ProgressCallback &report) {
        prepared = prepareRestore(backup, m_session.db->path(), report);
    });
    if (!prepared || !*prepared) {
        if (prepared && prepared->error().code == ErrorCode::Cancelled)
            m_message->showInfo(tr("The restore was cancelled; the data file was not changed."));
        else if (prepared)
            m_message->showError(joinSentences({prepared->error().message, tr("The data file was not changed.")}));
        return;
    }
    m_prepared = std::move(prepared->value());
    done(RestoreReady);
}

} // namespace rr
