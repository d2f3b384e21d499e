#pragma once
// Every file dialog of the program goes through here, so that it opens in a
// folder that exists — the last one the teacher used for that kind of file,
// else the documents folder if there is one, else the home folder (a fresh
// Chinese desktop often has no ~/Documents) — and remembers the folder
// chosen. `kind` names the kind of file ("roster", "archive", "pdf", …);
// a kind not used yet starts in the folder of the last file of any kind.
#include <QString>

class QWidget;

namespace rr {

QString chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter, const QString &kind);
// `suggested` is a file name, or a path whose folder is used if it exists.
QString chooseFileToSave(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                         const QString &kind);

QString startFolder(const QString &kind);                 // always an existing folder
QString suggestedPath(const QString &kind, const QString &fileName);   // startFolder(kind)/fileName
void rememberFolder(const QString &kind, const QString &chosenFile);

} // namespace rr
