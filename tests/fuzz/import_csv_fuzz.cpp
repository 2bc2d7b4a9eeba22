// libFuzzer target for the CSV appointment import (POST /v1/appointments/import, checkin-hub --import).
#include "tests/fuzz/fuzzimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    checkin::fuzz::fuzzImport(text, checkin::sync::ImportFormat::Csv);
    return 0;
}
