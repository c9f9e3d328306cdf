"""The filters' select box: Django's markup, built without templates."""

from django import forms

from cms.widgets import QuickSelect


def normalised(html):
    return "".join(line.strip() for line in str(html).splitlines())


CHOICES = [
    ("", "Alle"),
    (1, 'Café "Mittendrin" & <Nachbarn>'),
    ("Gruppe", [("a", "مقهى"), ("b", "Кафе")]),
    (2, "\u202eumgedreht"),
]


def test_the_markup_is_djangos_for_every_kind_of_choice():
    for value in ("", "1", "b", None):
        attrs = {"id": "id_network", "aria-describedby": "hint"}
        django = forms.Select(choices=CHOICES).render("network", value, attrs=attrs)
        quick = QuickSelect(choices=CHOICES).render("network", value, attrs=attrs)
        assert normalised(quick) == normalised(django)


def test_a_field_renders_with_it():
    class Form(forms.Form):
        network = forms.ChoiceField(choices=CHOICES[:2], widget=QuickSelect, required=False)

    html = str(Form({"network": "1"})["network"])
    assert (
        '<option value="1" selected>Café &quot;Mittendrin&quot; &amp; &lt;Nachbarn&gt;</option>'
        in html
    )
