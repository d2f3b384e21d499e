#include "common/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kAnyKind = u"any"_s;

QString settingsKey(const QString &kind) { return u"fileDialogs/"_s + kind; }

bool isFolder(const QString &path) { return !path.isEmpty() && QFileInfo(path).isDir(); }
} // namespace

QString startFolder(const QString &kind)
{
    const QSettings settings;
    for (const QString &key : {kind, kAnyKind}) {
        const QString remembered = settings.value(settingsKey(key)).toString();
        if (isFolder(remembered))
            return remembered;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (isFolder(documents))
        return documents;
    return QDir::homePath();
}

QString suggestedPath(const QString &kind, const QString &fileName)
{
    return QDir(startFolder(kind)).filePath(fileName);
}

void rememberFolder(const QString &kind, const QString &chosenFile)
{
    if (chosenFile.isEmpty())
        return;
    const QString folder = QFileInfo(chosenFile).absolutePath();
    if (!isFolder(folder))
        return;
    QSettings settings;
    settings.setValue(settingsKey(kind), folder);
    settings.setValue(settingsKey(kAnyKind), folder);
}

QString chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter, const QString &kind)
{
    const QString path = QFileDialog::getOpenFileName(parent, title, startFolder(kind), filter);
    rememberFolder(kind, path);
    return path;
}

QString chooseFileToSave(QWidget *parent, const QString &title, const QString &suggested, const QString &filter,
                         const QString &kind)
{
    const QFileInfo info(suggested);
    const QString start = (info.isAbsolute() && isFolder(info.absolutePath()))
                              ? info.absoluteFilePath()
                              : suggestedPath(kind, info.fileName());
    const QString path = QFileDialog::getSaveFileName(parent, title, start, filter);
    rememberFolder(kind, path);
    return path;
}

} // namespace rr
