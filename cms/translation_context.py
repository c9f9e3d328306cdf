"""Context and the user's language in wagtail-localize's translation editor.

* The editor labels a text of an inline row only with the row's kind
  ("Exception") and field ("Reason or note for visitors"): with two exceptions a
  translator cannot tell which date a note is for. A row model may answer
  ``translation_label()`` ("Exception on 14 December 2026: moved"), shown where
  the editor shows the kind; rows without it keep wagtail-localize's label.
* The editor writes the date of the last publication and of each translated
  text ("Translated manually on 3 December 2026") with ``strftime`` (English
  month names whatever the user's language) and a few words in its script that
  are not translatable ("Deutsch to العربية translation", "More actions"). The
  date is written again in the user's language, and ``cms/js/translation_editor.js``
  puts the words below in the user's language once the editor is drawn.

:func:`install` wraps the two functions of wagtail-localize's editor view that do
this (it looks them up on its module at every request) and gives its string
translations a comment with the date in the user's language.
"""

import html
import json
import re
from functools import wraps

from django.templatetags.static import static
from django.utils.formats import date_format
from django.utils.html import escape, json_script
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

#: Marks the wrapped function, so that installing twice wraps once.
_MARK = "_with_row_labels"


def row_label(source_instance, content_path):
    """The label of the inline row ``content_path`` points into ("relation.key.field"), or None."""
    parts = content_path.split(".")
    if len(parts) < 3:
        return None
    relation, key = parts[0], parts[1]
    manager = getattr(source_instance, relation, None)
    if manager is None or not hasattr(manager, "all"):
        return None
    for row in manager.all():
        if str(getattr(row, "translation_key", "")) == key and hasattr(row, "translation_label"):
            return row.translation_label()
    return None


_PROPS = re.compile(r'(data-props=")([^"]*)(")')


def shown_date(moment):
    """A date as the user's language writes it ("3. Dezember 2026")."""
    return date_format(localtime(moment), "DATE_FORMAT")


def translation_comment(string_translation):
    """How and when a text was translated, in the user's language (wagtail-localize's words)."""
    date = shown_date(string_translation.updated_at)
    if string_translation.tool_name:
        return _("Translated with {tool_name} on {date}").format(
            tool_name=string_translation.tool_name, date=date
        )
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MANUAL:
        return _("Translated manually on {date}").format(date=date)
    if string_translation.translation_type == string_translation.TRANSLATION_TYPE_MACHINE:
        return _("Machine translated on {date}").format(date=date)
    return None


def last_published(instance):
    """When ``instance`` was last published, as wagtail-localize's editor reads it."""
    live_revision = getattr(instance, "live_revision", None)
    if live_revision is not None:
        return live_revision.created_at
    return getattr(instance, "last_published_at", None)


def editor_words(translation):
    """The editor's untranslatable words, in the user's language (for the script)."""
    source = translation.source.locale.get_display_name()
    target = translation.target_locale.get_display_name()
    return {
        "title": {
            "english": f"{source} to {target} translation",
            "text": _("Translation from %(source)s into %(target)s")
            % {"source": source, "target": target},
        },
        "more_actions": {"english": "More actions", "text": _("More actions")},
    }


def localise_editor(content, translation, instance):
    """The editor page ``content`` with the date in the user's language and the script."""
    published = last_published(instance)

    def rewrite(match):
        props = json.loads(html.unescape(match.group(2)))
        if published is not None and isinstance(props.get("object"), dict):
            props["object"]["lastPublishedDate"] = shown_date(published)
        return match.group(1) + escape(json.dumps(props)) + match.group(3)

    content = _PROPS.sub(rewrite, content, count=1)
    script = json_script(editor_words(translation), "cms-translation-editor-words") + (
        f'<script src="{static("cms/js/translation_editor.js")}" defer></script>'
    )
    return content.replace("</body>", script + "</body>", 1)


def _wrap_editor(edit_translation):
    original = edit_translation.edit_translation
    if getattr(original, _MARK, False):
        return

    @wraps(original)
    def in_users_language(request, translation, instance):
        response = original(request, translation, instance)
        content_type = response.get("Content-Type", "")
        if response.status_code == 200 and content_type.startswith("text/html"):
            text = response.content.decode(response.charset or "utf-8")
            response.content = localise_editor(text, translation, instance)
        return response

    setattr(in_users_language, _MARK, True)
    edit_translation.edit_translation = in_users_language


def install():
    """Give wagtail-localize's editor the rows' own labels and the user's language."""
    from wagtail_localize.models import StringTranslation
    from wagtail_localize.views import edit_translation

    StringTranslation.get_comment = translation_comment
    _wrap_editor(edit_translation)
    original = edit_translation.get_segment_location_info
    if getattr(original, _MARK, False):
        return

    @wraps(original)
    def with_row_labels(source_instance, tab_helper, content_path, field_path, widget=False):
        info = original(source_instance, tab_helper, content_path, field_path, widget=widget)
        label = row_label(source_instance, content_path)
        if label:
            info["field"] = label
        return info

    setattr(with_row_labels, _MARK, True)
    edit_translation.get_segment_location_info = with_row_labels
