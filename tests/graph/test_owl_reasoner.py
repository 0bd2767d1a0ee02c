"""The ontology and a built graph are consistent under an OWL 2 DL reasoner (issue 14.10).

owlready2 runs HermiT (Java) on the ontology, the gazetteer, the theme scheme and the
sample article's graph, offline: nothing is imported over the network.
"""

from __future__ import annotations

import shutil
import urllib.request
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.store import Store
from tests.paths import ROOT

FILES = ("kg.ttl", "provinces.ttl", "places.ttl", "themes.ttl")


def _refuse_network(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError(f"the reasoner test reached for the network: {args[:1]}")


@pytest.mark.slow
def test_ontology_and_data_are_consistent_under_hermit(
    sample_store_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    owlready2 = pytest.importorskip("owlready2")
    if shutil.which("java") is None:
        pytest.skip("HermiT needs Java (apt-get install default-jre-headless)")
    monkeypatch.setattr(urllib.request, "urlopen", _refuse_network)
    triples = [
        t
        for name in FILES
        for t in ox.parse(path=str(ROOT / "ontology" / name), format=ox.RdfFormat.TURTLE)
    ]
    with Store(sample_store_dir, read_only=True) as store:
        triples += [q.triple for q in store.quads() if q.graph_name != ox.DefaultGraph()]
    path = tmp_path / "all.nt"
    path.write_bytes(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0)  # raises if not
    # OWL 2 DL: no property is both a data and an annotation property
    assert "more than one entity types" not in capsys.readouterr().err


def test_divisiontypes_are_tagged_as_the_range_says() -> None:
    from rdflib import RDF, RDFS, Graph, URIRef

    kg = "https://w3id.org/zhkg/ontology#"
    ontology = Graph().parse(ROOT / "ontology" / "kg.ttl")
    assert ontology.value(URIRef(kg + "divisionType"), RDFS.range) == RDF.langString
    data = Graph()
    for name in ("provinces.ttl", "places.ttl"):
        data.parse(ROOT / "ontology" / name)
    values = list(data.objects(None, URIRef(kg + "divisionType")))
    assert len(values) > 400 and all(getattr(v, "language", None) == "zh" for v in values)
    assert not list(ontology.objects(None, URIRef("http://www.w3.org/2002/07/owl#imports")))
