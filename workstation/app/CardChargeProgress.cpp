#include "CardChargeProgress.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>
#include <memory>
#include <optional>

namespace pc::app {

void chargeCardWithProgress(QWidget* parent, const QString& prompt,
                            std::function<Result<drivers::SaleApproval>()> charge,
                            std::function<void(const Result<drivers::SaleApproval>&)> done)
{
    auto* progress = new QProgressDialog(prompt, QString(), 0, 0, parent);
    progress->setObjectName(QStringLiteral("cardProgress"));
    progress->setWindowTitle(QCoreApplication::translate("CardCharge", "Card terminal"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setCancelButton(nullptr); // the terminal has its own cancel key
    progress->setMinimumDuration(0);
    auto paid = std::make_shared<std::optional<Result<drivers::SaleApproval>>>();
    QThread* worker = QThread::create([charge = std::move(charge), paid] { paid->emplace(charge()); });
    QObject::connect(worker, &QThread::finished, progress, [worker, progress, paid, done = std::move(done)] {
        progress->deleteLater();
        worker->deleteLater();
        if (!*paid)
            return done(Error{QStringLiteral("payment.no_answer"),
                              QCoreApplication::translate("CardCharge", "the terminal did not answer")});
        done(**paid);
    });
    progress->show();
    worker->start();
}

} // namespace pc::app
