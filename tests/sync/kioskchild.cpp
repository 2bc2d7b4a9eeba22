// sync_test_kiosk STORE URL TOKEN: pushes the store's outbox once; the kill test kills it mid-push.
#include "tests/sync/syncfixture.h"

int main(int argc, char **argv)
{
    if (argc != 4)
        return 2;
    checkin::sync::HttpOptions http;
    http.bearerToken = argv[3];
    checkin::testing::Kiosk kiosk(argv[1], argv[2], http);
    const auto report = kiosk.sync.push();
    return report.ok() ? 0 : 1;
}
