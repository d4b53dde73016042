"""Views, actor metrics and their exports, on a hand-written US/NATO/Russia graph."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from graph.errors import DiplographError, UnknownComponentError
from graph.views import (
    actor_metrics,
    actor_network,
    actors_csv,
    edge_pagerank,
    ego_view,
    full_view,
    get_view,
    louvain,
    network_metrics,
    pagerank,
    to_graphml,
)

ID = "https://w3id.org/diplograph/id/"
US, RU, NATO, UA = (
    ID + "state-united-states",
    ID + "state-russia",
    ID + "org-nato",
    ID + "state-ukraine",
)
JANE, INSTITUTE = ID + "person-jane-doe", ID + "org-institute"


@pytest.fixture(scope="module")
def scenario(fixtures_dir: Path) -> Graph:
    return Graph().parse(fixtures_dir / "views" / "scenario.ttl", format="turtle")


@pytest.fixture(scope="module")
def actors(scenario: Graph) -> nx.MultiDiGraph:
    return actor_network(scenario)


def test_views_actor_network_counts_facts(actors: nx.MultiDiGraph) -> None:
    edges = {(u, v, k): d["weight"] for u, v, k, d in actors.edges(keys=True, data=True)}
    assert edges == {
        (US, RU, "proposes"): 3,
        (US, RU, "conditions"): 1,
        (NATO, RU, "proposes"): 1,
        (RU, US, "demands"): 1,
        (RU, NATO, "demands"): 2,
        (US, RU, "rejects"): 1,
        (NATO, RU, "rejects"): 1,
        (RU, US, "supports"): 1,
        (JANE, INSTITUTE, "affiliated"): 1,
    }


def test_views_actor_network_weight_equals_facts_and_evidence(actors: nx.MultiDiGraph) -> None:
    for _u, _v, data in actors.edges(data=True):
        assert data["weight"] == len(data["facts"]) == len(set(data["facts"]))
    proposes = actors.edges[US, RU, "proposes"]
    assert len(proposes["evidence"]) == 3
    titles = {e["document"] for e in proposes["evidence"]}
    assert titles == {"US response to Russia's security proposals"}
    first = proposes["evidence"][0]
    assert set(first) == {"text", "document", "doc", "start", "end"}
    assert first["start"] < first["end"]


def test_views_stance_evidence_read_from_reification(actors: nx.MultiDiGraph) -> None:
    us_rejects = actors.edges[US, RU, "rejects"]["evidence"]
    assert [e["text"] for e in us_rejects] == ["The United States will not close NATO's open door."]
    assert actors.edges[NATO, RU, "rejects"]["evidence"] == []


def test_views_nodes_keyed_by_iri_with_label_and_class(actors: nx.MultiDiGraph) -> None:
    assert set(actors) == {US, RU, NATO, UA, JANE, INSTITUTE}
    assert actors.nodes[NATO]["label"] == "NATO"
    assert actors.nodes[NATO]["cls"] == "Organisation"
    assert actors.nodes[NATO]["fine"] == "Alliance"
    assert actors.nodes[US]["wikidata"] == "Q30"
    assert actors.nodes[JANE]["role"] == "researcher"


def test_views_metrics_present_for_every_actor(actors: nx.MultiDiGraph) -> None:
    for node, data in actors.nodes(data=True):
        for key in ("degree", "strength", "pagerank", "betweenness", "community"):
            assert key in data, (node, key)
    assert actors.nodes[RU]["degree"] == 2
    assert actors.nodes[RU]["strength"] == 11
    assert sum(d["pagerank"] for _, d in actors.nodes(data=True)) == pytest.approx(1.0)
    ranked = sorted(actors, key=lambda n: -actors.nodes[n]["pagerank"])
    assert ranked[0] == RU
    assert actors.nodes[RU]["betweenness"] > 0
    assert actors.nodes[UA]["degree"] == 0


def test_views_louvain_deterministic(scenario: Graph, actors: nx.MultiDiGraph) -> None:
    again = [actor_network(scenario) for _ in range(3)]
    communities = {n: d["community"] for n, d in actors.nodes(data=True)}
    for view in again:
        assert {n: d["community"] for n, d in view.nodes(data=True)} == communities
    assert communities[US] == communities[RU] == communities[NATO] == 0
    assert communities[JANE] == communities[INSTITUTE] != 0


def test_views_pagerank_matches_definition() -> None:
    g = nx.DiGraph()
    g.add_edge("a", "b", weight=2)
    g.add_edge("a", "c", weight=1)
    g.add_edge("c", "a", weight=1)
    ranks = pagerank(g)
    assert sum(ranks.values()) == pytest.approx(1.0)
    assert ranks["a"] > ranks["b"] > 0
    assert actor_metrics(nx.MultiDiGraph()) == {}


def _weighted_network(seed: int) -> nx.DiGraph:
    """A random collapsed network as the metrics take it: nodes sorted, edges in order."""
    random = nx.gnp_random_graph(300, 0.02, seed=seed, directed=True)
    simple = nx.DiGraph()
    simple.add_nodes_from(sorted(f"n{i:03}" for i in random))
    for u, v in sorted(random.edges):
        simple.add_edge(f"n{u:03}", f"n{v:03}", weight=1 + (u * v) % 7)
    return simple


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_views_edge_pagerank_equals_pagerank_of_the_graph(seed: int) -> None:
    simple = _weighted_network(seed)
    # Every edge taken both ways, as a networkx graph (the page's centrality, before).
    both = nx.DiGraph()
    both.add_nodes_from(simple)
    adjacency: dict[str, dict[str, int]] = {node: {} for node in simple}
    for u, v, weight in simple.edges(data="weight"):
        for a, b in ((u, v), (v, u)):
            old = both.get_edge_data(a, b, {"weight": 0})["weight"]
            both.add_edge(a, b, weight=old + weight)
            adjacency[a][b] = adjacency[a].get(b, 0) + weight
    edges = ((a, b, w) for a in adjacency for b, w in adjacency[a].items())
    assert edge_pagerank(list(simple), edges) == pagerank(both)  # to the last bit
    edges = ((u, v, w) for u, v, w in simple.edges(data="weight"))
    assert edge_pagerank(list(simple), edges) == pagerank(simple)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_views_network_metrics_equal_those_of_the_undirected_graph(seed: int) -> None:
    simple = _weighted_network(seed)
    strength = dict.fromkeys(simple, 0)
    undirected = nx.Graph()  # the degrees and communities, as they were computed before
    undirected.add_nodes_from(simple)
    for u, v, weight in simple.edges(data="weight"):
        strength[u] += weight
        strength[v] += weight
        if undirected.has_edge(u, v):
            undirected[u][v]["weight"] += weight
        else:
            undirected.add_edge(u, v, weight=weight)
    communities = louvain(undirected, weight="weight")
    community = {node: i for i, members in enumerate(communities) for node in members}
    ranks = pagerank(simple)
    metrics = network_metrics(simple, strength)  # empties simple
    assert {node: m["degree"] for node, m in metrics.items()} == dict(undirected.degree)
    assert {node: m["community"] for node, m in metrics.items()} == community
    assert {node: m["pagerank"] for node, m in metrics.items()} == ranks
    assert len(simple) == 0


def test_views_full_view_links_facts(scenario: Graph) -> None:
    view = full_view(scenario)
    classes = {d["cls"] for _, d in view.nodes(data=True)}
    assert {
        "State",
        "Organisation",
        "Person",
        "Proposal",
        "Demand",
        "Condition",
        "Statement",
        "Place",
        "Treaty",
    } <= classes
    p1 = ID + "proposal-us-1"
    assert view.has_edge(US, p1, "proposes")
    assert view.has_edge(p1, RU, "addressed to")
    assert view.has_edge(p1, ID + "condition-us-1", "conditional on")
    assert view.has_edge(ID + "condition-us-1", RU, "requires action by")
    assert view.has_edge(ID + "demand-ru-1", NATO, "addressed to")
    assert view.has_edge(RU, ID + "demand-ru-1", "demands")
    assert view.has_edge(US, ID + "demand-ru-1", "rejects")
    assert view.has_edge(JANE, ID + "statement-1", "says")
    assert view.has_edge(JANE, INSTITUTE, "affiliated")
    assert view.nodes[p1]["evidence"][0]["text"].startswith("The United States is prepared")


@pytest.mark.parametrize("focus", ["NATO", "nato", "the alliance", ID + "org-nato"])
def test_views_ego_view_matches_label_alt_label_or_iri(actors: nx.MultiDiGraph, focus: str) -> None:
    ego = ego_view(actors, focus, depth=1)
    assert set(ego) == {NATO, RU}
    assert ego.edges[NATO, RU, "proposes"]["weight"] == 1


def test_views_ego_view_depth(actors: nx.MultiDiGraph) -> None:
    assert set(ego_view(actors, "Washington", 1)) == {US, RU}
    assert set(ego_view(actors, "Washington", 2)) == {US, RU, NATO}
    assert set(ego_view(actors, "Washington", 0)) == {US}


def test_views_ego_view_unknown_name_lists_close_names(actors: nx.MultiDiGraph) -> None:
    with pytest.raises(UnknownComponentError, match="'Rusia'.*close names: Russia"):
        ego_view(actors, "Rusia", 1)
    assert issubclass(UnknownComponentError, DiplographError)


def test_views_get_view_unknown_name() -> None:
    with pytest.raises(
        UnknownComponentError, match="unknown view 'nope'; choose one of: actors, full"
    ):
        get_view("nope")


def test_views_actors_csv_sorted_by_pagerank_then_label(scenario: Graph) -> None:
    rows = list(csv.DictReader(io.StringIO(actors_csv(scenario))))
    assert [r["label"] for r in rows][:3] == ["Russia", "NATO", "United States"]
    ranks = [float(r["pagerank"]) for r in rows]
    assert ranks == sorted(ranks, reverse=True)
    assert {r["iri"] for r in rows} == {US, RU, NATO, UA, JANE, INSTITUTE}
    assert actors_csv(scenario) == actors_csv(scenario)


@pytest.mark.parametrize("make", [full_view, actor_network])
def test_views_graphml_parses_back(scenario: Graph, make) -> None:
    view = make(scenario)
    text = to_graphml(view)
    back = nx.parse_graphml(text, force_multigraph=True)
    assert set(back) == set(view)
    assert back.number_of_edges() == view.number_of_edges()
    assert back.nodes[RU]["label"] == "Russia"
    assert to_graphml(make(scenario)) == text


def test_views_graphml_safe_with_control_characters() -> None:
    view = nx.MultiDiGraph()
    view.add_node("x", label="bad\x00\x07char", alt_labels=["a", "b"], none=None)
    back = nx.parse_graphml(to_graphml(view))
    assert back.nodes["x"]["label"] == "bad\ufffd\ufffdchar"
    assert back.nodes["x"]["alt_labels"] == '["a", "b"]'


def test_views_graphml_caps_evidence_and_keeps_the_true_count() -> None:
    view = nx.MultiDiGraph()
    places = [
        {"text": f"s{i}", "document": "d", "doc": "d", "start": i, "end": i + 1} for i in range(9)
    ]
    view.add_edge("a", "b", key="proposes", relation="proposes", evidence=places, evidence_count=9)
    back = nx.parse_graphml(to_graphml(view), force_multigraph=True)
    data = back.edges["a", "b", "proposes"]
    assert [e["text"] for e in json.loads(data["evidence"])] == ["s0", "s1", "s2"]
    assert data["evidence_count"] == 9


def test_views_edge_evidence_counts_a_sentence_shared_by_two_facts_once(scenario: Graph) -> None:
    # A fourth US offer to Russia read from the sentence of the first: the edge has four
    # facts and three distinct sentences.
    sentence = (
        "The United States is prepared to discuss reciprocal limits on offensive missile"
        " deployments in Europe."
    )
    extra = f"""
    @prefix dg: <https://w3id.org/diplograph/ns#> .
    @prefix dgid: <https://w3id.org/diplograph/id/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    dgid:proposal-us-again a dg:Proposal ; rdfs:label "limits on missile deployments" ;
        dg:proposedBy dgid:state-united-states ; dg:addressedTo dgid:state-russia ;
        dg:evidence dgid:evidence-us-again .
    dgid:evidence-us-again a dg:Evidence ; dg:source dgid:doc-us ; dg:start 120 ; dg:end 214 ;
        dg:text "{sentence}" .
    """
    g = Graph()
    for triple in scenario:
        g.add(triple)
    g.parse(data=extra, format="turtle")
    edge = actor_network(g).edges[US, RU, "proposes"]
    assert edge["weight"] == 4
    assert edge["evidence_count"] == 3
    starts = [e["start"] for e in edge["evidence"]]
    assert starts == [120, 300, 400]
