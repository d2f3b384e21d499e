#pragma once
// The bridge between Qt's dates (what records hold) and Boost's (what the
// calendar arithmetic uses).
#include <QDate>
#include <boost/date_time/gregorian/gregorian.hpp>

namespace rr {

inline boost::gregorian::date toBoost(const QDate &date)
{
    if (!date.isValid())
        return boost::gregorian::date(boost::date_time::not_a_date_time);
    return boost::gregorian::date(date.year(), date.month(), date.day());
}

inline QDate fromBoost(const boost::gregorian::date &date)
{
    if (date.is_special())
        return {};
    const auto ymd = date.year_month_day();
    return QDate(ymd.year, ymd.month, ymd.day);
}

} // namespace rr
