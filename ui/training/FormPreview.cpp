#include "training/FormPreview.h"

#include "print/FormRenderer.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace rr {

Result<FormDocument> buildRegisteredForm(const QString &formId, const Session &session, const FormRequest &request)
{
    const FormSpec *form = findForm(formId);
    if (!form)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::FormPreview", "This version has no form \"%1\".").arg(formId));
    return form->build(FormContext{session.db, session.clock, request});
}

std::optional<Error> previewForm(const FormDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("rr::FormPreview", "Preview: %1").arg(document.title));
    std::optional<Error> problem;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        if (auto painted = paintForm(document, *target); !painted)
            problem = painted.error();
    });
    dialog.resize(1000, 720);
    dialog.exec();
    return problem;
}

} // namespace rr
