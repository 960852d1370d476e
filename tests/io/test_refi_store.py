"""Storing an exchange plan (qcode.core.exchange): one transaction, stable project UUID."""

from __future__ import annotations

import sqlite3
import uuid

import pytest

from qcode.core.codebook import list_codes
from qcode.core.documents import list_documents
from qcode.core.exchange import (
    ImportPlan,
    PlanCase,
    PlanCode,
    PlanCoding,
    PlanDocument,
    project_uuid,
    stable_guid,
    store_plan,
)
from qcode.core.history import read_log
from qcode.core.project import open_project


def _plan(bad_coding: bool = False) -> ImportPlan:
    start, end = (5, 2) if bad_coding else (0, 3)
    return ImportPlan(
        coders=["ane"],
        codes=[PlanCode("p", "forælder", colour="#zzzzzz"), PlanCode("c", "barn", parent="p")],
        documents=[PlanDocument("d", "kilde", "Hej med dig.\n")],
        codings=[PlanCoding("d", "c", start, end, "ane")],
        cases=[PlanCase("Ane", attributes=(("alder", "number", "ikke et tal"), ("by", "text", "Ry")),
                        documents=("d",))],
    )


def test_a_failure_part_way_leaves_nothing_behind(project):
    before = (len(list_documents(project)), len(list_codes(project)), len(read_log(project)))
    with pytest.raises(sqlite3.IntegrityError):  # end before start breaks a CHECK on the last row
        store_plan(project, _plan(bad_coding=True))
    assert (len(list_documents(project)), len(list_codes(project)), len(read_log(project))) == before


def test_plan_is_stored_with_bad_values_reported(project):
    result = store_plan(project, _plan(), origin="test")
    assert (result.documents, result.codes_created, result.codings, result.cases) == (1, 2, 1, 1)
    assert result.attribute_values == 1
    assert result.notes == ["Ane: alder='ikke et tal' is not a number"]
    codes = {c.name: c for c in list_codes(project)}
    assert codes["barn"].parent_id == codes["forælder"].id
    assert codes["forælder"].colour.startswith("#") and codes["forælder"].colour != "#zzzzzz"


def test_project_uuid_is_made_once_and_kept(project, tmp_path):
    first = project_uuid(project)
    assert project_uuid(project) == first
    path = project.path
    project.close()
    with open_project(path) as again:
        assert project_uuid(again) == first
        assert stable_guid(first, "code", 3) == str(uuid.uuid5(first, "code:3"))
