#pragma once
// How often the ledger's equipment was used in training (issue 13, Usage),
// for the ledger page: a period (this semester, the last 30 or 90 days, or
// any dates), a table of the items with their sessions and the day last
// used, the unused ones marked, and "只看未使用". Self-contained: it reads
// through core (ledger/ItemUsage) and follows the data file's writes.
#include "ledger/ItemUsage.h"
#include "shell/Session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace rr {

class MessageLabel;

class LedgerUsageView final : public QWidget {
    Q_OBJECT
public:
    enum Column { LedgerNo, Name, Room, Sessions, LastUsed, State, ColumnCount };
    enum class Preset { Semester, Last30Days, Last90Days, Custom };

    explicit LedgerUsageView(Session session, QWidget *parent = nullptr);

    void reload();
    void setPeriod(const QDate &from, const QDate &to);   // Custom
    void setPreset(Preset preset);
    void setUnusedOnly(bool unusedOnly);

    UsagePeriod period() const;
    const QList<ItemUsage> &rows() const { return m_rows; }   // as listed
    bool isLoaded() const { return m_loaded; }
    QTableView *table() const { return m_table; }
    QStandardItemModel *model() const { return m_model; }
    QCheckBox *unusedOnlyBox() const { return m_unusedOnly; }
    QComboBox *presetCombo() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLabel *summaryLabel() const { return m_summary; }
    MessageLabel *message() const { return m_message; }

private:
    void applyPreset();

    Session m_session;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_unusedOnly = nullptr;
    QLabel *m_summary = nullptr;
    MessageLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QList<ItemUsage> m_rows;
    bool m_loaded = false;
    bool m_updating = false;   // dates set by a preset, not by hand
};

} // namespace rr
