#pragma once
// The 盘点 tab: the stocktakes (newest first); the lines of the chosen one,
// where each item is ticked as found or counted and a difference given its
// reason (each edit one write); the difference list; confirming turns the
// differences into stock adjustments. A confirmed stocktake is read-only.
#include "ledger/Stocktake.h"
#include "shell/Session.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rr {

class MessageLabel;
class StocktakeLineModel;

class StocktakePanel final : public QWidget {
    Q_OBJECT
public:
    explicit StocktakePanel(Session session, QWidget *parent = nullptr);
    void reload();
    void showStocktake(qint64 stocktakeId);
    void startStocktake();
    bool confirmStocktake(bool ask = true);
    bool discardStocktake(bool ask = true);

    qint64 currentStocktakeId() const;
    const Stocktake &stocktake() const { return m_stocktake; }
    StocktakeLineModel *lineModel() const { return m_model; }
    QTableView *lineView() const { return m_view; }
    QComboBox *stocktakeCombo() const { return m_choice; }
    QCheckBox *differencesOnly() const { return m_differencesOnly; }
    QLabel *summary() const { return m_summary; }
    QPushButton *confirmButton() const { return m_confirm; }
    MessageLabel *message() const { return m_message; }
    QDialog *dialog() const { return m_dialog; }

private:
    void writeLine(const StocktakeLine &line);
    void showLines();
    void print(const QString &formId);
    void updateSummary();

    Session m_session;
    Stocktake m_stocktake;
    QHash<qint64, QString> m_rooms;
    QComboBox *m_choice = nullptr;
    QCheckBox *m_differencesOnly = nullptr;
    StocktakeLineModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_print = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace rr
