// Printing: a check-in slip and a clearing ticket go through libcups to a virtual IPP Everywhere
// printer (ippeveprinter, started here on loopback); what it received is rendered and read back.
#include "terminal/app/screens/printcontroller.h"
#include "tests/support/tempdir.h"
#include "tests/ui/kioskfixture.h"
#include "tests/ui/screencheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtQml/qqmlextensionplugin.h>
#include <gtest/gtest.h>

Q_IMPORT_QML_PLUGIN(CheckinPlugin)

using namespace checkin;
using uitest::KioskUi;

namespace {

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

/// ippeveprinter on 127.0.0.1, keeping every job's document in its spool folder.
class VirtualPrinter
{
public:
    VirtualPrinter()
        : m_port(freePort())
    {
        // ippeveprinter insists on a DNS-SD client; a private message bus with no Avahi on it
        // satisfies that without advertising anything on the network.
        m_bus.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--print-address=1"), QStringLiteral("--nofork"),
                QStringLiteral("--nopidfile")});
        if (!m_bus.waitForStarted(10000) || !m_bus.waitForReadyRead(10000))
            return;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(
            QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QString::fromLatin1(m_bus.readLine().trimmed()));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("/usr/sbin/ippeveprinter"),
            // "localhost": it listens on IPv4 and IPv6 and gives up if either has no address;
            // "-r off": no DNS-SD registration; "-c /bin/true": a job is done as soon as it is in
            // (without a command it "prints" for 5 to 15 s, and a second slip meets a busy printer).
            {QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-n"), QStringLiteral("localhost"),
                QStringLiteral("-r"), QStringLiteral("off"), QStringLiteral("-d"), spool(),
                QStringLiteral("-k"), QStringLiteral("-c"), QStringLiteral("/bin/true"), QStringLiteral("-f"),
                QStringLiteral("application/pdf"), QStringLiteral("checkin-test")});
        if (!m_process.waitForStarted(10000))
            return;
        // Up when it accepts a connection (it starts in well under a second).
        for (int attempt = 0; attempt < 100 && !m_up; ++attempt) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
            m_up = socket.waitForConnected(100);
            if (!m_up)
                m_process.waitForFinished(100); // returns early only if it died
            if (m_process.state() != QProcess::Running)
                return;
        }
    }
    ~VirtualPrinter()
    {
        for (QProcess *p : {&m_process, &m_bus}) {
            p->terminate();
            p->waitForFinished(5000);
        }
    }
    bool up() const { return m_up; }
    QString uri() const { return QStringLiteral("ipp://localhost:%1/ipp/print").arg(m_port); }
    QString spool() const { return QString::fromStdString(m_dir.path().string()); }
    QString log() { return QString::fromLocal8Bit(m_process.readAll()); }

    /// The documents received so far (ippeveprinter names them <job-id>-<job-name>.pdf).
    QStringList documents() const
    {
        QStringList out;
        QDirIterator it(spool(), {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        out.sort();
        return out;
    }

private:
    checkin::testing::TempDir m_dir;
    int m_port;
    QProcess m_bus;
    QProcess m_process;
    bool m_up = false;
};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Renders the first page with pdftoppm and returns it (what the paper looks like).
QImage pdfImage(const QString &pdf, const QString &pngBase)
{
    QDir().mkpath(QFileInfo(pngBase).path());
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-singlefile"),
            pdf, pngBase});
    p.waitForFinished(30000);
    return QImage(pngBase + QStringLiteral(".png"));
}

int darkPixels(const QImage &image)
{
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 100;
    return dark;
}

/// Waits for the printer's answer (a real process on loopback; the job arrives in milliseconds).
bool waitForPrinted(KioskUi &ui)
{
    QSignalSpy printed(ui.slipPrinter, &app::SlipPrinter::printed);
    QSignalSpy failed(ui.slipPrinter, &app::SlipPrinter::printFailed);
    for (int i = 0; i < 100 && printed.isEmpty() && failed.isEmpty(); ++i)
        printed.wait(200);
    if (!failed.isEmpty())
        ADD_FAILURE() << failed.constFirst().constFirst().toString().toStdString();
    return !printed.isEmpty();
}

} // namespace

