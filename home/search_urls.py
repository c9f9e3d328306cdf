from django.urls import path

from home.search import search

urlpatterns = [path("", search, name="search")]
