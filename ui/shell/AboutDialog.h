#pragma once
// Help › About ResourceRoom: name, version, licence, purpose, and where the data lives.
#include <QDialog>

namespace rr {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace rr
