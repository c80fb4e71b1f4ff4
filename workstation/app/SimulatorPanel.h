#pragma once
// Demo-mode controls for the simulated devices: type a code and "scan" it, put a weight on the
// platter, lift it, pull either cable. Everything goes through the hub's simulators (looked up at each
// action, so the panel may be built before DeviceHub::start()), so the acceptance form sees exactly
// what a real scanner or scale would give it.
#include <QWidget>

class QDoubleSpinBox;
class QLineEdit;

namespace pc::services {
class DeviceHub;
}

namespace pc::app {

class SimulatorPanel : public QWidget {
    Q_OBJECT
public:
    explicit SimulatorPanel(services::DeviceHub* hub, QWidget* parent = nullptr);

    void scan();      // the text in the code field
    void putWeight(); // the grams in the weight field
    void lift();

private:
    services::DeviceHub* m_hub;
    QLineEdit* m_code;
    QDoubleSpinBox* m_grams;
};

} // namespace pc::app
