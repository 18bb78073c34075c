"""JSON for the requests queued in Redis: data only, nothing a reader could run.

scrapy-redis stores each queued request as the dict ``Request.to_dict``
makes, passed through the module named by ``SCHEDULER_SERIALIZER`` (its
``dumps`` and ``loads``).  Queued requests carry URLs taken from pages, and
anyone who can write to Redis can put entries in the queue, so reading one
must never run code: this module writes and reads plain JSON, and
:func:`loads` refuses (:class:`RefusedPayload`) anything that is not a
request this module wrote, before scrapy-redis turns it back into a request.

The JSON keeps the types ``Request.to_dict`` produces: ``str``, ``int``,
finite ``float``, ``bool``, ``None`` and lists as themselves; ``bytes``
(body, header names and values, cookies given as bytes) as
``{"$bytes": "<the bytes read as Latin-1>"}``; a dict whose keys are not all
strings, or which has a key starting with ``$``, as
``{"$dict": [[key, value], ...]}``.  Any other value (a tuple, a set, an
object in ``meta`` or ``cb_kwargs``) cannot cross to another worker
unchanged, so :func:`dumps` raises a ``TypeError`` naming it instead of
queueing something that would come back different.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any

from scrapy import Request

from ..utils.urls import UrlError, check_url

#: marks a payload as one of ours; an entry without it is refused
FORMAT = "rallycrawl-request/1"
BYTES = "$bytes"
PAIRS = "$dict"
#: what a request dict may hold besides ``Request.attributes``
CLASS_KEY = "_class"
#: bounds a hostile payload's size before it is parsed
MAX_PAYLOAD = 16 * 1024 * 1024
#: the types each request attribute may have once decoded (``None``: absent or unset)
ATTRIBUTE_TYPES: dict[str, tuple[type, ...]] = {
    "url": (str,),
    "callback": (str, type(None)),
    "errback": (str, type(None)),
    "method": (str,),
    "headers": (dict,),
    "body": (bytes,),
    "cookies": (dict, list),
    "meta": (dict,),
    "encoding": (str,),
    "priority": (int,),
    "dont_filter": (bool,),
    "flags": (list,),
    "cb_kwargs": (dict,),
}


class RefusedPayload(ValueError):
    """A queued entry that is not a request this module wrote: dropped, never evaluated."""


def dumps(request: dict[str, Any]) -> bytes:
    """The JSON of ``Request.to_dict()``; a ``TypeError`` for any value JSON cannot carry unchanged."""
    document = {"format": FORMAT, "request": _encode(request, "request", request.get("url"))}
    return json.dumps(document, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode("utf-8")


def loads(payload: bytes) -> dict[str, Any]:
    """The request dict :func:`dumps` wrote; :class:`RefusedPayload` for anything else."""
    if not isinstance(payload, (bytes, bytearray, str)):
        raise RefusedPayload(f"a {type(payload).__name__}, not JSON text")
    if len(payload) > MAX_PAYLOAD:
        raise RefusedPayload(f"{len(payload)} bytes, more than the {MAX_PAYLOAD} a request may take")
    try:
        document = json.loads(payload)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise RefusedPayload(f"not JSON ({type(exc).__name__}), starting {bytes(payload[:24])!r}") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise RefusedPayload(f"JSON without the format marker {FORMAT!r}")
    try:
        request = _decode(document.get("request"))
    except RecursionError:
        raise RefusedPayload("nested too deeply") from None
    _check_request(request)
    return request


def _encode(value: Any, path: str, url: Any) -> Any:
    kind = type(value)
    if value is None or kind in (str, int, bool):
        return value
    if kind is float:
        if not math.isfinite(value):
            raise TypeError(f"cannot queue the request for {url} in Redis: {path} is {value!r}")
        return value
    if kind is bytes:
        return {BYTES: value.decode("latin-1")}
    if kind is list:
        return [_encode(item, f"{path}[{index}]", url) for index, item in enumerate(value)]
    if kind is dict:
        if all(type(key) is str and not key.startswith("$") for key in value):
            return {key: _encode(item, f"{path}[{key!r}]", url) for key, item in value.items()}
        return {PAIRS: [[_encode(key, f"{path} key {key!r}", url), _encode(item, f"{path}[{key!r}]", url)]
                        for key, item in value.items()]}
    raise TypeError(
        f"cannot queue the request for {url} in Redis: {path} is a {kind.__module__}.{kind.__qualname__}, "
        "and only str, int, float, bool, None, bytes, lists and dicts of them cross to other workers unchanged"
    )


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1 and BYTES in value:
        text = value[BYTES]
        if not isinstance(text, str):
            raise RefusedPayload(f"{BYTES} holds a {type(text).__name__}, not text")
        try:
            return text.encode("latin-1")
        except UnicodeEncodeError:
            raise RefusedPayload(f"{BYTES} holds characters beyond Latin-1") from None
    if len(value) == 1 and PAIRS in value:
        pairs = value[PAIRS]
        if not isinstance(pairs, list) or not all(isinstance(p, list) and len(p) == 2 for p in pairs):
            raise RefusedPayload(f"{PAIRS} does not hold [key, value] pairs")
        decoded = {}
        for key, item in pairs:
            key = _decode(key)
            if not isinstance(key, (str, bytes, int, float, bool, type(None))):
                raise RefusedPayload(f"{PAIRS} has a {type(key).__name__} key")
            decoded[key] = _decode(item)
        return decoded
    if any(key.startswith("$") for key in value):
        raise RefusedPayload(f"unknown tag among {sorted(value)[:5]}")
    return {key: _decode(item) for key, item in value.items()}


def _check_request(request: Any) -> None:
    """Refuse what ``request_from_dict`` should not be given: the wrong shape, a class to import,
    a callback that is not a plain method name, a URL that is not http(s) (``file://``)."""
    if not isinstance(request, dict):
        raise RefusedPayload("the request is not a JSON object")
    request_class = _request_class(request.get(CLASS_KEY, "scrapy.http.request.Request"))
    unknown = set(request) - set(request_class.attributes) - {CLASS_KEY}
    if unknown:
        raise RefusedPayload(f"unknown request fields {sorted(map(str, unknown))[:5]}")
    if "url" not in request:
        raise RefusedPayload("the request has no url")
    for name, value in request.items():
        expected = ATTRIBUTE_TYPES.get(name)
        if expected and not isinstance(value, expected):
            raise RefusedPayload(f"the request's {name} is a {type(value).__name__}")
    try:
        check_url(request["url"])
    except UrlError as exc:
        raise RefusedPayload(f"the request's url: {str(exc)[:200]}") from None
    if isinstance(request.get("priority"), bool):
        raise RefusedPayload("the request's priority is a bool")
    for name in ("callback", "errback"):
        method = request.get(name)
        if method is not None and not (method.isidentifier() and not method.startswith("__")):
            raise RefusedPayload(f"the request's {name} {method[:80]!r} is not a spider method name")


def _request_class(path: Any) -> type[Request]:
    """The request class ``_class`` names, if it is one already imported: naming a class
    never imports a module or reaches anything but a ``Request`` subclass."""
    if not isinstance(path, str) or "." not in path:
        raise RefusedPayload(f"{CLASS_KEY} is {str(path)[:80]!r}, not a class path")
    module_name, _, class_name = path.rpartition(".")
    found = getattr(sys.modules.get(module_name), class_name, None) if class_name.isidentifier() else None
    if not (isinstance(found, type) and issubclass(found, Request)):
        raise RefusedPayload(f"{CLASS_KEY} {path[:120]!r} is not a request class this worker has loaded")
    return found
