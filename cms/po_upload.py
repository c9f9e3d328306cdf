"""The translation editor's PO upload, refusing files it cannot import with a message.

wagtail-localize's ``upload_pofile`` expects a PO file it wrote itself: without
a file, with an empty one or one without its header it fails with a server
error. ``upload_pofile`` below checks the upload first, the same way (polib on
a temporary file), and only hands files that wagtail-localize can import on to
its view. Refused uploads go back to the editor with the reason and change
nothing.
"""

import tempfile
from pathlib import Path

import polib
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation

#: The header field by which wagtail-localize knows which translation a PO file is for.
TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"


class Refused(Exception):
    """An upload that cannot be imported; the message says why."""


def parse_pofile(content):
    """The ``polib.POFile`` in ``content`` (bytes), or ``Refused``.

    polib reads a file name as well as file contents, so the contents go
    through a temporary file, never straight to polib.
    """
    if not content.strip():
        raise Refused(_("The uploaded file is empty."))
    not_a_po_file = _(
        "The uploaded file is not a PO file. Upload the PO file downloaded from this translation."
    )
    if b"\x00" in content:
        raise Refused(not_a_po_file)
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "upload.po"
        path.write_bytes(content)
        try:
            po = polib.pofile(str(path))
        except (OSError, UnicodeError, LookupError) as error:
            # polib reports syntax errors as OSError; undecodable bytes as UnicodeError.
            raise Refused(not_a_po_file) from error
    if TRANSLATION_ID_HEADER not in po.metadata:
        raise Refused(
            _(
                "The PO file has no translation header. Upload the PO file downloaded from "
                "this translation, with its header unchanged."
            )
        )
    return po


def check_upload(uploaded):
    """Raise ``Refused`` unless ``uploaded`` holds a PO file from the translation editor."""
    if uploaded is None:
        raise Refused(_("Choose a PO file to upload."))
    content = uploaded.read()
    uploaded.seek(0)
    parse_pofile(content)


@require_POST
def upload_pofile(request, translation_id):
    """wagtail-localize's PO upload, after the upload has been checked."""
    translation = get_object_or_404(Translation, id=translation_id)
    if not edit_translation.user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    try:
        check_upload(request.FILES.get("file"))
    except Refused as refused:
        messages.error(request, str(refused))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
    return edit_translation.upload_pofile(request, translation_id)