TEST(Printing, ACheckInSlipReachesTheIppPrinterWithTimeInitialsSlotStationAndQueueNumber)
{
    VirtualPrinter printer;
    ASSERT_TRUE(printer.up()) << printer.log().toStdString();
    QDir().mkpath(QStringLiteral(CHECKIN_SHOT_DIR));
    KioskUi ui(core::KioskMode::SelfService, true, printer.uri());
    ASSERT_NE(ui.window, nullptr);
    ui.kiosk->showScanScreen();
    ui.kiosk->showVerdict(uitest::verdictFor(core::Reason::Admitted));
    ui.render();
    ASSERT_NE(ui.item("verdictPrint"), nullptr);
    EXPECT_TRUE(ui.item("verdictPrint")->isVisible()) << "a printer is configured: the PASS offers a slip";
    ui.print->printCheckInSlip();
    EXPECT_EQ(ui.print->state(), QStringLiteral("printing"));
    ASSERT_TRUE(waitForPrinted(ui)) << printer.log().toStdString();
    EXPECT_EQ(ui.print->state(), QStringLiteral("printed"));

    const QStringList docs = printer.documents();
    ASSERT_EQ(docs.size(), 1) << printer.log().toStdString();
    const QString text = pdfText(docs.constFirst());
    // German, the kiosk's default language.
    EXPECT_TRUE(text.contains(QStringLiteral("Eingecheckt"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("A. M."))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Müller"))) << "never the name on paper";
    EXPECT_TRUE(text.contains(QStringLiteral("Termin: 10:30"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Wartebereich"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Uhrzeit: "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("\\n\\s*1\\s*\\n")))) << text.toStdString();
    const QImage page = pdfImage(docs.constFirst(), QStringLiteral(CHECKIN_SHOT_DIR "/print-check-in-slip"));
    ASSERT_FALSE(page.isNull());
    EXPECT_GT(darkPixels(page), 500) << "the slip is not blank";

    // A second slip gets the next queue number.
    ui.print->printCheckInSlip();
    ASSERT_TRUE(waitForPrinted(ui));
    ASSERT_EQ(printer.documents().size(), 2);
    EXPECT_TRUE(pdfText(printer.documents().constLast())
                    .contains(QRegularExpression(QStringLiteral("\\n\\s*2\\s*\\n"))));
}

TEST(Printing, AClearingTicketCarriesTheNumberTheDeskResolves)
{
    VirtualPrinter printer;
    ASSERT_TRUE(printer.up()) << printer.log().toStdString();
    KioskUi ui(core::KioskMode::SelfService, true, printer.uri());
    ui.kiosk->showScanScreen();
    ui.language->setLanguage(QStringLiteral("fr"));
    ui.kiosk->openLookup();
    ui.lookup->search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
    ui.lookup->requestTicket();
    ASSERT_EQ(ui.lookup->state(), QStringLiteral("ticket"));
    ui.render();
    EXPECT_TRUE(ui.item("lookupPrintTicket")->isVisible());
    ui.print->printClearingTicket();
    ASSERT_TRUE(waitForPrinted(ui)) << printer.log().toStdString();
    ASSERT_EQ(printer.documents().size(), 1);
    const QString text = pdfText(printer.documents().constFirst());
    EXPECT_TRUE(text.contains(ui.lookup->ticketNumber())) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("guichet"))) << text.toStdString();
    const QImage paper = pdfImage(
        printer.documents().constFirst(), QStringLiteral(CHECKIN_SHOT_DIR "/print-clearing-ticket"));
    ASSERT_FALSE(paper.isNull());
    EXPECT_EQ(uitest::decodedCodes(paper), QStringList{ui.lookup->ticketNumber()})
        << "the printed code reads as the ticket number";
}

TEST(Printing, TheStaffsNewCaseGoesOnPaperWithItsCode)
{
    VirtualPrinter printer;
    ASSERT_TRUE(printer.up()) << printer.log().toStdString();
    KioskUi ui(core::KioskMode::Staff, true, printer.uri());
    ui.kiosk->showScanScreen();
    ui.kiosk->openSearch();
    ui.staffSearch->search(QStringLiteral("Kowalczyk"));
    ui.staffSearch->startCase();
    ui.staffSearch->openCase({}, QStringLiteral("Kowalczyk"), QStringLiteral("03.04.1949"), {}, {});
    ASSERT_EQ(ui.staffSearch->state(), QStringLiteral("case-opened"));
    ui.render();
    EXPECT_TRUE(ui.item("casePrint")->isVisible());
    ui.print->printClearingTicket();
    ASSERT_TRUE(waitForPrinted(ui)) << printer.log().toStdString();
    ASSERT_EQ(printer.documents().size(), 1);
    const QImage paper
        = pdfImage(printer.documents().constFirst(), QStringLiteral(CHECKIN_SHOT_DIR "/print-staff-case"));
    EXPECT_EQ(uitest::decodedCodes(paper), QStringList{ui.staffSearch->ticket()});
    EXPECT_TRUE(pdfText(printer.documents().constFirst()).contains(ui.staffSearch->ticket()));
}

TEST(Printing, WithoutAPrinterNothingOffersOrPromisesPaper)
{
    KioskUi ui(core::KioskMode::SelfService);
    ui.kiosk->showScanScreen();
    EXPECT_FALSE(ui.print->available());
    ui.kiosk->showVerdict(uitest::verdictFor(core::Reason::Admitted));
    ui.render();
    EXPECT_FALSE(ui.item("verdictPrint")->isVisible());
    ui.print->printCheckInSlip();
    EXPECT_EQ(ui.print->state(), QStringLiteral("idle"));
    ui.kiosk->dismissVerdict();
    ui.kiosk->openLookup();
    ui.lookup->search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
    ui.lookup->requestTicket();
    ui.render();
    EXPECT_FALSE(ui.item("lookupPrintTicket")->isVisible());
    for (const char *name : {"lookupTitle", "lookupMessage"})
        EXPECT_FALSE(ui.textOf(name).contains(QStringLiteral("Wartenummer"))
            || ui.textOf(name).contains(QStringLiteral("druck")))
            << name << ": " << ui.textOf(name).toStdString();
}

TEST(Printing, AnUnreachablePrinterIsReportedAsAFailure)
{
    KioskUi ui(
        core::KioskMode::SelfService, true, QStringLiteral("ipp://127.0.0.1:%1/ipp/print").arg(freePort()));
    ui.kiosk->showScanScreen();
    ui.kiosk->showVerdict(uitest::verdictFor(core::Reason::Admitted));
    QSignalSpy failed(ui.slipPrinter, &app::SlipPrinter::printFailed);
    ui.print->printCheckInSlip();
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_EQ(ui.print->state(), QStringLiteral("failed"));
}

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
