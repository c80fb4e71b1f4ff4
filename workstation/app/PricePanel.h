#pragma once
// Shows a quote the way the clerk explains it to the customer: one row per line (ex-VAT, VAT, total),
// the totals, the COD transfer fee and who pays it, the control period, and the tariff version (marked
// "sample" when it is the bundled sample). Or, when the item cannot be priced, every reason why.
#include "domain/Result.h"
#include "domain/tariff/Quote.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pc::app {

class PricePanel : public QWidget {
    Q_OBJECT
public:
    explicit PricePanel(QWidget* parent = nullptr);

    void showQuote(const tariff::Quote& quote);
    void showErrors(const QList<Error>& errors);
    void showResult(const tariff::QuoteResult& result);
    void clear();

    // For tests and the acceptance screen: what is shown now.
    QString totalText() const;
    QString versionText() const;
    QString errorText() const;
    int lineCount() const;

private:
    QString money(std::int64_t kop) const;

    QLabel* m_version = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_errors = nullptr;
};

} // namespace pc::app
