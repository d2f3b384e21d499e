#pragma once
// The title line at the top of every page, with an optional line below it.
#include <QWidget>

class QLabel;

namespace rr {

class PageHeader final : public QWidget {
    Q_OBJECT
public:
    explicit PageHeader(const QString &title, const QString &subtitle = {}, QWidget *parent = nullptr);
    void setSubtitle(const QString &subtitle);
    QString title() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
};

} // namespace rr
