#include "ScanWedgeFilter.h"

#include <QCoreApplication>

namespace pc::app {

ScanWedgeFilter::ScanWedgeFilter(Options options, QObject* parent) : QObject(parent), m_opt(options)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    m_gapTimer.setSingleShot(true);
    connect(&m_gapTimer, &QTimer::timeout, this, &ScanWedgeFilter::flushAsTyping);
}

ScanWedgeFilter::~ScanWedgeFilter() = default;

QChar ScanWedgeFilter::controlCharFor(const QKeyEvent* e)
{
    if (e->key() == Qt::Key_Escape)
        return QChar(0x1B);
    if ((e->modifiers() & Qt::ControlModifier) && e->key() >= Qt::Key_A && e->key() <= Qt::Key_Z)
        return QChar(1 + (e->key() - Qt::Key_A));
    const QString t = e->text();
    if (t.size() == 1 && t[0].unicode() < 0x20)
        return t[0];
    return QChar(0x1A); // SUB: some other control key; still refused by the grammar
}

bool ScanWedgeFilter::eventFilter(QObject* watched, QEvent* event)
{
    const auto type = event->type();
    if (m_replaying || !watched->isWidgetType() ||
        (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::ShortcutOverride))
        return false;
    if (event == m_lastEvent && type != QEvent::ShortcutOverride)
        return false; // the same event propagating to a parent: decided already
    m_lastEvent = event;
    auto* key = static_cast<QKeyEvent*>(event);

    if (type == QEvent::ShortcutOverride) {
        // Inside a burst nothing is a shortcut; the key press that follows is handled below.
        if (burstInProgress()) {
            event->accept();
            return true;
        }
        return false;
    }
    if (type == QEvent::KeyRelease) {
        // Releases of held keys (and of the terminator of a scan) stay with the burst.
        const bool swallow = burstInProgress() || m_swallowTerminatorRelease;
        m_swallowTerminatorRelease = false;
        return swallow;
    }

    const int k = key->key();
    if (k == Qt::Key_Shift || k == Qt::Key_Control || k == Qt::Key_Alt || k == Qt::Key_Meta ||
        k == Qt::Key_AltGr)
        return burstInProgress(); // a modifier alone types nothing; inside a burst it stays there
    const qint64 now = m_clock();
    const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const QString text = key->text();
    const bool printable = plain && text.size() == 1 && text[0].unicode() >= 0x20 && text[0] != QChar(0x7F);
    const bool terminator = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                            (m_opt.tabTerminates && key->key() == Qt::Key_Tab);

    if (burstInProgress() && now - m_lastKeyMs > m_opt.maxGapMs) {
        flushAsTyping(); // too slow: that was a typist
    }
    if (!burstInProgress()) {
        m_lastKeyMs = 0;
        if (!printable)
            return false; // a typist's Enter, Ctrl+D, Esc: theirs
        // A possible burst starts: hold the key back until the timing decides.
    }
    m_lastKeyMs = now;
    if (terminator) {
        const QString scan = m_keys;
        if (scan.size() >= m_opt.minLength) {
            m_gapTimer.stop();
            m_held.clear();
            m_keys.clear();
            m_swallowTerminatorRelease = true;
            emit scanned(scan, now);
            return true;
        }
        flushAsTyping();
        return false; // short burst: the Enter is the typist's too
    }
    if (printable)
        m_keys += text;
    else
        m_keys += controlCharFor(key); // kept for the verdict, never delivered
    m_held.push_back({watched, std::make_unique<QKeyEvent>(key->type(), key->key(), key->modifiers(),
                                                           key->nativeScanCode(), key->nativeVirtualKey(),
                                                           key->nativeModifiers(), key->text(),
                                                           key->isAutoRepeat(), key->count())});
    m_gapTimer.start(m_opt.maxGapMs + 1);
    return true;
}

void ScanWedgeFilter::flushAsTyping()
{
    m_gapTimer.stop();
    auto held = std::move(m_held);
    m_held.clear();
    m_keys.clear();
    m_replaying = true;
    for (auto& h : held) {
        // Only what a typist could type is replayed; a control key held inside a burst is dropped.
        if (!h.target || h.press->text().isEmpty() || h.press->text()[0].unicode() < 0x20)
            continue;
        QKeyEvent release(QEvent::KeyRelease, h.press->key(), h.press->modifiers(), h.press->text());
        QCoreApplication::sendEvent(h.target, h.press.get());
        QCoreApplication::sendEvent(h.target, &release);
    }
    m_replaying = false;
}

} // namespace pc::app
