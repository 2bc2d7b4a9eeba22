// The appointment import on its own (no hub, no store): what parseAppointments keeps and refuses.
#include "sync/hub/hubimport.h"
#include "sync/protocol/codec.h"

#include <gtest/gtest.h>

using namespace checkin::sync;

TEST(Import, RefusesSignedSlotTimesAndKeepsEverySlotWritableForTheKiosks)
{
    // Found with the import fuzz targets' check that every slot kept can go into the appointments
    // page: "-1:30" was taken as -30 minutes and "9-:00" as 09:00; the hub then wrote "00:-30" into
    // the page, and a kiosk refuses a page with one bad appointment whole.
    const auto report = parseAppointments("id,booking_ref,center_id,day,slot_start,slot_end,family_name\n"
                                          "1,R1,SB1,2026-03-02,-1:30,09:15,Muster\n"
                                          "2,R2,SB1,2026-03-02,09:-5,09:15,Muster\n"
                                          "3,R3,SB1,2026-03-02,9-:00,09:15,Muster\n"
                                          "4,R4,SB1,2026-03-02,+9:00,09:15,Muster\n"
                                          "5,R5,SB1,2026-03-02,09:00,09:15,Muster\n"
                                          "6,R6,SB1,2026-03-02,540,24:00,Muster\n",
        ImportFormat::Csv);
    ASSERT_EQ(report.issues.size(), 4u);
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(report.issues[i].line, static_cast<int>(i) + 2);
        EXPECT_EQ(report.issues[i].field, "slot_start");
    }
    ASSERT_EQ(report.rows.size(), 2u);
    for (const auto &row : report.rows) {
        const auto &a = row.appointment;
        EXPECT_EQ(protocol::clockMinutes(protocol::clockText(a.slotStart)), a.slotStart);
        EXPECT_EQ(protocol::clockMinutes(protocol::clockText(a.slotEnd)), a.slotEnd);
    }
    EXPECT_EQ(report.rows[1].appointment.slotEnd, 24 * 60);
}
