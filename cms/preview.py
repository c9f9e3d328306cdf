"""Preview in an external (headless) frontend when one is configured."""

from django.conf import settings
from wagtail_headless_preview.models import HeadlessPreviewMixin


def headless_preview_enabled():
    return bool(getattr(settings, "HEADLESS_PREVIEW_URL", ""))


class SwitchableHeadlessPreviewMixin(HeadlessPreviewMixin):
    """Page mixin: the frontend's preview when ``HEADLESS_PREVIEW_URL`` is set.

    Without it, editors get Wagtail's normal preview of our own templates.
    """

    def serve_preview(self, request, preview_mode):
        if headless_preview_enabled():
            return super().serve_preview(request, preview_mode)
        return super(HeadlessPreviewMixin, self).serve_preview(request, preview_mode)
