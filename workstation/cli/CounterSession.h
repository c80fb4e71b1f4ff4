#pragma once
// The counter's services as a CLI command that sells, voids or closes lists needs them: the opened
// workstation, CounterServices, the configured printers and their queue (waited for before the command
// ends), and the card terminal. The built-in sample office (no configuration file) is a sandbox: no
// shift is required there and cards go to the simulator.
#include "CliContext.h"
#include "services/acceptance/CardTerminal.h"
#include "services/acceptance/CounterServices.h"
#include "services/printing/PrintQueueService.h"

#include <memory>

namespace pc::cli {

class CounterSession {
public:
    // nullptr after reporting the problem through ctx (*exitCode set).
    // forSales false (list import and inspection): no printers and no card terminal are set up.
    static std::unique_ptr<CounterSession> open(CliContext& ctx, int* exitCode, bool forSales = true);
    ~CounterSession();

    services::CounterServices& counter() { return *m_counter; }
    const db::Connection& connection() const { return m_ws->connection; }
    const services::AppConfig& config() const { return m_ws->config; }
    bool sampleOffice() const { return m_sample; }
    // Waits for the print queue (if printers are configured); false when jobs are still in flight.
    bool waitForPrinting(int timeoutMs = 60000);

private:
    CounterSession() = default;
    std::optional<CliContext::Workstation> m_ws;
    SystemClock m_clock;
    bool m_sample = false;
    std::unique_ptr<services::CounterServices> m_counter;
    services::PrinterRegistry m_printers;
    std::unique_ptr<services::PrintQueueService> m_queue;
    std::unique_ptr<services::CardTerminal> m_card;
};

} // namespace pc::cli
