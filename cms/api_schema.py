"""Typed StreamField JSON in the v3 API's OpenAPI schema.

Wagtail's v3 schema generator describes every StreamField as ``list[Any]``.
This module describes it from the field's own blocks instead: a list of
``{"type", "value", "id"}`` items, discriminated by ``type``, whose values
follow the blocks' API representation (structs as objects, lists as arrays,
rich text as a string, choosers as ids). A block with its own
``get_api_representation`` outside Wagtail stays ``Any``.
"""

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, create_model
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock

#: Leaf blocks and the JSON type of their API representation.
LEAF_TYPES = [
    (blocks.BooleanBlock, bool),
    (blocks.IntegerBlock, int),
    (blocks.RichTextBlock, str),
    (blocks.MultipleChoiceBlock, list[str]),
    (blocks.ChoiceBlock, str | int),
    (blocks.DateTimeBlock, str),
    (blocks.DateBlock, str),
    (blocks.TimeBlock, str),
    (blocks.CharBlock, str),
    (blocks.TextBlock, str),
    (blocks.URLBlock, str),
    (blocks.EmailBlock, str),
    (blocks.RegexBlock, str),
    (blocks.PageChooserBlock, int),
    (ImageChooserBlock, int),
    (DocumentChooserBlock, int),
    (EmbedBlock, str),
]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


def _custom_representation(block):
    """True when the block's class (not Wagtail) decides its API shape."""
    method = type(block).get_api_representation
    return not method.__module__.startswith("wagtail.")


def _model_name(*parts):
    """``("NetworkPage", "body", "call_to_action")`` -> ``"NetworkPageBodyCallToAction"``."""
    words = " ".join(parts).replace("_", " ").split()
    return "".join(word[:1].upper() + word[1:] for word in words)


def block_type(block, name, cache):
    """The Python type (for pydantic) of ``block``'s API representation."""
    if _custom_representation(block):
        return Any
    if isinstance(block, blocks.StreamBlock):
        return list[stream_item_type(block, name, cache)]
    if isinstance(block, blocks.ListBlock):
        return list[block_type(block.child_block, f"{name}Item", cache)]
    if isinstance(block, blocks.StructBlock):
        key = (type(block), name)
        if key not in cache:
            fields = {
                child_name: (block_type(child, _model_name(name, child_name), cache) | None, None)
                for child_name, child in block.child_blocks.items()
            }
            cache[key] = create_model(name, __base__=_Open, **fields)
        return cache[key]
    for block_class, python_type in LEAF_TYPES:
        if isinstance(block, block_class):
            return python_type
    return Any


def stream_item_type(stream_block, name, cache):
    """One item of a stream: a union of ``{"type": <name>, "value", "id"}`` models."""
    items = []
    for child_name, child in stream_block.child_blocks.items():
        item_name = _model_name(name, child_name, "Item")
        value_type = block_type(child, _model_name(name, child_name), cache)
        items.append(
            create_model(
                item_name,
                __base__=_Open,
                type=(Literal[child_name], ...),
                value=(value_type | None, None),
                id=(str | None, None),
            )
        )
    if not items:
        return dict[str, Any]
    if len(items) == 1:
        return items[0]
    return Annotated[Union[tuple(items)], Field(discriminator="type")]  # noqa: UP007


def typed_streamfield_schema(generator, field):
    """Field schema for Wagtail's v3 read generator (see ``register``)."""
    field_name = field.name
    model_name = field.model._meta.object_name
    item = stream_item_type(field.stream_block, _model_name(model_name, field_name), {})

    def resolve(obj, context):
        value = getattr(obj, field_name)
        return value.stream_block.get_api_representation(value, context)

    return list[item], [], staticmethod(resolve)


def register():
    """Use the typed schema for StreamFields; call before the v3 schemas are built."""
    from wagtail.api.v3.schemas.generators.read import read_generator

    read_generator.register_field_schema(StreamField, typed_streamfield_schema)
