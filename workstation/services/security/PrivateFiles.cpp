#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pc::services::security {

bool restrictToOwner(const QString& path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return true;
    QFileDevice::Permissions p = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (fi.isDir())
        p |= QFileDevice::ExeOwner;
    return QFile::setPermissions(path, p);
}

bool appendPrivateLine(const QString& path, const QString& line)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(dir) && (!QDir().mkpath(dir) || !restrictToOwner(dir)))
        return false;
    QFile f(path);
    // Restrict before writing, so not even the first line is readable by others for an instant.
    if (!f.open(QIODevice::Append | QIODevice::Text) || !restrictToOwner(path))
        return false;
    const QByteArray bytes = line.toUtf8() + '\n';
    return f.write(bytes) == bytes.size() && f.flush();
}

} // namespace pc::services::security
