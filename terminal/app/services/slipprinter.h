// SlipPrinter: prints check-in slips and clearing tickets on a driverless IPP printer (libcups).
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QThread>

namespace checkin::app {

/// What goes on paper, already in the kiosk's language: a heading, a few lines, and one large
/// number (the queue or ticket number) the person shows at the next station, and for a clearing
/// ticket its QR code, which the entrance scans once the desk resolved the case.
struct Slip
{
    QString jobName; ///< "check-in-slip" or "clearing-ticket": the printer's job name, no personal data
    QString heading;
    QStringList lines;
    QString bigNumber;
    QString code; ///< when set: printed as a QR code under the number (a clearing ticket)
};

/// The GUI-thread facade of the worker thread "printer": rendering the PDF and talking IPP may
/// take seconds (a printer waking up, a full spool), so they never run on the GUI thread. libcups
/// talks IPP straight to the printer's URI: no local CUPS scheduler, no driver, no queue to set up.
/// Results come back as queued signals.
class SlipPrinter : public QObject
{
    Q_OBJECT
public:
    /// uri: ipp://host:port/resource or ipps://...; empty: no printer (print() reports a failure).
    explicit SlipPrinter(const QString &uri, QObject *parent = nullptr);
    ~SlipPrinter() override;

    bool configured() const { return !m_uri.isEmpty(); }
    void print(const Slip &slip);

    /// The slip as PDF bytes (A6 portrait): what print() sends. Public so the tests can render it.
    static QByteArray renderPdf(const Slip &slip);

signals:
    void printed(int jobId);
    void printFailed(const QString &problem);

private:
    QString m_uri;
    QThread m_thread;
    QObject *m_worker = nullptr;
};

} // namespace checkin::app
