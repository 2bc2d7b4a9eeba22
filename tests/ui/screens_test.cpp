// Screenshot tests: every screen in every language, rendered offscreen to PNG under the build
// directory (ui-shots/<mode>/<lang>/NN-<screen>.png) and checked for cut text, missing glyphs and
// small touch targets; each verdict family's colours through colour-vision-deficiency simulations;
// a portrait screen with larger text, more contrast and every control within reach.
#include "tests/ui/colourcheck.h"
#include "tests/ui/kioskfixture.h"
#include "tests/ui/screencheck.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>
#include <functional>
#include <gtest/gtest.h>
#include <map>

using namespace checkin;
using uitest::KioskUi;

namespace {

constexpr int kMinTouch = 64; // qml/Theme.qml minTouch

struct Case
{
    core::KioskMode mode;
    const char *language;
};

std::string caseName(const ::testing::TestParamInfo<Case> &info)
{
    return std::string(info.param.mode == core::KioskMode::Staff ? "Staff_" : "SelfService_")
        + info.param.language;
}

/// Every reason the rules can give: the keys reasonKey() knows.
std::vector<core::Reason> allReasons()
{
    std::vector<core::Reason> out;
    for (int i = 0; i < 100; ++i)
        if (std::string(core::reasonKey(static_cast<core::Reason>(i))) != "unknown")
            out.push_back(static_cast<core::Reason>(i));
    return out;
}

/// The status strip's three texts (center, sync, camera) must not run into each other: the strip
/// is on every screen, in every language, at every width.
QStringList stripOverlaps(KioskUi &ui)
{
    QStringList problems;
    std::vector<std::pair<QString, QRectF>> boxes;
    for (const char *name : {"centerName", "syncStatus", "cameraStatus"}) {
        QQuickItem *text = ui.item(name);
        if (!text || !text->isVisible())
            continue;
        // What is painted: the text's width at its (possibly shrunk) size, placed by its alignment.
        const qreal painted = std::min(text->property("contentWidth").toReal(), text->width());
        const int align = text->property("effectiveHorizontalAlignment").toInt();
        const qreal x = align == Qt::AlignRight ? text->width() - painted
            : align == Qt::AlignHCenter         ? (text->width() - painted) / 2
                                                : 0;
        boxes.emplace_back(
            QString::fromLatin1(name), text->mapRectToScene(QRectF(x, 0, painted, text->height())));
    }
    for (size_t a = 0; a < boxes.size(); ++a)
        for (size_t b = a + 1; b < boxes.size(); ++b)
            if (boxes[a].second.intersects(boxes[b].second))
                problems
                    << QStringLiteral("status strip: %1 runs into %2").arg(boxes[a].first, boxes[b].first);
    return problems;
}

/// The visible item of that name under `from` (both halves of the verdict screen have one).
QQuickItem *visibleItem(QQuickItem *from, const QString &name)
{
    if (!from->isVisible())
        return nullptr;
    if (from->objectName() == name)
        return from;
    for (QQuickItem *child : from->childItems())
        if (QQuickItem *hit = visibleItem(child, name))
            return hit;
    return nullptr;
}

constexpr uitest::Vision kVisions[] = {uitest::Vision::Typical, uitest::Vision::Protanopia,
    uitest::Vision::Deuteranopia, uitest::Vision::Tritanopia};

/// The colours one verdict family showed, per vision (index as kVisions).
struct FamilyColours
{
    std::array<uitest::Swatch, 4> swatch;
    QString firstReason;
};

/// Families whose lightness must stay 3:1 apart for everyone. The staff-desk family shares
/// REJECT's dark band (four bands cannot be 3:1 apart within 21:1), so against REJECT it must
/// differ clearly in colour instead (CIELAB distance), and it is 3:1 from PASS and WAIT.
bool lightnessApart(const std::string &a, const std::string &b)
{
    const auto pair = std::minmax(a, b);
    return pair != std::minmax(std::string("reject"), std::string("technical"));
}

class EveryScreen : public ::testing::TestWithParam<Case>
{
protected:
    void SetUp() override
    {
        ui = std::make_unique<KioskUi>(GetParam().mode);
        ASSERT_NE(ui->window, nullptr);
        dir = QDir(QStringLiteral(CHECKIN_SHOT_DIR))
                  .filePath(QStringLiteral("%1/%2").arg(
                      QString::fromLatin1(
                          GetParam().mode == core::KioskMode::Staff ? "staff" : "self-service"),
                      QString::fromLatin1(GetParam().language)));
        QDir().mkpath(dir);
        ui->kiosk->showScanScreen();
        ui->language->setLanguage(QString::fromLatin1(GetParam().language));
    }

