"""Has an imported page been changed here since its import?

:func:`content_fingerprint` hashes what an import writes and what decides
the dates: the title, teaser, description, location, the schedule fields,
closure periods, additional dates and exceptions. The importer stores it,
with the revision it produced, on :class:`~events.ical.models.ImportedSeries`;
:func:`changed_here` compares it with the page as it is now *and* with its
latest revision (a draft an editor saved but did not publish counts too).
Fields the import never writes (image, organiser, categories, practical
information, promote settings) do not count: an import leaves them alone.
"""

from __future__ import annotations

import hashlib
import json


def _body(page):
    return [(child.block_type, child.block.get_prep_value(child.value)) for child in page.body]


def _values(page):
    from events.models.schedule import SCHEDULE_FIELDS

    model = type(page)
    return {
        "title": page.title,
        "teaser": page.teaser,
        "body": _body(page),
        "location": page.location_id,
        "schedule": {
            name: model._meta.get_field(name).value_to_string(page) for name in SCHEDULE_FIELDS
        },
        "closure_periods": sorted(period.pk for period in page.closure_periods.all()),
        "extra_dates": sorted(
            [str(extra.date), str(extra.start_time)] for extra in page.extra_dates.all()
        ),
        "exceptions": sorted(
            [
                str(exception.original_date),
                exception.action,
                exception.note,
                str(exception.new_date),
                str(exception.new_start_time),
                str(exception.new_end_time),
                exception.new_location_id,
            ]
            for exception in page.exceptions.all()
        ),
    }


def content_fingerprint(page):
    """A SHA-256 hex digest of the page's imported content (page or revision object)."""
    data = json.dumps(_values(page), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()


def changed_here(record, page):
    """True when ``page`` (the source page of ``record``) differs from what was imported.

    Unpublishing counts as a change. Records from before fingerprints were
    kept fall back to the times: a revision after the import is a change.
    """
    if not page.live:
        return True
    if not record.fingerprint:
        latest = page.latest_revision_created_at
        return bool(latest and record.imported_at and latest > record.imported_at)
    if content_fingerprint(page) != record.fingerprint:
        return True
    revision = page.latest_revision
    if revision is None or revision.pk == record.revision_id:
        return False
    return content_fingerprint(revision.as_object()) != record.fingerprint
