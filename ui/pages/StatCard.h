#pragma once
// A small framed box on the overview: a caption, a big value, a detail line.
#include <QFrame>

class QLabel;

namespace rr {

class StatCard final : public QFrame {
    Q_OBJECT
public:
    explicit StatCard(const QString &caption, QWidget *parent = nullptr);
    void setValue(const QString &value, const QString &detail = {});
    QString value() const;

private:
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace rr