    /// Renders, saves and checks the current screen.
    void shoot(const QString &name)
    {
        const QImage image = ui->render();
        ASSERT_FALSE(image.isNull());
        const QString path
            = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(++count, 2, 10, QChar(u'0')).arg(name));
        EXPECT_TRUE(image.save(path)) << path.toStdString();
        for (const QString &problem : uitest::checkScreen(ui->window, kMinTouch) + stripOverlaps(*ui))
            ADD_FAILURE() << name.toStdString() << ": " << problem.toStdString() << "  ("
                          << path.toStdString() << ")";
    }

    /// The verdict screen (without the status strip) through every vision; its fill and ink
    /// must be one family colour and readable (4.5:1 as seen with typical vision, 3:1 through
    /// every simulation: the verdict texts are large, 26 px and up).
    void sampleVerdictColours(const QString &reason)
    {
        QQuickItem *screen = ui->item("verdictScreen");
        ASSERT_NE(screen, nullptr);
        QRect box = screen->mapRectToScene(QRectF(0, 0, screen->width(), screen->height())).toRect();
        // The words only: the buttons below them have their own colours (the staff's annul
        // buttons with long labels would otherwise pass for the text's ink).
        const QImage whole = ui->render();
        if (QQuickItem *actions = visibleItem(screen, QStringLiteral("verdictActions")))
            box.setBottom(static_cast<int>(actions->mapToScene(QPointF(0, 0)).y()) - 1);
        const QImage image = whole.copy(box);
        const std::string family = ui->kiosk->family().toStdString();
        auto [it, fresh] = families.try_emplace(family);
        for (size_t v = 0; v < std::size(kVisions); ++v) {
            const QImage seen = uitest::simulate(image, kVisions[v]);
            if (kVisions[v] != uitest::Vision::Typical && GetParam().language == std::string("de"))
                seen.save(QDir(dir).filePath(
                    QStringLiteral("sim-%1-%2.png").arg(reason, uitest::visionName(kVisions[v]))));
            const uitest::Swatch sw = uitest::dominantColours(seen);
            const double text = uitest::contrastRatio(
                uitest::relativeLuminance(sw.fill), uitest::relativeLuminance(sw.ink));
            const double needed = kVisions[v] == uitest::Vision::Typical ? 4.5 : 3.0;
            EXPECT_GE(text, needed) << reason.toStdString() << " text through "
                                    << uitest::visionName(kVisions[v]).toStdString();
            if (fresh) {
                it->second.swatch[v] = sw;
                it->second.firstReason = reason;
            } else {
                EXPECT_EQ(QColor(sw.fill).name(), QColor(it->second.swatch[v].fill).name())
                    << reason.toStdString() << " is not coloured like "
                    << it->second.firstReason.toStdString() << " of the same family (" << family << ")";
            }
        }
    }

    /// Every pair of families, through every vision; the figures go to ui-shots/<mode>/<lang>/contrast.txt.
    void checkFamiliesApart()
    {
        QFile report(QDir(dir).filePath(QStringLiteral("contrast.txt")));
        ASSERT_TRUE(report.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QTextStream out(&report);
        for (const auto &[name, colours] : families) {
            const auto &t = colours.swatch[0];
            out << QString::fromStdString(name) << " fill " << QColor(t.fill).name() << " ink "
                << QColor(t.ink).name() << " text "
                << QString::number(uitest::contrastRatio(
                                       uitest::relativeLuminance(t.fill), uitest::relativeLuminance(t.ink)),
                       'f', 2)
                << ":1\n";
        }
        for (auto a = families.cbegin(); a != families.cend(); ++a)
            for (auto b = std::next(a); b != families.cend(); ++b)
                for (size_t v = 0; v < std::size(kVisions); ++v) {
                    const QRgb fa = a->second.swatch[v].fill, fb = b->second.swatch[v].fill;
                    const double ratio
                        = uitest::contrastRatio(uitest::relativeLuminance(fa), uitest::relativeLuminance(fb));
                    const double distance = uitest::deltaE(fa, fb);
                    out << QString::fromStdString(a->first) << "/" << QString::fromStdString(b->first) << " "
                        << uitest::visionName(kVisions[v]) << " " << QString::number(ratio, 'f', 2)
                        << ":1 dE " << QString::number(distance, 'f', 1) << "\n";
                    if (lightnessApart(a->first, b->first))
                        EXPECT_GE(ratio, 3.0) << a->first << " and " << b->first << " through "
                                              << uitest::visionName(kVisions[v]).toStdString();
                    else
                        EXPECT_GE(distance, 20.0) << a->first << " and " << b->first << " look alike through "
                                                  << uitest::visionName(kVisions[v]).toStdString();
                }
    }

    std::unique_ptr<KioskUi> ui;
    QString dir;
    int count = 0;
    std::map<std::string, FamilyColours> families;
};

} // namespace

