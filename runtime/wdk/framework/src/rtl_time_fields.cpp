// rtl_time_fields.cpp - RtlTimeToTimeFields and RtlTimeFieldsToTime: system time (100 ns
// intervals since 1601-01-01, the Gregorian calendar throughout) to calendar fields and back.
#include <wdm.h>

namespace wpptrace::framework {
namespace {

constexpr long long ticks_per_ms = 10000;
constexpr long long ms_per_day = 86400000;

bool leap(long long year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}
int days_in_month(long long year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap(year) ? 29 : days[month - 1];
}
// Days from 1601-01-01 to the first day of `year`.
long long days_before_year(long long year) {
    const long long y = year - 1601;
    return y * 365 + y / 4 - y / 100 + y / 400;
}

}  // namespace
}  // namespace wpptrace::framework

namespace fw = wpptrace::framework;

extern "C" {

void RtlTimeToTimeFields(PLARGE_INTEGER Time, PTIME_FIELDS TimeFields) {
    const long long ms_total = Time->QuadPart / fw::ticks_per_ms;
    long long days = ms_total / fw::ms_per_day;
    long long ms = ms_total % fw::ms_per_day;
    TimeFields->Weekday = static_cast<CSHORT>((days + 1) % 7);  // 1601-01-01 was a Monday
    long long year = 1601 + days / 366;
    while (fw::days_before_year(year + 1) <= days) ++year;
    days -= fw::days_before_year(year);
    int month = 1;
    while (days >= fw::days_in_month(year, month)) days -= fw::days_in_month(year, month++);
    TimeFields->Year = static_cast<CSHORT>(year);
    TimeFields->Month = static_cast<CSHORT>(month);
    TimeFields->Day = static_cast<CSHORT>(days + 1);
    TimeFields->Hour = static_cast<CSHORT>(ms / 3600000);
    TimeFields->Minute = static_cast<CSHORT>(ms / 60000 % 60);
    TimeFields->Second = static_cast<CSHORT>(ms / 1000 % 60);
    TimeFields->Milliseconds = static_cast<CSHORT>(ms % 1000);
}

BOOLEAN RtlTimeFieldsToTime(PTIME_FIELDS TimeFields, PLARGE_INTEGER Time) {
    const TIME_FIELDS& f = *TimeFields;
    if (f.Year < 1601 || f.Month < 1 || f.Month > 12 || f.Day < 1 ||
        f.Day > fw::days_in_month(f.Year, f.Month) || f.Hour < 0 || f.Hour > 23 || f.Minute < 0 ||
        f.Minute > 59 || f.Second < 0 || f.Second > 59 || f.Milliseconds < 0 ||
        f.Milliseconds > 999)
        return FALSE;
    long long days = fw::days_before_year(f.Year);
    for (int m = 1; m < f.Month; ++m) days += fw::days_in_month(f.Year, m);
    days += f.Day - 1;
    const long long ms = days * fw::ms_per_day + f.Hour * 3600000LL + f.Minute * 60000LL +
                         f.Second * 1000LL + f.Milliseconds;
    Time->QuadPart = ms * fw::ticks_per_ms;
    return TRUE;
}

}  // extern "C"
