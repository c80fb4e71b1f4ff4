#pragma once
// A scale for the demo and service tests. placeWeight() wobbles for settleReadings reports (in
// motion), then reports the weight stable, as a real platter does; zero and tare are supported.
#include "drivers/core/Scale.h"

#include <QTimer>

namespace pc::drivers {

class SimulatedScale : public Scale {
    Q_OBJECT
public:
    struct Options {
        int intervalMs = 100;   // report period
        int settleReadings = 3; // in-motion reports before the stable one
        double capacityGrams = 32000;
    };
    explicit SimulatedScale(QObject* parent = nullptr) : SimulatedScale(Options{}, parent) {}
    SimulatedScale(Options options, QObject* parent = nullptr);
    DeviceInfo info() const override;
    bool zero() override;
    bool tare() override;

    void placeWeight(double grams); // total on the platter
    void setConnected(bool connected);
    void setFault(bool fault);
    double platter() const { return m_platter; }

private:
    void report();

    Options m_opt;
    QTimer m_timer;
    double m_platter = 0;
    double m_offset = 0; // zero / tare
    int m_wobble = 0;
    bool m_fault = false;
};

} // namespace pc::drivers