TEST_P(EveryScreen, FitsEveryTextAndTouchTarget)
{
    const bool staff = GetParam().mode == core::KioskMode::Staff;
    shoot(QStringLiteral("scan"));

    for (core::Reason reason : allReasons()) {
        ui->kiosk->showVerdict(uitest::verdictFor(reason));
        // The booking carries no language here: the verdict stays in the chosen one.
        ASSERT_EQ(ui->language->language(), QString::fromLatin1(GetParam().language));
        EXPECT_FALSE(ui->textOf("verdictTitle").isEmpty()) << core::reasonKey(reason) << " has no title";
        EXPECT_FALSE(ui->textOf("verdictIcon").isEmpty()) << core::reasonKey(reason) << " has no icon";
        EXPECT_FALSE(ui->textOf("verdictDetail").isEmpty()) << core::reasonKey(reason) << " has no next step";
        if (!staff) {
            EXPECT_FALSE(ui->item("verdictPrint")->isVisible()) << "no printer configured: no print button";
        }
        shoot(QStringLiteral("verdict-%1").arg(QString::fromLatin1(core::reasonKey(reason))));
        sampleVerdictColours(QString::fromLatin1(core::reasonKey(reason)));
    }
    ui->kiosk->dismissVerdict();
    EXPECT_EQ(families.size(), 4u) << "pass, reject, wait and technical (staff desk)";
    checkFamiliesApart();

    if (staff) {
        ui->kiosk->openSearch();
        ui->staffSearch->search(QStringLiteral("müller"));
        shoot(QStringLiteral("search-results"));
        ui->staffSearch->checkIn(7, false);
        shoot(QStringLiteral("search-id-not-checked"));
        ui->staffSearch->search(QStringLiteral("nobody"));
        shoot(QStringLiteral("search-empty"));
        // Nobody matches: a clearing case at the door, and its ticket as number and code.
        ui->staffSearch->search(QStringLiteral("Kowalczyk 03.04.1949"));
        ui->staffSearch->startCase();
        shoot(QStringLiteral("case-form"));
        ui->staffSearch->openCase(QStringLiteral("Bożena"), QStringLiteral("Kowalczyk"),
            QStringLiteral("03.04.1949"), {}, QStringLiteral("booked online, never got a code"));
        ASSERT_EQ(ui->staffSearch->state(), QStringLiteral("case-opened"));
        EXPECT_EQ(ui->textOf("caseTicket"), ui->staffSearch->ticket());
        EXPECT_EQ(uitest::decodedCodes(ui->render()), QStringList{ui->staffSearch->ticket()});
        shoot(QStringLiteral("case-opened"));
        ui->staffSearch->cancelCase();
        ui->lookupBackend.status = core::SearchStatus::CheckedIn;
        ui->staffSearch->search(QStringLiteral("müller"));
        shoot(QStringLiteral("search-checked-in"));
        ui->staffSearch->hideNames();
        shoot(QStringLiteral("search-names-hidden"));
        ui->lookupBackend.status = core::SearchStatus::Confirmed;
        // From a search to a check-in that hits a time rule: the staff verdict with its override.
        ui->lookupBackend.admitReason = core::Reason::TooLate;
        ui->staffSearch->search(QStringLiteral("müller"));
        ui->staffSearch->checkIn(7, true);
        ASSERT_EQ(ui->kiosk->screen(), QStringLiteral("verdict"));
        shoot(QStringLiteral("search-verdict-too-late"));
        ui->kiosk->dismissVerdict();
        ASSERT_EQ(ui->kiosk->screen(), QStringLiteral("search"));
        ui->lookupBackend.admitReason = core::Reason::Admitted;
    } else {
        ui->kiosk->openLookup();
        shoot(QStringLiteral("lookup-form"));
        ui->lookup->search(QStringLiteral("M"), QStringLiteral("1950"));
        shoot(QStringLiteral("lookup-name-missing"));
        ui->lookup->search(QStringLiteral("Müller"), QStringLiteral("31.02.1950"));
        shoot(QStringLiteral("lookup-date-invalid"));
        ui->lookup->search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
        ASSERT_EQ(ui->lookup->state(), QStringLiteral("found"));
        shoot(QStringLiteral("lookup-found"));
        ui->lookup->confirm();
        ASSERT_EQ(ui->lookup->state(), QStringLiteral("factor"));
        shoot(QStringLiteral("lookup-factor"));
        ui->lookup->submitFactor(QStringLiteral("00000"));
        ASSERT_EQ(ui->lookup->state(), QStringLiteral("admit-at-desk"));
        shoot(QStringLiteral("lookup-at-desk"));
        ui->lookup->startOver();
        ui->lookup->search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
        shoot(QStringLiteral("lookup-not-found"));
        ui->lookup->requestTicket();
        shoot(QStringLiteral("lookup-ticket"));
        EXPECT_EQ(uitest::decodedCodes(ui->render()), QStringList{ui->lookup->ticketNumber()})
            << "the ticket's code reads as its number at the entrance";
        ui->lookup->reset();
        for (int i = 0; i < 3; ++i) // the LookupGuard's default: three misses start a cooldown
            ui->lookup->search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
        ASSERT_EQ(ui->lookup->state(), QStringLiteral("wait"));
        shoot(QStringLiteral("lookup-wait"));
        ui->clock->advance(std::chrono::hours(1));
    }
    ui->kiosk->goBack();

    ui->kiosk->openStaffArea();
    shoot(QStringLiteral("pin"));
    for (int i = 0; i < app::PinController::kMaxTries; ++i) {
        ui->pin->appendDigit(1);
        ui->pin->submit();
    }
    ASSERT_TRUE(ui->pin->lockedOut());
    shoot(QStringLiteral("pin-locked"));
    ui->clock->advance(std::chrono::minutes(1));
    for (int d : {2, 4, 6, 8})
        ui->pin->appendDigit(d);
    ui->pin->submit();
    ASSERT_EQ(ui->kiosk->screen(), QStringLiteral("figures"));
    cache::DayFigures day;
    day.booked = 320;
    day.cancelled = 15;
    day.arrived = 212;
    day.stillExpected = 61;
    day.noShows = 32;
    day.walkIns = 3;
    day.onSiteConfirmations = 4;
    day.clearingCases = 2;
    for (int h = 8; h < 20; ++h) {
        day.arrivalsByHour[static_cast<size_t>(h)] = 18 + h % 3;
        day.noShowsByHour[static_cast<size_t>(h)] = h < 17 ? 3 + h % 2 : 0;
    }
    ui->figures->setFigures(day);
    shoot(QStringLiteral("figures"));
    ui->kiosk->openStaffPage(QStringLiteral("technician"));
    shoot(QStringLiteral("technician"));
    ui->kiosk->goBack();

    ui->kiosk->showSetupProblem(QStringLiteral("policy.late_minutes: must be between 0 and 1440"));
    shoot(QStringLiteral("setup"));
}

