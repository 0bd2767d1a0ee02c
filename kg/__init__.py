"""zhkg: knowledge graphs of Chinese policy and news text.

The Python API mirrors the ``kg`` command::

    import kg
    kg.build(["articles/"], store="kg-store")
    rows = kg.query("SELECT ?p ?g WHERE { ?p kg:implements ?g }", store="kg-store")
    kg.export("graph.ttl", store="kg-store")
    kg.view("graph.html", store="kg-store")

``store`` is a directory, a SPARQL server's URL, or a store from :func:`kg.open_store`
(``kg.open_store(None)`` is an in-memory store). Nothing heavy happens at import time.
"""

from __future__ import annotations

# every public function of kg.api, and nothing else: kg.api.__all__ is the one list
from kg.api import *  # noqa: F403
from kg.api import __all__ as _api_all

__version__ = "0.1.0"
__all__ = [*_api_all, "__version__"]
