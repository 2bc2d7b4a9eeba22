// checkinctl codes issue: a signed booking code for an appointment, as text and as a QR PNG;
// checkinctl codes scene: a camera frame of codes held up in a hallway, for an image-sequence camera.
#include "scanner/scenes/scenerenderer.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/tools/commands.h"
#include "terminal/tools/keyfile.h"

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace checkin::ctl {

void addCodesCommand(CLI::App &app)
{
    struct Options
    {
        std::string key;
        int keyId = 1;
        int64_t appointment = 0;
        std::string center;
        std::string day;
        std::string slot;
        int minutes = 5;
        std::string png;
    };
    auto o = std::make_shared<Options>();
    auto *codes = app.add_subcommand("codes", "signed booking codes");
    codes->require_subcommand(1);
    auto *issue = codes->add_subcommand("issue", "print a signed CK1 code and write its QR code");
    issue->add_option("--key", o->key, "secret key file (from keys generate)")->required();
    issue->add_option("--key-id", o->keyId, "the key's id in the key list")->check(CLI::Range(0, 65535));
    issue->add_option("--appointment", o->appointment, "appointment id")->required();
    issue->add_option("--center", o->center, "center id, e.g. SB1")->required();
    issue->add_option("--day", o->day, "YYYY-MM-DD")->required();
    issue->add_option("--slot", o->slot, "slot start HH:MM")->required();
    issue->add_option("--minutes", o->minutes, "slot length")->check(CLI::Range(1, 255));
    issue->add_option("--png", o->png, "write the QR code here");
    issue->callback([o] {
        int h = -1, m = -1;
        if (std::sscanf(o->slot.c_str(), "%2d:%2d", &h, &m) != 2 || h < 0 || h > 23 || m < 0 || m > 59) {
            std::cerr << "checkinctl: --slot must be HH:MM, not " << o->slot << "\n";
            throw CLI::RuntimeError(2);
        }
        const core::BookingClaims claims{static_cast<uint16_t>(o->keyId), o->appointment, o->center, o->day,
            h * 60 + m, h * 60 + m + o->minutes};
        auto code = core::bookingcode::issue(claims, readSecretKey(o->key));
        if (!code) {
            std::cerr << "checkinctl: " << code.error().message << "\n";
            throw CLI::RuntimeError(2);
        }
        std::cout << *code << "\n";
        std::cerr << code->size() << " characters, QR alphanumeric mode\n";
        if (!o->png.empty()) {
            if (auto ok = scanner::writeQrPng(*code, o->png); !ok) {
                std::cerr << "checkinctl: " << ok.error().message << "\n";
                throw CLI::RuntimeError(2);
            }
            std::cerr << "QR code: " << o->png << "\n";
        }
    });

    // A kiosk's camera can be a folder of frames (camera.source = "dir/img_%03d.png"): a
    // technician tries a kiosk, or a test shows it a ticket, without a phone or a printout.
    struct SceneOptions
    {
        std::vector<std::string> texts;
        std::string png;
        int width = 640;
        int height = 480;
        uint32_t seed = 1;
    };
    auto so = std::make_shared<SceneOptions>();
    auto *scene = codes->add_subcommand("scene",
        "write a camera frame of a hallway with each --text held up as a QR code (none: nobody there)");
    scene->add_option("--text", so->texts, "a code or clearing ticket to hold up (repeatable)");
    scene->add_option("--png", so->png, "the frame to write (written next to it, then renamed)")->required();
    scene->add_option("--width", so->width, "frame width")->check(CLI::Range(160, 4096));
    scene->add_option("--height", so->height, "frame height")->check(CLI::Range(120, 4096));
    scene->add_option("--seed", so->seed, "noise seed (frames differ like a camera's)");
    scene->callback([so] {
        std::vector<scanner::PlacedCode> placed;
        const double step = 1.0 / static_cast<double>(so->texts.size() + 1);
        for (size_t i = 0; i < so->texts.size(); ++i)
            placed.push_back({so->texts[i], step * static_cast<double>(i + 1), 0.5,
                std::min(0.6, 0.9 / static_cast<double>(so->texts.size())), 0});
        // A camera reading the folder must never see half a file.
        const std::string partial = so->png + ".part.png";
        if (auto ok = scanner::writeScene(placed, {}, partial, so->width, so->height, so->seed); !ok) {
            std::cerr << "checkinctl: " << ok.error().message << "\n";
            throw CLI::RuntimeError(2);
        }
        if (std::rename(partial.c_str(), so->png.c_str()) != 0) {
            std::cerr << "checkinctl: cannot rename " << partial << " to " << so->png << "\n";
            throw CLI::RuntimeError(2);
        }
    });
}

} // namespace checkin::ctl