/// Self-service on a portrait screen with larger text, higher contrast and the reach layout: every
/// text fits, and every control lies in the lower part of the screen (reach from a wheelchair).
class AccessibleScreen : public ::testing::TestWithParam<const char *>
{
protected:
    void SetUp() override
    {
        ui = std::make_unique<KioskUi>(core::KioskMode::SelfService);
        ASSERT_NE(ui->window, nullptr);
        ui->window->resize(800, 1280);
        dir = QDir(QStringLiteral(CHECKIN_SHOT_DIR))
                  .filePath(QStringLiteral("accessible/%1").arg(QString::fromLatin1(GetParam())));
        QDir().mkpath(dir);
        ui->kiosk->showScanScreen();
        ui->language->setLanguage(QString::fromLatin1(GetParam()));
        ui->access->toggleLargeText();
        ui->access->toggleHighContrast();
        ui->access->toggleReachLayout();
    }

    void shoot(const QString &name)
    {
        const QImage image = ui->render();
        const QString path
            = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(++count, 2, 10, QChar(u'0')).arg(name));
        EXPECT_TRUE(image.save(path)) << path.toStdString();
        // Theme.minTouch with larger text
        for (const QString &problem : uitest::checkScreen(ui->window, 80) + stripOverlaps(*ui))
            ADD_FAILURE() << name.toStdString() << ": " << problem.toStdString() << "  ("
                          << path.toStdString() << ")";
        // The lower 60 % of a 1280 px portrait screen: up to about 1.2 m on a 24" panel mounted low.
        const qreal reachTop = ui->window->height() * 0.4;
        walkControls(ui->window->contentItem(), [&](QQuickItem *control) {
            const QRectF box = control->mapRectToScene(QRectF(0, 0, control->width(), control->height()));
            EXPECT_GE(box.top(), reachTop)
                << name.toStdString() << ": " << control->objectName().toStdString()
                << " out of reach at y=" << box.top() << "  (" << path.toStdString() << ")";
        });
    }

    template <typename F> static void walkControls(QQuickItem *item, F &&f)
    {
        if (!item->isVisible() || item->opacity() == 0)
            return;
        const QString name = item->objectName();
        // Touch-anywhere areas reach down to the bottom; the strip's long press is for staff.
        const bool anywhere
            = name == QStringLiteral("verdictDismiss") || name == QStringLiteral("staffLongPress");
        if (!anywhere && item->isEnabled()
            && (item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextField")
                || item->inherits("QQuickMouseArea")))
            f(item);
        if (name == QStringLiteral("keyboard"))
            return; // the on-screen keyboard sits at the bottom by itself
        for (QQuickItem *child : item->childItems())
            walkControls(child, f);
    }

    std::unique_ptr<KioskUi> ui;
    QString dir;
    int count = 0;
};

