#pragma once
// Files that hold personal data or secrets are for the workstation's own user only: 0600 for files,
// 0700 for folders, whatever the umask of the process that created them.
#include <QString>

namespace pc::services::security {

// Removes group and other access from a file (0600) or a folder (0700); false when chmod failed.
// A missing path is not an error (there is nothing to expose).
bool restrictToOwner(const QString& path);

// Appends one line to an owner-only text file, creating it (and its folder, 0700) when needed.
bool appendPrivateLine(const QString& path, const QString& line);

} // namespace pc::services::security
