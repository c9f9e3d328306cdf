"""Calendar feed URLs, included at ``/feeds/`` (outside the language prefixes)."""

from django.urls import path

from events.ical import feeds

app_name = "events_feeds"

urlpatterns = [
    path("events.ics", feeds.site_feed, name="site"),
    path("events/<int:page_id>.ics", feeds.event_feed, name="event"),
]
