"""The store: one named graph per document, idempotent rebuilds, safe queries."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import QueryError, StoreError
from kg.pipeline.build import build_documents, build_paths
from kg.read import read_text
from kg.store import Store

TEXT = "湖南、天津实施干部教育培训“三百工程”。"


def _facts(store: Store) -> set[tuple[str, str]]:
    return {(r["p"], r["g"]) for r in store.select("SELECT ?p ?g WHERE { ?p kg:implements ?g }")}


def test_rebuild_replaces_instead_of_duplicating(memory_store: Store) -> None:
    doc = read_text(TEXT, id="d1")
    build_documents([doc], memory_store)
    n = len(memory_store)
    build_documents([doc], memory_store, force=True)
    assert len(memory_store) == n
    changed = read_text("浙江实施“千村示范、万村整治”工程。", id="d1")
    build_documents([changed], memory_store)
    facts = _facts(memory_store)
    assert len(facts) == 1
    assert next(iter(facts))[0].endswith("/zhejiang")


def test_unchanged_documents_are_skipped(memory_store: Store) -> None:
    doc = read_text(TEXT, id="d1")
    first = build_documents([doc], memory_store)
    second = build_documents([doc], memory_store)
    assert (first.documents, second.documents, second.unchanged) == (1, 0, 1)


def test_documents_are_separate_named_graphs(memory_store: Store) -> None:
    build_documents(
        [read_text(TEXT, id="a"), read_text("浙江实施“八八战略”。", id="b")], memory_store
    )
    graphs = {
        r["g"]
        for r in memory_store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s a kg:Document } }")
    }
    assert graphs == {
        "https://w3id.org/zhkg/graph/doc/a",
        "https://w3id.org/zhkg/graph/doc/b",
    }
    assert memory_store.documents() == ["a", "b"]
    assert memory_store.remove_document("a")
    assert memory_store.documents() == ["b"]


def _shared(store: Store) -> set[tuple[str, str, str]]:
    rows = store.select("SELECT ?s ?p ?o WHERE { GRAPH kgg:facts { ?s ?p ?o } }")
    return {(r["s"], r["p"], r["o"]) for r in rows}


def test_facts_are_stored_once_and_leave_with_their_last_document(tmp_path: Path) -> None:
    hunan = "https://w3id.org/zhkg/id/province/hunan"
    with Store(tmp_path / "s") as store:
        build_documents(
            [read_text(TEXT, id="a"), read_text("湖南深入实施“三百工程”。", id="b")], store
        )
        # one row per fact, however many documents state it: the union holds it once
        rows = store.select("SELECT ?p ?g WHERE { ?p kg:implements ?g }")
        assert len(rows) == len({(r["p"], r["g"]) for r in rows}) == 2
        rows = store.select(f"SELECT ?g WHERE {{ <{hunan}> kg:implements ?g }}")
        assert len(rows) == 1
        labels = store.select("SELECT ?l WHERE { ?g a kg:Program ; rdfs:label ?l }")
        assert len(labels) == len({r["l"] for r in labels}) >= 1
        # each document graph keeps its own evidence of the fact
        evidence = store.select(
            "SELECT ?doc WHERE { GRAPH ?doc { ?a rdf:predicate kg:implements ; rdf:object ?g } }"
        )
        assert len(evidence) == 3  # 湖南 and 天津 in a, 湖南 in b
        # a: no longer about the program; b still says 湖南 implements it
        build_documents([read_text("浙江实施“八八战略”。", id="a")], store)
        shared = _shared(store)
        assert (hunan, str(KG_IMPLEMENTS), PROGRAM) in shared
        assert not any(s.endswith("/tianjin") for s, _, _ in shared)
        # b gone too: nothing about 三百工程 is left anywhere
        assert store.remove_document("b")
        assert not any(PROGRAM in (s, o) for s, _, o in _shared(store))
        assert not store.select(f"SELECT ?p WHERE {{ ?s ?p <{PROGRAM}> }}")
        assert any(s.endswith("/zhejiang") for s, _, _ in _shared(store))
        # what stays is what a fresh build of the remaining document gives
        fresh = Store(None)
        build_documents([read_text("浙江实施“八八战略”。", id="a")], fresh)
        assert _shared(store) == _shared(fresh)


PROGRAM = "https://w3id.org/zhkg/id/program/三百工程"
KG_IMPLEMENTS = "https://w3id.org/zhkg/ontology#implements"


def test_updates_are_refused_without_permission(memory_store: Store) -> None:
    build_documents([read_text(TEXT, id="a")], memory_store)
    with pytest.raises(QueryError, match="update"):
        memory_store.query("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError, match="update"):
        memory_store.query("PREFIX x: <http://x/> # c\n INSERT DATA { x:a x:b x:c }")
    assert len(memory_store) > 0
    memory_store.query("DROP ALL", update=True)
    assert len(memory_store) == 0


def test_malformed_query_is_a_query_error(memory_store: Store) -> None:
    with pytest.raises(QueryError, match="malformed SPARQL"):
        memory_store.query("SELEC ?x WHERE { ?x ?y ?z }")


def test_persistent_store_reopens(tmp_path: Path, sample: Path) -> None:
    d = tmp_path / "st"
    with Store(d) as store:
        report = build_paths([str(sample)], store)
    assert report.documents == 1
    with Store(d, read_only=True) as store:
        assert store.documents() == ["seed-2023-09-27-zuzhi"]
        with pytest.raises(StoreError):
            store.replace_document("x", "", "h")


def test_read_only_open_of_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no zhkg store"):
        Store(tmp_path / "nothing", read_only=True)


def test_sample_has_many_implementing_provinces(sample_store: Store) -> None:
    rows = sample_store.select(
        "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Province ; kg:implements ?g }"
    )
    assert int(rows[0]["n"]) >= 20


def test_ontology_is_loaded_once(memory_store: Store) -> None:
    assert memory_store.ensure_ontology() is True
    assert memory_store.ensure_ontology() is False
    rows = memory_store.select("SELECT (COUNT(?p) AS ?n) WHERE { ?p a kg:Province }")
    assert rows[0]["n"] == "34"


def _nquads(store: Store) -> list[str]:
    import io

    import pyoxigraph as ox

    out = io.BytesIO()
    store.dump_quads(out, ox.RdfFormat.N_QUADS)
    return sorted(out.getvalue().decode("utf-8").splitlines())


def test_bulk_and_transactional_writes_store_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.graph.triples import document_ntriples
    from kg.relate.extract import extract_document
    from kg.relate.rules import RULES
    from kg.text.lexicon import load_lexicon

    lex = load_lexicon()
    provinces = ["湖南", "天津", "浙江", "四川", "甘肃", "江西"]
    docs = []
    for i in range(60):
        text = f"{provinces[i % 6]}实施“{'一二三四五'[i % 5]}百工程”，推动乡村振兴。"
        ex = extract_document(read_text(text, id=f"d{i}"), lex)
        docs.append((ex.document.id, document_ntriples(ex, RULES)[0], ex.content_hash))
    monkeypatch.setattr("kg.store.local._BULK_QUADS", 100)  # every batch below goes through bulk
    with Store(tmp_path / "bulk") as bulk, Store(tmp_path / "tx") as tx:
        for s in (bulk, tx):
            s.ensure_ontology()
        for i in range(0, 60, 30):
            bulk.replace_documents(docs[i : i + 30])
        for d in docs:
            tx.replace_documents([d])
        assert _nquads(bulk) == _nquads(tx)
        assert bulk.content_hash("d59") == tx.content_hash("d59") is not None
        # rebuilding some (stored already: the transactional path) keeps them equal
        changed = []
        for doc_id, _, _ in docs[:20]:
            ex = extract_document(read_text("浙江实施“八八战略”。", id=doc_id), lex)
            changed.append((doc_id, document_ntriples(ex, RULES)[0], ex.content_hash))
        bulk.replace_documents(changed)
        for d in changed:
            tx.replace_documents([d])
        assert _nquads(bulk) == _nquads(tx)
        fresh = Store(tmp_path / "fresh")
        fresh.ensure_ontology()
        fresh.replace_documents(changed + docs[20:])
        assert _nquads(fresh) == _nquads(bulk)
        fresh.close()


def test_a_store_compacts_at_close_after_enough_bulk_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.graph.triples import document_ntriples
    from kg.relate.extract import extract_document
    from kg.relate.rules import RULES
    from kg.text.lexicon import load_lexicon

    lex = load_lexicon()
    monkeypatch.setattr("kg.store.local._BULK_QUADS", 10)
    files = {}
    for compact_after in (100, 10**9):  # past the line and below it
        monkeypatch.setattr("kg.store.local._COMPACT_AFTER", compact_after)
        path = tmp_path / f"store{compact_after}"
        with Store(path) as store:
            store.ensure_ontology()
            for i in range(12):  # twelve bulk loads: each leaves files of its own
                ex = extract_document(read_text(f"湖南实施“第{i}工程”。", id=f"d{i}"), lex)
                doc = (f"d{i}", document_ntriples(ex, RULES)[0], ex.content_hash)
                store.replace_documents([doc])
        files[compact_after] = len(list(path.glob("*.sst")))
        with Store(path, read_only=True) as store:
            assert len(store.documents()) == 12
    # compacted: a file or so per index (Oxigraph keeps 11); else RocksDB merges some
    assert files[100] <= 12 < files[10**9]


def test_has_documents_once_one_is_built(memory_store: Store) -> None:
    memory_store.ensure_ontology()
    assert not memory_store.has_documents()  # the ontology is no document
    build_documents([read_text("湖南实施“三百工程”。", id="a")], memory_store)
    assert memory_store.has_documents()
    memory_store.remove_document("a")
    assert not memory_store.has_documents()
