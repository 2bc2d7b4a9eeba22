// checkinctl codes issue: a signed booking code for an appointment, as text and as a QR PNG.
#include "scanner/scenes/scenerenderer.h"
#include "terminal/codes/bookingcode.h"
#include "terminal/tools/commands.h"
#include "terminal/tools/keyfile.h"

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
}

} // namespace checkin::ctl
