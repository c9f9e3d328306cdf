"""Print next week's events in Arabic, read through the Quartiersnetz API.

    python examples/next_week_events.py [BASE_URL] [LANGUAGE]

BASE_URL defaults to http://127.0.0.1:8000 (the site `make run` serves),
LANGUAGE to ar. Uses only the standard library.
"""

import json
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import date, timedelta


def fetch(base_url, path, **params):
    url = f"{base_url.rstrip('/')}{path}?{urllib.parse.urlencode(params)}"
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def main(argv):
    base_url = argv[1] if len(argv) > 1 else "http://127.0.0.1:8000"
    language = argv[2] if len(argv) > 2 else "ar"
    start = date.today()
    end = start + timedelta(days=7)
    try:
        data = fetch(
            base_url,
            "/api/v3/events/occurrences/",
            start=start.isoformat(),
            end=end.isoformat(),
            locale=language,
        )
    except urllib.error.HTTPError as error:
        print(f"The API answered {error.code}: {error.read().decode(errors='replace')}")
        return 1
    except OSError as error:
        print(f"Could not reach {base_url}: {error}")
        return 1
    for item in data["items"]:
        status = "" if item["status"] == "scheduled" else f" [{item['status']}]"
        print(f"{item['start']}  {item['title']}{status}")
        if item.get("schedule_text"):
            print(f"    {item['schedule_text']}")
    print(f"({data['meta']['total_count']} occurrences between {start} and {end})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
