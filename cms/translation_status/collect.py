"""Collect the facts for the translation status report in a fixed number of queries.

Pages: four queries in all. Translatable snippets: two more per snippet model.
Sources are the objects in the default (German) locale.
"""

import json
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Max
from django.urls import reverse
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import TranslationLog, TranslationSource

from cms.translation_status.status import STATUSES, translation_status


@dataclass
class Row:
    kind: str
    title: str
    status: str
    edit_url: str | None = None
    translate_url: str | None = None
    sync_url: str | None = None


@dataclass
class LocaleReport:
    locale: Locale
    rows: list = field(default_factory=list)

    @property
    def counts(self):
        return {status: sum(row.status == status for row in self.rows) for status in STATUSES}


@dataclass
class Source:
    kind: str
    title: str
    translation_key: object
    changed_at: object = None  # last publication, where the model records one
    content_json: str | None = None  # the current content, where it does not
    submit_url: str = ""
    edit_url_name: str = ""


def _source_facts(translation_keys, source_locale, locale_ids):
    """Last sync per translation key and latest translation log per (source, locale)."""
    sources = {
        row["object_id"]: row
        for row in TranslationSource.objects.filter(
            object_id__in=translation_keys, locale=source_locale
        ).values("id", "object_id", "last_updated_at", "content_json")
    }
    logs = {
        (row["source_id"], row["locale_id"]): row["last"]
        for row in TranslationLog.objects.filter(
            source__object_id__in=translation_keys,
            source__locale=source_locale,
            locale_id__in=locale_ids,
        )
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    }
    return sources, logs


def _page_sources(source_locale):
    pages = (
        Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        .order_by("path")
        .values("id", "title", "translation_key", "last_published_at")
    )
    submit = "wagtail_localize:submit_page_translation"
    return [
        Source(
            kind="page",
            title=page["title"],
            translation_key=page["translation_key"],
            changed_at=page["last_published_at"],
            submit_url=reverse(submit, args=[page["id"]]),
            edit_url_name="wagtailadmin_pages:edit",
        )
        for page in pages
    ]


def _serialised(instance):
    if isinstance(instance, ClusterableModel):
        return instance.to_json()
    return json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder)


def _snippet_sources(model, source_locale):
    meta = model._meta
    submit = "wagtail_localize:submit_snippet_translation"
    edit_url_name = model.snippet_viewset.get_url_name("edit")
    sources = []
    for instance in model.objects.filter(locale=source_locale).order_by("pk"):
        draftable = isinstance(instance, DraftStateMixin)
        sources.append(
            Source(
                kind=str(meta.verbose_name),
                title=str(instance),
                translation_key=instance.translation_key,
                changed_at=instance.last_published_at if draftable else None,
                content_json=None if draftable else _serialised(instance),
                submit_url=reverse(
                    submit, args=[meta.app_label, meta.model_name, quote(instance.pk)]
                ),
                edit_url_name=edit_url_name,
            )
        )
    targets = model.objects.filter(
        translation_key__in=[source.translation_key for source in sources]
    ).exclude(locale=source_locale)
    return sources, targets.values_list("translation_key", "locale_id", "pk")


def _source_changed(source, synced):
    if synced is None:
        return False
    if source.content_json is not None:
        return json.loads(source.content_json) != json.loads(synced["content_json"])
    return bool(source.changed_at and source.changed_at > synced["last_updated_at"])


def collect(locales, next_url=""):
    """One LocaleReport per locale in ``locales`` (translation targets only)."""
    source_locale = Locale.get_default()
    locales = [locale for locale in locales if locale.pk != source_locale.pk]
    locale_ids = [locale.pk for locale in locales]

    sources = _page_sources(source_locale)
    # {translation key: {locale id: (target pk, is a real translation)}}
    targets = defaultdict(dict)
    page_targets = Page.objects.filter(
        locale_id__in=locale_ids,
        translation_key__in=[source.translation_key for source in sources],
    ).values_list("translation_key", "locale_id", "pk", "alias_of_id")
    for key, locale_id, pk, alias_of_id in page_targets:
        targets[key][locale_id] = (pk, alias_of_id is None)
    for model in get_snippet_models():
        if issubclass(model, TranslatableMixin):
            snippet_sources, snippet_targets = _snippet_sources(model, source_locale)
            sources += snippet_sources
            for key, locale_id, pk in snippet_targets:
                targets[key][locale_id] = (pk, True)

    synced, logs = _source_facts(
        [source.translation_key for source in sources], source_locale, locale_ids
    )
    reports = [LocaleReport(locale) for locale in locales]
    for source in sources:
        sync = synced.get(source.translation_key)
        changed = _source_changed(source, sync)
        for report in reports:
            target_pk, translated = targets[source.translation_key].get(
                report.locale.pk, (None, False)
            )
            status = translation_status(
                translated=translated,
                source_changed=changed,
                synced_at=sync["last_updated_at"] if sync else None,
                translated_at=logs.get((sync["id"], report.locale.pk)) if sync else None,
            )
            query = urlencode({"select_locale": report.locale.language_code, "next": next_url})
            report.rows.append(
                Row(
                    kind=source.kind,
                    title=source.title,
                    status=status,
                    edit_url=reverse(source.edit_url_name, args=[quote(target_pk)])
                    if target_pk
                    else None,
                    translate_url=f"{source.submit_url}?{query}" if not translated else None,
                    sync_url=reverse("wagtail_localize:update_translations", args=[sync["id"]])
                    if sync and changed
                    else None,
                )
            )
    return reports
