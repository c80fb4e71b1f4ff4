#pragma once
// Charges a card on a worker thread behind a "follow the terminal" progress dialog: the terminal
// blocks up to its timeout and the window must keep painting. `done` runs on the GUI thread with the
// approval or the reason. Used by the acceptance sale and the issuing hand-over alike.
#include "domain/Result.h"
#include "drivers/payment/PaymentTerminal.h"

#include <QString>
#include <functional>

class QWidget;

namespace pc::app {

void chargeCardWithProgress(QWidget* parent, const QString& prompt,
                            std::function<Result<drivers::SaleApproval>()> charge,
                            std::function<void(const Result<drivers::SaleApproval>&)> done);

} // namespace pc::app
