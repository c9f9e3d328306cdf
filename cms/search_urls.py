from django.urls import path

from cms.views import search

urlpatterns = [path("", search, name="search")]
