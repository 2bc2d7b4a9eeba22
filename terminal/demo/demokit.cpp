// Demo kit: the data and the synthetic camera feed, from the same generator the tests use.
#include "terminal/demo/demokit.h"

#include "scanner/scenes/scenerenderer.h"
#include "terminal/core/localtime.h"

#include <filesystem>

namespace checkin::core::demo {

tl::expected<Kit, std::string> prepareKit(const std::string &dir, const std::string &centerId,
    std::chrono::system_clock::time_point now, int appointments)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        return tl::unexpected("cannot create " + dir + ": " + ec.message());
    Kit kit;
    kit.databasePath = (fs::path(dir) / "demo-cache.sqlite").string();
    kit.videoPath = (fs::path(dir) / "arrivals.avi").string();
    for (const char *suffix : {"", "-wal", "-shm"})
        fs::remove(kit.databasePath + suffix, ec);

    const LocalTime local = toLocal(now);
    DataSet data = generate(centerId, local.day, appointments, local.minuteOfDay, 20201228);
    {
        auto store = cache::Store::open(kit.databasePath, {cache::Database::Durability::Normal});
        if (!store)
            return tl::unexpected("cannot create demo cache: " + store.error().message);
        if (auto ok = (*store)->upsertAppointments(data.appointments); !ok)
            return tl::unexpected("cannot import demo data: " + ok.error().message);
        for (const auto &row : data.earlierCheckIns)
            if (auto ok = (*store)->recordCheckIn(row, true); !ok)
                return tl::unexpected("cannot import demo check-ins: " + ok.error().message);
        // As a sync would have left it: the signed key list in the store.
        if (auto ok = (*store)->saveKeyList(1, data.keyListText); !ok)
            return tl::unexpected("cannot store the demo key list: " + ok.error().message);
    }
    kit.rootPublicKey = data.rootPublicKey;
    std::vector<std::string> codes;
    for (const auto &a : data.arrivals)
        codes.push_back(a.code);
    scanner::SceneOptions scene;
    if (auto ok = scanner::writeArrivalsVideo(codes, kit.videoPath, scene); !ok)
        return tl::unexpected("cannot render demo video: " + ok.error().message);
    kit.arrivals = std::move(data.arrivals);
    return kit;
}

} // namespace checkin::core::demo
