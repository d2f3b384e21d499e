#include "common/ReadFailure.h"

#include "common/MessageLabel.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QWidget>

namespace rr {

void reportReadFailure(QWidget *parent, const Error &error, MessageLabel *banner)
{
    if (banner) {
        banner->showError(error.message);
        return;
    }
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("rr::ReadFailure", "Could not read the data"), error.message, QMessageBox::Ok, parent);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

} // namespace rr
