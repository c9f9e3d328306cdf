from wagtail import hooks

from cms.page_cache.middleware import add_tags
from cms.page_cache.tags import page_tag


@hooks.register("before_serve_page")
def tag_cached_answer_with_the_page(page, request, serve_args, serve_kwargs):
    """The cached answer (the page or one of its routes) is purged with the page."""
    add_tags(request, page_tag(page.translation_key))
