from django.urls import path

from cms.search import search

urlpatterns = [path("", search, name="search")]
