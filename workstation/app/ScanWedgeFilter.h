#pragma once
// Keyboard-wedge fallback for a scanner the OS already owns. Installed on the application, it holds
// back plain keys while they arrive faster than a typist can type; a burst ending in Enter/Tab with
// at least minLength characters is a scan: emitted, never typed. A slow or short burst is replayed
// to the widget it was meant for. While a burst is in progress every ShortcutOverride is accepted and
// control keys are swallowed, so Ctrl+D inside Code 128 data cannot fire an action and an ESC cannot
// cancel a form (the BadBarcode attack, HARDWARE.md).
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace pc::app {

class ScanWedgeFilter : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxGapMs = 40;
        int minLength = 6;
        bool tabTerminates = true;
    };
    explicit ScanWedgeFilter(Options options, QObject* parent = nullptr);
    ~ScanWedgeFilter() override;

    // Tests inject a clock (ms); the default is a monotonic timer.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    bool burstInProgress() const { return !m_keys.isEmpty(); }

signals:
    // text keeps the control characters the burst carried (as U+0001…U+001F) so the grammar can
    // refuse the scan; none of them ever reached a widget.
    void scanned(const QString& text, qint64 timestampMs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey {
        QPointer<QObject> target;
        std::unique_ptr<QKeyEvent> press;
    };
    void flushAsTyping();
    static QChar controlCharFor(const QKeyEvent* e);

    Options m_opt;
    std::function<qint64()> m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_gapTimer;
    std::vector<HeldKey> m_held;
    QString m_keys;
    qint64 m_lastKeyMs = 0;
    bool m_replaying = false;
    bool m_swallowTerminatorRelease = false;
    const QEvent* m_lastEvent = nullptr;
};

} // namespace pc::app
