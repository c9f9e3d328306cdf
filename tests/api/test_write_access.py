"""Writing through API v3 needs an editor's token; anonymous clients only read."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import APIToken, Locale

from cms.roles import EDITORS_GROUP, setup_roles, translator_group_name
from networks.models import NetworkIndexPage


def token_for(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    _token, plaintext = APIToken.create_token(user=user, name=f"{username} token")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def new_index(parent, slug):
    return {
        "meta": {"type": "networks.NetworkIndexPage", "parent_id": parent.pk},
        "title": "Weitere Netzwerke",
        "slug": slug,
    }


@pytest.fixture
def home_with_roles(demo_home):
    setup_roles()
    return demo_home


@pytest.mark.django_db
def test_anonymous_clients_cannot_write(client, home_with_roles):
    response = client.post(
        "/api/v3/pages/", new_index(home_with_roles, "anonym"), content_type="application/json"
    )
    assert response.status_code == 401
    assert not NetworkIndexPage.objects.filter(slug="anonym").exists()


@pytest.mark.django_db
def test_an_invalid_token_cannot_write(client, home_with_roles):
    response = client.post(
        "/api/v3/pages/",
        new_index(home_with_roles, "falsch"),
        content_type="application/json",
        HTTP_AUTHORIZATION="Bearer wagtail_not-a-real-token",
    )
    assert response.status_code == 401
    assert not NetworkIndexPage.objects.filter(slug="falsch").exists()


@pytest.mark.django_db
def test_an_editor_with_a_token_creates_a_draft(client, home_with_roles, django_user_model):
    headers = token_for(django_user_model, "redakteurin", EDITORS_GROUP)
    response = client.post(
        "/api/v3/pages/",
        new_index(home_with_roles, "weitere"),
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 201, response.content
    page = NetworkIndexPage.objects.get(slug="weitere", locale=Locale.get_default())
    assert page.live is False
    # The draft never shows up for anonymous clients.
    listing = client.get("/api/v3/pages/?type=networks.NetworkIndexPage&limit=100").json()
    assert page.pk not in {item["id"] for item in listing["items"]}
    assert client.get(f"/api/v3/pages/{page.pk}/").status_code == 404


@pytest.mark.django_db
def test_a_translator_cannot_write_to_the_german_source(client, home_with_roles, django_user_model):
    headers = token_for(django_user_model, "uebersetzer", translator_group_name("ar"))
    response = client.post(
        "/api/v3/pages/",
        new_index(home_with_roles, "verboten"),
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 403
    assert not NetworkIndexPage.objects.filter(slug="verboten").exists()
    assert Locale.objects.filter(language_code="ar").exists()


@pytest.mark.django_db
def test_snippet_writes_check_required_fields_as_the_admin_does(
    client, home_with_roles, django_user_model
):
    from networks.models import Organisation

    headers = token_for(django_user_model, "redakteur", EDITORS_GROUP)
    url = "/api/v3/snippets/networks.Organisation/"
    before = Organisation.objects.count()
    response = client.post(url, {"name": "  "}, content_type="application/json", **headers)
    assert response.status_code == 422, response.content
    assert response.json()["errors"][0]["loc"] == ["name"]
    assert Organisation.objects.count() == before

    created = client.post(
        url, {"name": "Kita Sonnenschein"}, content_type="application/json", **headers
    )
    assert created.status_code == 201, created.content
    pk = created.json()["id"]
    emptied = client.patch(f"{url}{pk}/", {"name": ""}, content_type="application/json", **headers)
    assert emptied.status_code == 422
    assert Organisation.objects.get(pk=pk).name == "Kita Sonnenschein"
