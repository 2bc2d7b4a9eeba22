# The fuzz targets: the one list of what is fuzzed, read by two files that define the two functions
# differently. tests/fuzz/CMakeLists.txt (the fuzz preset, and the clang build run-fuzz.sh makes
# for the default suite) builds each part once with libFuzzer, ASan and UBSan and links each target
# from its entry file and parts; tests/CMakeLists.txt registers one bounded run per target
# (Fuzz.<target>).
#
# checkin_fuzz_part(NAME SOURCES <product sources> LIBS <imported targets> [PARTS <parts it needs>]
#                   [DEFINES <definitions>])
# checkin_fuzz_target(NAME PARTS <parts> MAX_LEN <bytes>): entry file tests/fuzz/NAME.cpp

checkin_fuzz_part(codes
  SOURCES terminal/codes/base45.cpp terminal/codes/bookingcode.cpp terminal/codes/signingkey.cpp
          terminal/codes/keylist.cpp terminal/core/policy.cpp
  LIBS PkgConfig::FUZZ_SODIUM)
checkin_fuzz_part(protocol SOURCES sync/protocol/codec.cpp LIBS nlohmann_json::nlohmann_json)
checkin_fuzz_part(hubparse
  SOURCES sync/hub/hubrequests.cpp sync/hub/hubimport.cpp
  LIBS nlohmann_json::nlohmann_json PARTS protocol)
# toml++ header-only here, so that the TOML parser itself is instrumented (the kiosk links the same
# version as a library).
checkin_fuzz_part(config SOURCES terminal/core/config.cpp LIBS ICU::uc ICU::i18n PARTS codes
  DEFINES TOML_HEADER_ONLY=1)
checkin_fuzz_part(cache
  SOURCES offline-cache/database.cpp offline-cache/schema.cpp offline-cache/store.cpp offline-cache/ids.cpp
          offline-cache/appointmentrepository.cpp offline-cache/checkinlog.cpp offline-cache/outbox.cpp
          offline-cache/keyliststore.cpp offline-cache/synccursors.cpp offline-cache/auditlog.cpp
          offline-cache/clearingcases.cpp offline-cache/deskresolutions.cpp offline-cache/ticketnumber.cpp
          offline-cache/namefold.cpp offline-cache/koelnerphonetik.cpp offline-cache/birthdate.cpp
          offline-cache/nameindex.cpp offline-cache/appointmentlookup.cpp offline-cache/entranceday.cpp
          offline-cache/storerecovery.cpp offline-cache/retention.cpp
  LIBS SQLite::SQLite3 PkgConfig::FUZZ_SODIUM ICU::uc ICU::i18n)
checkin_fuzz_part(desk
  SOURCES sync/hub/hubmessage.cpp sync/hub/clearingdesk.cpp sync/hub/helpdeskpage.cpp sync/hub/desktexts.cpp
  PARTS hubparse cache)
checkin_fuzz_part(rules
  SOURCES terminal/core/localtime.cpp terminal/core/verdict.cpp terminal/core/admission.cpp
          terminal/core/checkinservice.cpp terminal/core/audittrail.cpp scanner/keyboardwedge.cpp
  PARTS codes cache)

# The booking code, the key list and the legacy shapes (the kiosk's code parser).
checkin_fuzz_target(bookingcode_fuzz PARTS codes MAX_LEN 4096)
# The hub's request bodies: POST /v1/push, POST /v1/status, PUT /v1/keys (and the key list in it).
checkin_fuzz_target(hub_push_fuzz PARTS hubparse MAX_LEN 16384)
checkin_fuzz_target(hub_status_fuzz PARTS hubparse MAX_LEN 8192)
checkin_fuzz_target(hub_keys_fuzz PARTS hubparse codes MAX_LEN 8192)
# The clearing desk's form bodies: decoding, the new-case rule, the searches, the pages echoing them.
checkin_fuzz_target(desk_form_fuzz PARTS desk MAX_LEN 8192)
# The appointment import, CSV and JSON (POST /v1/appointments/import and `checkin-hub --import`).
checkin_fuzz_target(import_csv_fuzz PARTS hubparse MAX_LEN 16384)
checkin_fuzz_target(import_json_fuzz PARTS hubparse MAX_LEN 16384)
# The kiosk's sync responses: the appointments page, the key-list document with its list, and the
# push answer and error bodies.
checkin_fuzz_target(sync_page_fuzz PARTS protocol MAX_LEN 16384)
checkin_fuzz_target(sync_keys_fuzz PARTS protocol codes MAX_LEN 8192)
checkin_fuzz_target(sync_answers_fuzz PARTS protocol MAX_LEN 8192)
# The kiosk's TOML config.
checkin_fuzz_target(config_fuzz PARTS config MAX_LEN 8192)
# Decoded scanner text (camera or keyboard wedge) into the check-in flow and the admission rules.
checkin_fuzz_target(scan_text_fuzz PARTS rules MAX_LEN 4096)
