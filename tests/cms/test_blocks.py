import pytest
from django.core.exceptions import ValidationError

from cms import blocks


@pytest.mark.parametrize("name", list(blocks.ContentStreamBlock().child_blocks))
def test_every_block_renders_its_preview_value(db, name):
    block = blocks.ContentStreamBlock().child_blocks[name]
    meta = block.meta
    assert meta.icon and meta.template and meta.description and meta.group
    assert block.__doc__
    value = block.get_preview_value()
    html = block.render(value)
    assert html.strip()
    raw = meta.preview_value
    if isinstance(raw, str):
        expected = "gemeinsam"
    else:
        expected = next(raw[key] for key in ("text", "title", "name", "caption") if raw.get(key))
    assert expected in str(html)


def test_heading_anchor_is_made_from_the_text_when_empty():
    block = blocks.HeadingBlock()
    html = block.render(block.to_python({"text": "Unsere Projekte", "level": "h2", "anchor": ""}))
    assert 'id="unsere-projekte"' in html
    html = block.render(block.to_python({"text": "Kontakt", "level": "h3", "anchor": "kontakt"}))
    assert html.strip().startswith('<h3 id="kontakt"')


def test_image_needs_alt_text_unless_decorative(image):
    block = blocks.ImageBlock()
    value = block.to_python({"image": image.pk, "alt_text": "", "decorative": False, "caption": ""})
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "alt_text" in error.value.block_errors
    decorative = block.to_python({"image": image.pk, "alt_text": "", "decorative": True})
    assert block.clean(decorative)["decorative"] is True
    html = block.render(block.to_python({"image": image.pk, "alt_text": "Kinder beim Fest"}))
    assert 'alt="Kinder beim Fest"' in html


def test_call_to_action_needs_exactly_one_link():
    block = blocks.CallToActionBlock()
    value = block.to_python(
        {"title": "Mitmachen", "text": "", "link_text": "Los", "page": None, "url": ""}
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "url" in error.value.block_errors
