// readme-shots: renders the README's screenshots (PASS, a REJECT, the lookup, Arabic) into a
// folder as small PNGs. `make screenshots` writes them to docs/screenshots/.
#include "tests/ui/kioskfixture.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <iostream>

using namespace checkin;

namespace {
bool save(uitest::KioskUi &ui, const QString &dir, const QString &name)
{
    // Half size: flat colours compress to a few tens of KB, well under 200 KB.
    const QImage image = ui.render().scaledToWidth(640, Qt::SmoothTransformation);
    const QString path = QDir(dir).filePath(name);
    if (!image.save(path, "PNG", 0)) {
        std::cerr << "readme-shots: cannot write " << path.toStdString() << "\n";
        return false;
    }
    std::cout << path.toStdString() << " " << QFileInfo(path).size() << " bytes\n";
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QGuiApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots");
    QDir().mkpath(dir);
    bool ok = true;
    {
        uitest::KioskUi ui(core::KioskMode::SelfService);
        ui.kiosk->showScanScreen();
        ui.kiosk->showVerdict(uitest::verdictFor(core::Reason::Admitted));
        ok &= save(ui, dir, QStringLiteral("pass-de.png"));
        ui.language->setLanguage(QStringLiteral("en"));
        ui.kiosk->showVerdict(uitest::verdictFor(core::Reason::WrongDay));
        ok &= save(ui, dir, QStringLiteral("reject-wrong-day-en.png"));
        ui.kiosk->dismissVerdict();
        ui.kiosk->openLookup();
        ui.lookup->search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
        ok &= save(ui, dir, QStringLiteral("lookup-found-en.png"));
        ui.kiosk->goBack();
        ui.language->setLanguage(QStringLiteral("ar"));
        ok &= save(ui, dir, QStringLiteral("scan-ar.png"));
    }
    return ok ? 0 : 1;
}
