"""The shared StreamField block library that every page type builds on.

Helpers first, then the structural blocks, then ``ContentStreamBlock``, the
named stream that page types use or extend.
"""

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

#: Rich text features offered to editors: enough to structure a paragraph,
#: nothing that breaks the page's heading outline or its styles.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]

GROUP_TEXT = _("Text")
GROUP_MEDIA = _("Media")
GROUP_LINKS = _("Links and contact")


def struct_error(**field_errors):
    """Build a StructBlockValidationError from ``field=message`` pairs."""
    return StructBlockValidationError(
        block_errors={name: ValidationError(message) for name, message in field_errors.items()}
    )


class HeadingBlock(blocks.StructBlock):
    """A section heading with an anchor so that other pages can link to it."""

    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (H2)")), ("h3", _("Subsection (H3)"))],
        default="h2",
    )
    anchor = blocks.CharBlock(
        label=_("Anchor"),
        required=False,
        max_length=60,
        validators=[validate_slug],
        help_text=_(
            "Optional address of this heading inside the page, e.g. 'contact' for "
            "#contact. Only lower-case letters, digits and hyphens. Left empty, "
            "it is made from the heading."
        ),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["anchor"] = value.get("anchor") or slugify(value.get("text", ""))
        return context

    class Meta:
        icon = "title"
        template = "cms/blocks/heading_block.html"
        group = GROUP_TEXT
        label = _("Heading")
        description = _("A heading that starts a new section, with an in-page anchor.")
        preview_value = {"text": "Gemeinsam im Stadtteil", "level": "h2", "anchor": ""}
        form_classname = "heading-block"


class ParagraphBlock(blocks.RichTextBlock):
    """Running text with a small, deliberate set of formatting options."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "cms/blocks/paragraph_block.html"
        group = GROUP_TEXT
        label = _("Paragraph")
        description = _("Running text with bold, italic, links and lists.")
        preview_value = (
            "<p>Wir laden alle Nachbarinnen und Nachbarn ein, den Stadtteil "
            "<b>gemeinsam</b> zu gestalten.</p>"
        )


class ImageBlock(blocks.StructBlock):
    """An image with alternative text for screen readers, and a caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. "
            "Required unless the image is only decorative."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("Decorative only"),
        required=False,
        help_text=_("Tick if the image adds no information; screen readers will skip it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not value.get("alt_text"):
            raise struct_error(
                alt_text=_(
                    "Please describe the image in a few words, or tick "
                    "'Decorative only' if it adds no information."
                )
            )
        return value

    class Meta:
        icon = "image"
        template = "cms/blocks/image_block.html"
        group = GROUP_MEDIA
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")
        preview_value = {"alt_text": "", "decorative": True, "caption": "Stadtteilfest in Prohlis"}


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or source it comes from."""

    text = blocks.TextBlock(label=_("Quotation"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "cms/blocks/quote_block.html"
        group = GROUP_TEXT
        label = _("Quote")
        description = _("A quotation with the person it comes from.")
        preview_value = {
            "text": "Nur wer voneinander weiß, plant auch gemeinsam.",
            "attribution": "Vernetzungstreffen Prohlis",
        }


class CallToActionBlock(blocks.StructBlock):
    """A highlighted invitation with a single button."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link_text = blocks.CharBlock(label=_("Button text"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page on this site"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise struct_error(url=_("Choose a page on this site or enter an address, not both."))
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        page = value.get("page")
        context["href"] = page.url if page else value.get("url")
        return context

    class Meta:
        icon = "pick"
        template = "cms/blocks/call_to_action_block.html"
        group = GROUP_LINKS
        label = _("Call to action")
        description = _("A highlighted box inviting visitors to do one thing.")
        preview_value = {
            "title": "Werden Sie Patin oder Pate",
            "text": "Begleiten Sie neue Nachbarinnen und Nachbarn im Alltag.",
            "link_text": "Mitmachen",
            "url": "https://example.org/mitmachen",
        }


class EmbedContentBlock(blocks.StructBlock):
    """A video or map from a provider such as YouTube or OpenStreetMap."""

    embed = EmbedBlock(
        label=_("Address of the video or map"),
        help_text=_("Paste the address of the page that shows the video or map."),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=120,
        help_text=_("A short title that tells screen-reader users what the embed shows."),
    )

    class Meta:
        icon = "media"
        template = "cms/blocks/embed_block.html"
        group = GROUP_MEDIA
        label = _("Video or map")
        description = _("Embeds a video or map from another website.")
        preview_value = {"embed": None, "title": "Rundgang durch Prohlis"}


class DocumentLinkBlock(blocks.StructBlock):
    """A download link to a document in the library."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=120,
        help_text=_("Left empty, the document's title is shown."),
    )

    class Meta:
        icon = "doc-full"
        template = "cms/blocks/document_link_block.html"
        group = GROUP_LINKS
        label = _("Document")
        description = _("A link to download a document such as a flyer or a form.")
        preview_value = {"document": None, "title": "Flyer zum Begegnungscafé"}


class ContactBlock(blocks.StructBlock):
    """Who to contact, and how and when to reach them."""

    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=120)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=40)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    address = blocks.TextBlock(label=_("Address"), required=False, max_length=300)
    opening_hours = blocks.TextBlock(
        label=_("Opening hours"),
        required=False,
        max_length=300,
        help_text=_("For example: Monday to Thursday 9:00–15:00"),
    )

    class Meta:
        icon = "user"
        template = "cms/blocks/contact_block.html"
        group = GROUP_LINKS
        label = _("Contact")
        description = _("A contact person with phone, e-mail, address and opening hours.")
        preview_value = {
            "name": "Quartiersmanagement Prohlis",
            "role": "Stadtteilbüro",
            "phone": "+49 351 0000000",
            "email": "kontakt@example.org",
            "address": "Prohliser Allee 00\n01239 Dresden",
            "opening_hours": "Montag bis Donnerstag 9:00–15:00",
        }


class ContentStreamBlock(blocks.StreamBlock):
    """The blocks every page body offers; apps extend it with their own."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    embed = EmbedContentBlock()
    document = DocumentLinkBlock()
    contact = ContactBlock()

    class Meta:
        block_counts = {}
