"""The weekly programme as PDF: WeasyPrint, static files read locally, cached by content.

The PDF is the programme's print document
(``events/templates/events/includes/programme_document.html``, the same sheet as the
page) laid out by WeasyPrint; Pango shapes Arabic and Farsi with the fonts
named in ``events/css/programme.css`` and WeasyPrint embeds their subsets.
Stylesheets and images under ``STATIC_URL`` are read from the staticfiles
storage or finders, never fetched over HTTP; other URLs are refused.

Rendering costs far more than the HTML, so the bytes are kept in Django's
cache under a hash of the document and its stylesheet: any change in the
occurrences, the texts or the filters gives another document and therefore
a new PDF, without anything to invalidate.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import weasyprint
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.http import HttpResponse
from django.template.loader import render_to_string
from weasyprint.urls import URLFetcherResponse

from events import conf

DOCUMENT_TEMPLATE = "events/includes/programme_document.html"
STYLESHEET = "events/css/programme.css"
CACHE_PREFIX = "events:programme-pdf:"


def read_static(name):
    """The bytes of the static file ``name``: collected files first, then the finders."""
    try:
        if staticfiles_storage.exists(name):
            with staticfiles_storage.open(name) as handle:
                return handle.read()
        found = finders.find(name)
    except Exception as error:  # a name outside the static roots, an unreadable storage
        raise FileNotFoundError(name) from error
    if not found:
        raise FileNotFoundError(name)
    return Path(found).read_bytes()


class StaticFilesFetcher(weasyprint.URLFetcher):
    """WeasyPrint's resources from the static files; ``data:`` URLs; nothing else."""

    def __init__(self, base_url, **kwargs):
        super().__init__(**kwargs)
        self.static_base = urljoin(base_url, settings.STATIC_URL)

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if not url.startswith(self.static_base):
            raise ValueError(f"Only static files are available to the PDF, not {url}")
        name = unquote(urlsplit(url[len(self.static_base) :]).path)
        content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, read_static(name), headers={"Content-Type": content_type})


def document_html(request, context):
    """The print document of the programme (no site header, no per-visitor parts)."""
    return render_to_string(DOCUMENT_TEMPLATE, context, request=request)


def render_pdf(html, base_url):
    """The PDF bytes for the document ``html`` (tagged, fonts embedded by WeasyPrint)."""
    document = weasyprint.HTML(
        string=html, base_url=base_url, url_fetcher=StaticFilesFetcher(base_url)
    )
    return document.write_pdf(pdf_tags=True)


def cache_key(html):
    digest = hashlib.sha256()
    digest.update(weasyprint.__version__.encode())
    digest.update(read_static(STYLESHEET))
    digest.update(html.encode())
    return CACHE_PREFIX + digest.hexdigest()


def programme_pdf(request, context):
    """The programme's PDF, from the cache when the same document was rendered before."""
    html = document_html(request, context)
    key = cache_key(html)
    pdf = cache.get(key)
    if pdf is None:
        pdf = render_pdf(html, request.build_absolute_uri("/"))
        cache.set(key, pdf, conf.programme_pdf_cache_seconds())
    return pdf


def pdf_response(request, context):
    response = HttpResponse(programme_pdf(request, context), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{context["pdf_filename"]}"'
    return response
