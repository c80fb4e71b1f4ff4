#include "DeviceStatusWidget.h"

#include "services/devices/DeviceHub.h"

#include <QHBoxLayout>
#include <QLabel>

namespace pc::app {

namespace {
QString stateText(drivers::DeviceState s)
{
    switch (s) {
    case drivers::DeviceState::Absent:
        return DeviceStatusWidget::tr("disconnected — manual entry");
    case drivers::DeviceState::Connecting:
        return DeviceStatusWidget::tr("connecting");
    case drivers::DeviceState::Ready:
        return DeviceStatusWidget::tr("ready");
    case drivers::DeviceState::Busy:
        return DeviceStatusWidget::tr("busy");
    case drivers::DeviceState::Error:
        return DeviceStatusWidget::tr("error — manual entry");
    case drivers::DeviceState::Simulated:
        return DeviceStatusWidget::tr("simulated");
    }
    return {};
}

QString readingText(const drivers::ScaleReading& r)
{
    switch (r.state) {
    case drivers::ScaleState::Stable:
        return DeviceStatusWidget::tr("%1 g").arg(r.wholeGrams());
    case drivers::ScaleState::InMotion:
        return DeviceStatusWidget::tr("%1 g (settling)").arg(r.wholeGrams());
    case drivers::ScaleState::UnderZero:
        return DeviceStatusWidget::tr("under zero");
    case drivers::ScaleState::OverCapacity:
        return DeviceStatusWidget::tr("over capacity");
    case drivers::ScaleState::Fault:
        return DeviceStatusWidget::tr("fault");
    }
    return {};
}
} // namespace

DeviceStatusWidget::DeviceStatusWidget(services::DeviceHub* hub, QWidget* parent)
    : QWidget(parent), m_layout(new QHBoxLayout(this)),
      m_none(new QLabel(tr("No scanner or scale: manual entry"), this))
{
    setObjectName(QStringLiteral("deviceStatus"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_none);
    if (!hub)
        return;
    connect(hub, &services::DeviceHub::deviceChanged, this, &DeviceStatusWidget::deviceChanged);
    connect(hub, &services::DeviceHub::scaleReading, this, &DeviceStatusWidget::scaleReading);
    connect(hub, &services::DeviceHub::scanRead, this, &DeviceStatusWidget::scanRead);
    for (const auto& d : hub->devices())
        deviceChanged(d);
}

QString DeviceStatusWidget::keyOf(const drivers::DeviceInfo& d)
{
    return QStringLiteral("device:%1:%2")
        .arg(drivers::deviceKindName(d.kind), d.path.isEmpty() ? d.model : d.path);
}

DeviceStatusWidget::Shown& DeviceStatusWidget::entry(const drivers::DeviceInfo& d)
{
    const QString key = keyOf(d);
    auto it = m_shown.find(key);
    if (it == m_shown.end()) {
        Shown s;
        s.info = d;
        s.label = new QLabel(this);
        s.label->setObjectName(key);
        s.label->setMargin(2);
        m_layout->addWidget(s.label);
        m_none->hide();
        it = m_shown.insert(key, s);
    }
    return *it;
}

void DeviceStatusWidget::deviceChanged(const drivers::DeviceInfo& d)
{
    Shown& s = entry(d);
    s.info = d;
    refresh(s);
}

void DeviceStatusWidget::scaleReading(const drivers::ScaleReading& r)
{
    // The hub does not say which scale read; a counter has one, so every live scale shows it.
    for (Shown& s : m_shown)
        if (s.info.kind == drivers::DeviceKind::Scale && s.info.state != drivers::DeviceState::Absent) {
            s.last = readingText(r);
            refresh(s);
        }
}

void DeviceStatusWidget::scanRead(const services::ScanVerdict& v)
{
    for (Shown& s : m_shown)
        if (s.info.kind == drivers::DeviceKind::Scanner && s.info.state != drivers::DeviceState::Absent) {
            s.last = v.recognised() ? v.text : tr("unrecognised: %1").arg(v.text);
            refresh(s);
        }
}

void DeviceStatusWidget::refresh(Shown& s)
{
    const QString kind = s.info.kind == drivers::DeviceKind::Scale ? tr("Scale") : tr("Scanner");
    QString text = tr("%1: %2 — %3").arg(kind, s.info.model, stateText(s.info.state));
    if (!s.info.detail.isEmpty() && s.info.state != drivers::DeviceState::Ready)
        text += tr(" (%1)").arg(s.info.detail);
    if (!s.last.isEmpty() && s.info.state != drivers::DeviceState::Absent)
        text += tr(" · last: %1").arg(s.last);
    s.label->setText(text);
    const bool bad =
        s.info.state == drivers::DeviceState::Absent || s.info.state == drivers::DeviceState::Error;
    s.label->setStyleSheet(bad ? QStringLiteral("color: #b00020;") : QString());
}

QLabel* DeviceStatusWidget::labelFor(const drivers::DeviceInfo& d) const
{
    const auto it = m_shown.constFind(keyOf(d));
    return it == m_shown.constEnd() ? nullptr : it->label;
}

QString DeviceStatusWidget::textFor(const drivers::DeviceInfo& d) const
{
    const QLabel* l = labelFor(d);
    return l ? l->text() : QString();
}

} // namespace pc::app
