#pragma once
// The history of a signed training record: the version as signed and each
// amendment (date, author, reason), and for the chosen amendment what it
// changed, field by field.
#include "shell/Session.h"
#include "training/SessionHistory.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace rr {

class FieldChangeModel;
class RecordVersionModel;

class RecordHistoryDialog final : public QDialog {
    Q_OBJECT
public:
    RecordHistoryDialog(Session session, qint64 sessionId, QWidget *parent = nullptr);

    void reload();
    void selectVersion(int row);
    RecordVersionModel *versionModel() const { return m_versions; }
    FieldChangeModel *changeModel() const { return m_changes; }
    QTableView *versionTable() const { return m_versionTable; }
    QTableView *changeTable() const { return m_changeTable; }
    QLabel *detailLabel() const { return m_detail; }

private:
    void showVersion(int row);

    Session m_session;
    qint64 m_sessionId = 0;
    QHash<qint64, QString> m_studentNames;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    RecordVersionModel *m_versions = nullptr;
    FieldChangeModel *m_changes = nullptr;
    QTableView *m_versionTable = nullptr;
    QTableView *m_changeTable = nullptr;
};

} // namespace rr
