"""Language facts shared by settings, templates and the apps."""

#: Names every visitor recognises for their own language.
NATIVE_LANGUAGE_NAMES = {
    "de": "Deutsch",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "uk": "Українська",
    "ru": "Русский",
    "tr": "Türkçe",
}

#: Languages written right to left.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ckb", "ps"})


def language_direction(code):
    """Return ``"rtl"`` or ``"ltr"`` for a language code such as ``"ar"``."""
    return "rtl" if code.split("-")[0].lower() in RTL_LANGUAGES else "ltr"


def native_name(code):
    from django.conf.locale import LANG_INFO

    return NATIVE_LANGUAGE_NAMES.get(code) or LANG_INFO.get(code, {}).get("name_local", code)
