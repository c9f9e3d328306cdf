"""What a page says about itself to search engines and link previews.

One description and one picture per page, used by the ``<meta name="description">``
tag and by the Open Graph tags alike, so that a link shared in a messenger
shows what the search result shows.
"""

from django.utils.text import Truncator

from cms.text import clean_text

#: Open Graph wants a territory with the language (``ll_TT``).
OG_LOCALES = {
    "de": "de_DE",
    "en": "en_GB",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "tr": "tr_TR",
}

#: Page fields that hold a short summary, in the order they are tried.
SUMMARY_FIELDS = ("search_description", "teaser", "short_description", "intro")

DESCRIPTION_LENGTH = 200

#: Link previews look best with this shape (1.91:1).
PREVIEW_IMAGE_FILTER = "fill-1200x630|format-jpeg|jpegquality-80"


def og_locale(code):
    code = (code or "").split("-")[0]
    return OG_LOCALES.get(code, code)


def page_description(page):
    """The page's own summary: its search description, else its teaser or introduction."""
    getter = getattr(page, "get_meta_description", None)
    text = getter() if callable(getter) else ""
    if not text:
        text = next(
            (getattr(page, name, "") for name in SUMMARY_FIELDS if getattr(page, name, "")), ""
        )
    text = " ".join(clean_text(str(text or "")).split())
    return Truncator(text).chars(DESCRIPTION_LENGTH)


def page_image(page):
    """``(rendition, alt)`` for link previews, or ``(None, "")`` when the page has no image."""
    image = getattr(page, "image", None)
    if image is None or not hasattr(image, "get_rendition"):
        return None, ""
    try:
        rendition = image.get_rendition(PREVIEW_IMAGE_FILTER)
    except Exception:  # a missing or unreadable file must not break the page
        return None, ""
    alt = getattr(page, "image_alt", "") or ""
    return rendition, alt
