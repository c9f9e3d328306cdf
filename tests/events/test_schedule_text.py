from datetime import date, time

import pytest
from django.utils import translation

from events.recurrence import Series
from events.schedule_text import describe, join_list, ordinal


def weekly(rule="FREQ=WEEKLY;BYDAY=MO", **kwargs):
    kwargs.setdefault("start_time", time(15))
    kwargs.setdefault("end_time", time(17, 30))
    return Series(date(2025, 1, 6), rrule=rule, **kwargs)


@pytest.mark.parametrize(
    "series, kwargs, expected",
    [
        (weekly(), {}, "every Monday, 15:00–17:30"),
        (weekly(), {"skip_holidays": True}, "every Monday, 15:00–17:30, except on public holidays"),
        (weekly("FREQ=WEEKLY;BYDAY=TH,MO"), {}, "every Monday and Thursday, 15:00–17:30"),
        (
            weekly("FREQ=WEEKLY;BYDAY=MO,WE,FR"),
            {},
            "every Monday, Wednesday and Friday, 15:00–17:30",
        ),
        (weekly("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"), {}, "every 2 weeks on Monday, 15:00–17:30"),
        (
            weekly("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
            {},
            "every working day (Monday to Friday), 15:00–17:30",
        ),
        (
            weekly("FREQ=MONTHLY;BYDAY=2TU,4TU"),
            {},
            "every 2nd and 4th Tuesday of the month, 15:00–17:30",
        ),
        (weekly("FREQ=MONTHLY;BYDAY=-1TH"), {}, "on the last Thursday of the month, 15:00–17:30"),
        (weekly("FREQ=MONTHLY;BYDAY=1WE"), {}, "every 1st Wednesday of the month, 15:00–17:30"),
        (
            weekly("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
            {},
            "on the last working day of the month, 15:00–17:30",
        ),
        (weekly("FREQ=MONTHLY;BYMONTHDAY=15"), {}, "every month on day 15, 15:00–17:30"),
        (
            weekly("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1"),
            {},
            "every 3 months on day 1, 15:00–17:30",
        ),
        (weekly("FREQ=MONTHLY;BYMONTHDAY=-1"), {}, "on the last day of the month, 15:00–17:30"),
        (weekly("FREQ=MONTHLY"), {}, "every month on day 6, 15:00–17:30"),
        (weekly("FREQ=DAILY"), {}, "every day, 15:00–17:30"),
        (weekly("FREQ=DAILY;INTERVAL=3;COUNT=4"), {}, "every 3 days, 15:00–17:30, 4 times"),
        (weekly("FREQ=YEARLY"), {}, "every year on January 6, 15:00–17:30"),
        (
            weekly("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"),
            {},
            "every year on the 4th Thursday of November, 15:00–17:30",
        ),
        (
            weekly("FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630"),
            {},
            "every Monday, 15:00–17:30, until June 30, 2025",
        ),
        (weekly("FREQ=YEARLY;BYWEEKNO=20"), {}, "on a custom schedule, 15:00–17:30"),
        # YEARLY with a day of the month but no month repeats in every month.
        (weekly("FREQ=YEARLY;BYMONTHDAY=6"), {}, "on a custom schedule, 15:00–17:30"),
        (weekly("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1,15"), {}, "on a custom schedule, 15:00–17:30"),
        (weekly("FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=1"), {}, "on a custom schedule, 15:00–17:30"),
        (weekly("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8"), {}, "every year on March 8, 15:00–17:30"),
        (
            weekly("FREQ=MONTHLY;BYDAY=+2TU,+4TU;INTERVAL=1"),
            {},
            "every 2nd and 4th Tuesday of the month, 15:00–17:30",
        ),
        (
            weekly("FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T215959Z"),
            {},
            "every Monday, 15:00–17:30, until June 30, 2025",
        ),
        (
            weekly("FREQ=WEEKLY;BYDAY=MO;UNTIL=20250630T223000Z"),
            {},
            "every Monday, 15:00–17:30, until July 1, 2025",
        ),
        (
            weekly("FREQ=WEEKLY;BYDAY=MO;UNTIL=20250701T035959Z", tz="America/New_York"),
            {},
            "every Monday, 15:00–17:30, until June 30, 2025",
        ),
        (weekly(end_time=None), {}, "every Monday, from 15:00"),
        (weekly(rdates=(date(2025, 3, 5),)), {}, "every Monday, 15:00–17:30, plus 1 extra date"),
        (
            weekly(),
            {"closure_names": ["summer break", "Christmas"]},
            "every Monday, 15:00–17:30, except during summer break and Christmas",
        ),
        (
            weekly(),
            {"today": date(2024, 12, 1)},
            "every Monday, 15:00–17:30, starting Jan. 6, 2025",
        ),
        (weekly(""), {}, "on Jan. 6, 2025, 15:00–17:30"),
        (
            Series(date(2025, 7, 4), all_day=True, duration_days=2),
            {},
            "from July 4, 2025 to July 6, 2025, all day",
        ),
        (
            Series(date(2025, 7, 4), all_day=True, duration_days=1, rrule="FREQ=YEARLY"),
            {},
            "every year on July 4, all day, lasting 2 days",
        ),
    ],
)
def test_english(series, kwargs, expected):
    with translation.override("en"):
        assert describe(series, **kwargs) == expected


def test_german_uses_localized_weekdays_and_times():
    with translation.override("de"):
        text = describe(weekly("FREQ=MONTHLY;BYDAY=-1TH"))
        assert "Donnerstag" in text
        assert "15:00" in text and "17:30" in text
        assert "Montag" in describe(weekly())
        assert "März" in describe(weekly("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8"))


@pytest.mark.parametrize(("language", "day_and_month"), [("ru", "6 января"), ("uk", "6 січня")])
def test_yearly_dates_use_the_genitive_in_russian_and_ukrainian(language, day_and_month):
    """Our MONTH_DAY_FORMAT (cms/formats); Django's own would write "6 Январь", "06 Січень"."""
    with translation.override(language):
        assert day_and_month in describe(weekly("FREQ=YEARLY"))


def test_arabic_uses_localized_weekdays_and_times():
    with translation.override("ar"):
        text = describe(weekly("FREQ=WEEKLY;BYDAY=MO,TH"))
        assert "الاثنين" in text and "الخميس" in text
        assert "15:00" in text


def test_helpers():
    with translation.override("en"):
        assert join_list(["a"]) == "a"
        assert join_list(["a", "b", "c"]) == "a, b and c"
        assert ordinal(-1) == "last"
        assert ordinal(3) == "3rd"
