#pragma once
// The first-run setup wizard: office postcode and name, counter number, identifier ranges, the devices
// found, printers from CUPS and the tracking endpoint, written to the configuration through
// services/setup/WorkstationSetup (the same code as `postcounter-cli setup`). main.cpp shows it when
// the configuration does not name the office yet and the program is not in demo mode.
#include "services/setup/WorkstationSetup.h"

#include <QStringList>
#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pc::app {

class SetupWizard : public QWizard {
    Q_OBJECT
public:
    // What the machine offers, looked up once before the wizard opens (tests pass their own).
    struct Environment {
        QStringList devices;     // "Dymo M10 (scale, usb 0922:8003)"
        QStringList printQueues; // CUPS queue names
        QString cupsProblem;     // why no queue could be listed, when so
    };
    static Environment discover();

    SetupWizard(QString configPath, Environment environment, QWidget* parent = nullptr);

    services::SetupRequest request() const;
    QString configPath() const { return m_configPath; }

    bool validateCurrentPage() override;
    void accept() override;

private:
    enum Page { OfficePage, CounterPage, RangesPage, DevicesPage, PrintersPage, TrackingPage };
    QWizardPage* makePage(const QString& title, const QString& subTitle, QLabel** error);
    void addOfficePage();
    void addCounterPage();
    void addRangesPage();
    void addDevicesPage();
    void addPrintersPage();
    void addTrackingPage();

    QString m_configPath;
    Environment m_env;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_officeName = nullptr;
    QLineEdit* m_region = nullptr;
    QSpinBox* m_counter = nullptr;
    QLineEdit* m_counterName = nullptr;
    QPlainTextEdit* m_ranges = nullptr;
    QComboBox* m_labelQueue = nullptr;
    QComboBox* m_labelLanguage = nullptr;
    QComboBox* m_receiptQueue = nullptr;
    QComboBox* m_formQueue = nullptr;
    QLineEdit* m_trackingUrl = nullptr;
    QLineEdit* m_trackingToken = nullptr;
    QList<QLabel*> m_errors; // one per page, by Page
};

} // namespace pc::app
