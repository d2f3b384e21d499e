#pragma once
// Starting a 盘点: a title, one room or the whole ledger, the day and who
// counts. Core takes the expected quantities as they are now.
#include "shell/Session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace rr {

class MessageLabel;

class StartStocktakeDialog final : public QDialog {
    Q_OBJECT
public:
    explicit StartStocktakeDialog(Session session, QWidget *parent = nullptr);
    qint64 savedId() const { return m_savedId; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *roomCombo() const { return m_room; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    void accept() override;

private:
    Session m_session;
    qint64 m_savedId = 0;
    QLineEdit *m_title = nullptr;
    QComboBox *m_room = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_person = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
