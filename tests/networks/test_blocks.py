import pytest
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string

from networks import blocks
from tests.factories import make_demo_home
from tests.factories.networks import make_network_index, make_network_page

NETWORK_BLOCKS = ["project_list", "volunteer_call", "timeline", "members", "gallery"]


@pytest.mark.parametrize("name", NETWORK_BLOCKS)
def test_every_network_block_is_documented_and_renders_its_preview(db, name):
    block = blocks.NetworkStreamBlock().child_blocks[name]
    meta = block.meta
    assert block.__doc__ and meta.icon and meta.template and meta.description and meta.group
    html = str(block.render(block.get_preview_value()))
    assert meta.preview_value["heading" if name != "volunteer_call" else "title"] in html


def test_the_body_offers_the_shared_blocks_too():
    names = set(blocks.NetworkStreamBlock().child_blocks)
    assert {"heading", "paragraph", "image", "contact", *NETWORK_BLOCKS} <= names


def test_project_list_links_to_a_page_or_an_address(db):
    home = make_demo_home()
    block = blocks.ProjectListBlock()
    value = block.to_python(
        {
            "heading": "Projekte",
            "projects": [
                {"title": "Begegnungscafé", "description": "Montags", "page": home.pk},
                {"title": "Deutschtreff", "description": "", "url": "https://example.org/dt"},
                {"title": "Feste", "description": ""},
            ],
        }
    )
    html = str(block.render(value))
    assert f'<a href="{home.url}">Begegnungscafé</a>' in html
    assert '<a href="https://example.org/dt">Deutschtreff</a>' in html
    assert '<h3 class="project__title">Feste</h3>' in html
    both = block.child_blocks["projects"].child_block.to_python(
        {"title": "X", "page": home.pk, "url": "https://example.org"}
    )
    with pytest.raises(ValidationError):
        block.child_blocks["projects"].child_block.clean(both)


def test_volunteer_call_shows_who_what_and_how(db):
    block = blocks.VolunteerCallBlock()
    value = block.to_python(
        {
            "title": "Paten gesucht",
            "wanted": "Nachbarinnen mit Zeit",
            "tasks": "Begleiten",
            "how_to_join": "Im Café fragen",
            "email": "paten@example.org",
        }
    )
    html = str(block.render(value))
    for text in ("Paten gesucht", "Nachbarinnen mit Zeit", "Begleiten", "Im Café fragen"):
        assert text in html
    assert 'href="mailto:paten@example.org"' in html


def test_timeline_shows_partial_dates_in_order(db):
    block = blocks.TimelineBlock()
    value = block.to_python(
        {
            "heading": "Geschichte",
            "milestones": [
                {"date": {"year": 2014, "season": "spring", "month": ""}, "text": "Gründung"},
                {"date": {"year": 2010, "season": "", "month": "4"}, "text": "Erstes Treffen"},
            ],
        }
    )
    html = str(block.render(value))
    assert '<time datetime="2014">Frühjahr 2014</time>' in html
    assert '<time datetime="2010">April 2010</time>' in html
    assert html.index("Gründung") < html.index("Erstes Treffen")


@pytest.mark.parametrize(
    ("date", "field"),
    [
        ({"year": 2014, "season": "spring", "month": "4"}, "month"),
        ({"year": 2999, "season": "", "month": ""}, "year"),
    ],
)
def test_partial_date_block_rejects_bad_dates(date, field):
    block = blocks.PartialDateBlock()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(date))
    assert field in error.value.block_errors


def test_gallery_renders_each_image_with_its_alt_text(image):
    block = blocks.GalleryBlock()
    value = block.to_python(
        {
            "heading": "Bilder",
            "images": [
                {"image": image.pk, "alt_text": "Kinder beim Fest", "decorative": False},
                {"image": image.pk, "alt_text": "", "decorative": True},
            ],
        }
    )
    html = str(block.render(value))
    assert html.count("<img") == 2
    assert 'alt="Kinder beim Fest"' in html and 'alt=""' in html


def test_members_block_lists_the_pages_members(db):
    from tests.factories.networks import make_organisation

    home = make_demo_home()
    index = make_network_index(home)
    org = make_organisation("Ortsamt Prohlis", website="https://ortsamt.example")
    page = make_network_page(
        index,
        "Stadtteilrunde",
        members=[(org, "Gastgeber")],
        body=[("members", {"heading": "Wer mitmacht", "show_descriptions": False})],
    )
    from django.test import Client

    html = Client().get(page.url).content.decode()
    assert "Wer mitmacht" in html
    assert '<a href="https://ortsamt.example"><bdi>Ortsamt Prohlis</bdi></a>' in html
    assert "Gastgeber" in html
    # With a members block in the body, the automatic members section is left out.
    assert "network-members-heading" not in html
    empty = str(blocks.MembersBlock().render({"heading": "", "show_descriptions": False}))
    assert "Es wurden noch keine Mitglieder eingetragen." in empty
    assert render_to_string("networks/includes/member_list.html", {"members": []}).strip()
