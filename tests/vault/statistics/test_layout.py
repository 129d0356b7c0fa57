from __future__ import annotations

from vault.statistics import Categories
from vault.statistics.layout import FAMILIES, TABLES, labels_for, table_cells
from vault.statistics.network import build_network


def test_every_table_is_a_view_of_its_family_network() -> None:
    """Each published cell is an edge of the network that protects it, so one suppression pattern
    covers every table of a population (and the report can never meet an unprotected cell)."""
    categories = Categories()
    networks = {
        family.population: build_network(family, labels_for(family.population, categories), {})
        for family in FAMILIES
    }
    assert {spec.population for spec in TABLES} == set(networks)
    for spec in TABLES:
        quantities = set(networks[spec.population].quantities)
        assert {quantity for *_, quantity in table_cells(spec, categories)} <= quantities, spec.name


def test_every_edge_of_every_family_is_published_somewhere() -> None:
    categories = Categories()
    published = {quantity for spec in TABLES for *_, quantity in table_cells(spec, categories)}
    for family in FAMILIES:
        network = build_network(family, labels_for(family.population, categories), {})
        assert set(network.quantities) <= published, family.population


def test_table_names_are_unique_and_csv_safe() -> None:
    names = [spec.name for spec in TABLES]
    assert len(set(names)) == len(names)
    assert all(name.replace("_", "").isalnum() and name.islower() for name in names)
