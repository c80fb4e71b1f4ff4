#pragma once
// The scripted counter shift that `postcounter-cli demo` and a display-less `postcounter --demo`
// run: a fresh database in the output folder, the sample office, simulated devices, and a
// manifest.json listing every item and the documents printed for it.
#include "domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace pc::services {

struct DemoResult {
    QString manifestPath;
    int itemCount = 0;
};

class DemoShift {
public:
    explicit DemoShift(QString outDir) : m_outDir(std::move(outDir)) {}
    Result<DemoResult> run();

private:
    QString m_outDir;
};

} // namespace pc::services
