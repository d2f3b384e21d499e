#include "security/RecoveryCodeDialog.h"

#include "common/FileDialogs.h"
#include "print/PdfExport.h"
#include "security/RecoverySheet.h"
#include "training/FormPreview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

RecoveryCodeDialog::RecoveryCodeDialog(const QString &code, const QString &schoolName, const QString &userName,
                                       const QDate &today, QWidget *parent)
    : QDialog(parent), m_codeText(code), m_school(schoolName), m_userName(userName), m_today(today)
{
    setObjectName(u"recoveryCodeDialog"_s);
    setWindowTitle(tr("Recovery code"));
    auto *intro = new QLabel(tr("This is the administrator's recovery code. With it a forgotten administrator's "
                                "password can be reset. It is shown only now: print it or write it down, and keep "
                                "it locked away, not beside the computer."),
                             this);
    intro->setWordWrap(true);
    m_code = new QLabel(code, this);
    m_code->setObjectName(u"recoveryCodeText"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(16);
    mono.setBold(true);
    m_code->setFont(mono);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(u"printRecoveryCode"_s);
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(u"saveRecoveryCodePdf"_s);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(u"copyRecoveryCode"_s);
    for (QPushButton *b : {m_print, m_pdf, m_copy})
        b->setAutoDefault(false);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (auto problem = previewForm(recoveryCodeSheet(m_school, m_userName, m_codeText, m_today), this))
            QMessageBox::warning(this, windowTitle(), problem->message);
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToSave(this, tr("Save the recovery code as PDF"), tr("recovery code.pdf"),
                                              tr("PDF files (*.pdf)"), u"forms"_s);
        if (path.isEmpty())
            return;
        if (auto written = writeFormPdf(recoveryCodeSheet(m_school, m_userName, m_codeText, m_today), path); !written)
            QMessageBox::warning(this, windowTitle(), written.error().message);
    });
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_codeText); });

    m_kept = new QCheckBox(tr("I have printed or written down the recovery code"), this);
    m_kept->setObjectName(u"recoveryCodeKept"_s);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(u"closeRecoveryCode"_s);
    m_close->setEnabled(false);
    connect(m_kept, &QCheckBox::toggled, m_close, &QPushButton::setEnabled);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    actions->addWidget(m_copy);
    actions->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_kept, 1);
    bottom->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_code);
    layout->addLayout(actions);
    layout->addLayout(bottom);
    setMinimumWidth(480);
}

void RecoveryCodeDialog::reject()
{
    if (m_kept->isChecked())
        QDialog::reject();
}

} // namespace rr
