#include "CounterSession.h"

#include "services/security/JournalIntegrityCheck.h"

#include <QFileInfo>

namespace pc::cli {

std::unique_ptr<CounterSession> CounterSession::open(CliContext& ctx, int* exitCode, bool forSales)
{
    std::unique_ptr<CounterSession> s(new CounterSession);
    auto ws = ctx.openWorkstation();
    if (!ws) {
        *exitCode = ctx.fail(ws.error());
        return nullptr;
    }
    s->m_ws.emplace(std::move(*ws));
    const services::AppConfig& cfg = s->m_ws->config;
    // A broken journal chain is reported, not fatal: the administrator is told what to do.
    using services::security::JournalIntegrityCheck;
    if (auto check =
            JournalIntegrityCheck(s->m_ws->connection,
                                  JournalIntegrityCheck::defaultAlertLogPath(cfg.databasePath), cfg.counterId)
                .run();
        check && !check->ok())
        ctx.err << "WARNING: " << check->alertText << "\n";
    s->m_sample = cfg.demo || !QFileInfo::exists(cfg.configPath);
    s->m_counter =
        std::make_unique<services::CounterServices>(cfg, s->m_ws->connection, s->m_clock, !s->m_sample);
    if (auto st = s->m_counter->tariffs.ensureTariffs(); !st) {
        *exitCode = ctx.fail(st.error());
        return nullptr;
    }
    if (!forSales)
        return s;
    auto printing = services::loadPrintingConfig(cfg.configPath);
    if (!printing) {
        *exitCode = ctx.fail(printing.error());
        return nullptr;
    }
    s->m_printers.configure(*printing);
    if (!printing->printers.isEmpty())
        s->m_queue = std::make_unique<services::PrintQueueService>(s->m_ws->connection, s->m_printers);
    s->m_counter->setPrinting(&s->m_printers, s->m_queue.get());
    auto terminalConfig = services::loadPaymentTerminalConfig(cfg.configPath, s->m_sample);
    if (!terminalConfig) {
        *exitCode = ctx.fail(terminalConfig.error());
        return nullptr;
    }
    auto card = services::CardTerminal::start(*terminalConfig);
    if (!card) {
        *exitCode = ctx.fail(card.error());
        return nullptr;
    }
    s->m_card = std::move(*card);
    s->m_counter->setPaymentTerminal(s->m_card->terminal(), s->m_card->timeoutMs());
    return s;
}

CounterSession::~CounterSession()
{
    // The services hold references to the printers and the connection: they go first.
    m_queue.reset();
    m_counter.reset();
}

bool CounterSession::waitForPrinting(int timeoutMs)
{
    return !m_queue || m_queue->waitForIdle(timeoutMs);
}

} // namespace pc::cli