TEST_P(AccessibleScreen, FitsPortraitWithLargeTextAndEveryControlWithinReach)
{
    shoot(QStringLiteral("scan"));
    for (core::Reason reason : {core::Reason::Admitted, core::Reason::WrongDay, core::Reason::TooEarlyWait,
             core::Reason::Cancelled, core::Reason::StaleData}) {
        ui->kiosk->showVerdict(uitest::verdictFor(reason));
        shoot(QStringLiteral("verdict-%1").arg(QString::fromLatin1(core::reasonKey(reason))));
    }
    ui->kiosk->dismissVerdict();
    ui->kiosk->openLookup();
    shoot(QStringLiteral("lookup-form"));
    // The lookup with the on-screen keyboard open, at large size: the fields stay above it.
    QQuickItem *field = ui->item("familyNameField");
    ASSERT_NE(field, nullptr);
    field->forceActiveFocus();
    QGuiApplication::inputMethod()->show();
    ui->render();
    QQuickItem *keyboard = ui->item("keyboard");
    ASSERT_NE(keyboard, nullptr);
    ASSERT_TRUE(keyboard->isVisible()) << "the on-screen keyboard did not open";
    shoot(QStringLiteral("lookup-keyboard"));
    const qreal keyboardTop = keyboard->mapToScene(QPointF(0, 0)).y();
    for (const char *name : {"familyNameField", "birthDateField", "lookupSearch"}) {
        QQuickItem *control = ui->item(name);
        const QRectF box = control->mapRectToScene(QRectF(0, 0, control->width(), control->height()));
        EXPECT_LE(box.bottom(), keyboardTop + 1) << name << " is under the keyboard";
    }
    QGuiApplication::inputMethod()->hide();
    ui->lookup->search(QStringLiteral("Müller"), QStringLiteral("07.03.1950"));
    shoot(QStringLiteral("lookup-found"));
    ui->lookup->startOver();
    ui->lookup->search(QStringLiteral("Schmidt"), QStringLiteral("01.01.1960"));
    ui->lookup->requestTicket();
    shoot(QStringLiteral("lookup-ticket"));
}

INSTANTIATE_TEST_SUITE_P(Languages, AccessibleScreen,
    ::testing::Values("de", "en", "fr", "tr", "ar", "ru", "uk"),
    [](const ::testing::TestParamInfo<const char *> &param) { return std::string(param.param); });

INSTANTIATE_TEST_SUITE_P(Languages, EveryScreen,
    ::testing::Values(Case{core::KioskMode::SelfService, "de"}, Case{core::KioskMode::SelfService, "en"},
        Case{core::KioskMode::SelfService, "fr"}, Case{core::KioskMode::SelfService, "tr"},
        Case{core::KioskMode::SelfService, "ar"}, Case{core::KioskMode::SelfService, "ru"},
        Case{core::KioskMode::SelfService, "uk"}, Case{core::KioskMode::Staff, "de"},
        Case{core::KioskMode::Staff, "en"}, Case{core::KioskMode::Staff, "fr"},
        Case{core::KioskMode::Staff, "tr"}, Case{core::KioskMode::Staff, "ar"},
        Case{core::KioskMode::Staff, "ru"}, Case{core::KioskMode::Staff, "uk"}),
    caseName);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    qputenv("QT_VIRTUALKEYBOARD_DESKTOP_DISABLE", "1");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
