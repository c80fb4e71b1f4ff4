// The Storage screen's arrival of a whole container from the list the sorting centre sends with it.
#include "StorageScreen.h"
#include "services/storage/ArrivalService.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>

namespace pc::app {

void StorageScreen::chooseContainerList()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("The container's list"), QString(),
                                                      tr("Container list (*.csv *.txt)"));
    if (!path.isEmpty())
        arriveFromList(path);
}

bool StorageScreen::arriveFromList(const QString& path)
{
    if (!m_arrival)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, f.errorString()), true);
        return false;
    }
    auto list = storage::parseContainerList(f.readAll());
    if (!list) {
        showMessage(list.error().message, true);
        return false;
    }
    int arrived = 0;
    QStringList refused;
    for (const storage::ContainerProblem& p : std::as_const(list->problems))
        refused << tr("line %1: %2").arg(p.line).arg(p.reason);
    for (const storage::ContainerLine& l : std::as_const(list->lines)) {
        auto done = m_arrival->arrive(services::arrivalRequestFor(l, {}));
        if (!done) {
            refused << tr("line %1: %2").arg(l.line).arg(done.error().message);
            continue;
        }
        ++arrived;
        emit itemArrived(done->itemId);
    }
    // The refusals stay on screen in the warning colour: each needs the clerk (weigh, look at the bag).
    QString text = tr("%n item(s) of the list arrived.", nullptr, arrived);
    if (!refused.isEmpty())
        text += u'\n' + tr("Not arrived: %1").arg(refused.join(QStringLiteral("; ")));
    showMessage(text, !refused.isEmpty());
    refresh();
    return true;
}

} // namespace pc::app
