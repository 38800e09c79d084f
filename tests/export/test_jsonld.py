"""W3C Web Annotation export checked by the W3C test-suite schemas, and import back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from kursk_reader.core.models import NewArticle
from kursk_reader.export.build import ExportRequest, export
from kursk_reader.export.jsonld import read_annotations
from kursk_reader.services import open_project
from kursk_reader.services.annotations import import_annotations
from tests.conftest import ROOT
from tests.export.conftest import run_cli

SHARED = ROOT.parent / "shared"
SUITE = SHARED / "w3c-web-annotation-tests"
VALIDATOR = SHARED / "tools" / "validate_webanno.py"


def export_jsonld(project, path: Path) -> dict:
    export(project, ExportRequest("jsonld", path))
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_annotation_passes_the_w3c_musts(hostile_project, sample_project, tmp_path):
    files = []
    for name, project in (("hostile", hostile_project), ("sample", sample_project)):
        data = export_jsonld(project, tmp_path / f"{name}.jsonld")
        for n, item in enumerate(data["first"]["items"]):
            doc = tmp_path / f"{name}-{n}.json"
            doc.write_text(json.dumps({"@context": data["@context"], **item}), encoding="utf-8")
            files.append(str(doc))
    assert len(files) == 3 + len(sample_project.highlights())
    run = subprocess.run(
        [sys.executable, str(VALIDATOR), str(SUITE), *files], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert run.stdout.count(
        "annotationMusts.test: {'PASS': 54, 'NOT-IMPLEMENTED': 0, 'FAIL': 0}"
    ) == len(files)


def test_collection_matches_the_w3c_collection_definitions(sample_project, tmp_path):
    data = export_jsonld(sample_project, tmp_path / "c.jsonld")
    resources = []
    for p in sorted((SUITE / "definitions").glob("*.json")):
        schema = json.loads(p.read_text(encoding="utf-8"))
        resources.append(
            (schema.get("id", p.name), Resource.from_contents(schema, default_specification=DRAFT4))
        )
    registry = Registry().with_resources(resources)

    def valid(name: str, doc: object) -> bool:
        schema = {"$ref": f"collections.json#/definitions/{name}"}
        return Draft4Validator(schema, registry=registry).is_valid(doc)

    assert valid("contextValueInArrayFound", data["@context"])
    assert valid("annotationCollectionTypeValueFound", data)
    assert valid("labelFound", data)
    assert valid("totalFound", data)
    assert valid("firstRequiredIfTotalMoreThanZero", data)
    assert valid("annotationPageTypeValueFound", data["first"])
    assert valid("itemsFound", data["first"])
    assert data["total"] == len(data["first"]["items"]) == len(sample_project.highlights())
    kr = data["@context"][1]["kr"]
    assert kr.startswith("urn:")


def copy_articles(source, path: Path):
    fresh = open_project(path, create=True)
    for info in source.list_articles():
        text = source.get_article(info.id).text
        fresh.add_article(NewArticle(text=text, title=info.title, outlet=info.outlet, url=info.url))
    return fresh


def fingerprint(project) -> list[tuple]:
    claims = {c.id: (c.statement, c.status, c.note) for c in project.claims()}
    tags = {t.id: (t.name, t.colour) for t in project.tags()}
    hashes = {a.id: a.text_hash for a in project.list_articles()}
    return sorted(
        (
            hashes[h.article_id],
            h.start,
            h.end,
            h.exact,
            h.prefix,
            h.suffix,
            h.colour,
            h.note,
            tuple(sorted(tags[t] for t in h.tag_ids)),
            tuple(sorted((claims[e.claim_id], e.stance.value, e.value) for e in h.evidence)),
        )
        for h in project.highlights()
    )


def test_round_trip_into_fresh_project_loses_nothing(hostile_project, tmp_path):
    path = tmp_path / "out.jsonld"
    export_jsonld(hostile_project, path)
    fresh = copy_articles(hostile_project, tmp_path / "fresh.kursk")
    result = import_annotations(fresh, read_annotations(path))
    assert not result.not_placed
    assert {p.method for p in result.placed} == {"position"}
    assert fingerprint(fresh) == fingerprint(hostile_project)
    again = import_annotations(fresh, read_annotations(path))
    assert len(again.duplicates) == 3 and not again.placed
    fresh.close()


def test_foreign_annotations_are_placed_only_when_unique(project, tmp_path):
    a = project.add_article(
        NewArticle(text="The mayor said the bridge is closed. Traffic waits.", title="A")
    )
    b = project.add_article(
        NewArticle(
            text="Officials said the bridge is closed. Later the mayor said more.", title="B"
        )
    )
    foreign = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationPage",
        "items": [
            {
                "id": "urn:x:unique",
                "type": "Annotation",
                "body": [
                    {"type": "TextualBody", "purpose": "tagging", "value": "traffic"},
                    {"type": "TextualBody", "value": "a note"},
                ],
                "target": {
                    "source": "https://elsewhere.example/page",
                    "selector": {"type": "TextQuoteSelector", "exact": "Traffic waits"},
                },
            },
            {
                "id": "urn:x:ambiguous",
                "type": "Annotation",
                "target": {
                    "source": "urn:unknown",
                    "selector": [{"type": "TextQuoteSelector", "exact": "the bridge is closed"}],
                },
            },
            {
                "id": "urn:x:context",
                "type": "Annotation",
                "target": {
                    "selector": [
                        {
                            "type": "TextQuoteSelector",
                            "exact": "mayor said",
                            "prefix": "Later the ",
                            "suffix": " more",
                        }
                    ]
                },
            },
            {
                "id": "urn:x:missing",
                "type": "Annotation",
                "target": {
                    "selector": [{"type": "TextQuoteSelector", "exact": "not in any article"}]
                },
            },
            {
                "id": "urn:x:noquote",
                "type": "Annotation",
                "target": "https://elsewhere.example/page",
            },
        ],
    }
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(foreign), encoding="utf-8")
    result = import_annotations(project, read_annotations(path))
    placed = {p.label: p for p in result.placed}
    assert set(placed) == {"urn:x:unique", "urn:x:context"}
    assert placed["urn:x:unique"].article_id == a.id
    assert placed["urn:x:context"].article_id == b.id
    assert b.id and project.get_article(b.id).text[placed["urn:x:context"].start :].startswith(
        "mayor said more"
    )
    reasons = {n.label: n.reason for n in result.not_placed}
    assert "ambiguous" in reasons["urn:x:ambiguous"]
    assert "not found" in reasons["urn:x:missing"]
    assert "no TextQuoteSelector" in reasons["urn:x:noquote"]
    h = project.get_highlight(result.highlight_ids[0])
    assert h.note == "a note" and [project.tags()[0].name] == ["traffic"]
    code, out, err = run_cli("import-annotations", str(project.path), str(path))
    assert code == 1
    assert "urn:x:ambiguous" in err and "foreign.json" in err
    assert "2 already in the project" in out


def test_unreadable_annotation_file_is_one_clear_error(project, tmp_path):
    bad = tmp_path / "bad.jsonld"
    bad.write_text("{not json", encoding="utf-8")
    code, out, err = run_cli("import-annotations", str(project.path), str(bad))
    assert code == 1 and "bad.jsonld" in err and "not JSON" in err and "Traceback" not in err
    assert project.highlights() == []


@pytest.mark.parametrize(
    ("content", "said"),
    [(b"", "is empty"), (b"\x89PNG\r\n\x1a\n\x00\xff\xfe", "not UTF-8"), (None, "is a folder")],
)
def test_annotation_file_that_is_no_json_text_is_named_with_why(project, tmp_path, content, said):
    bad = tmp_path / "bad.jsonld"
    if content is None:
        bad.mkdir()
    else:
        bad.write_bytes(content)
    code, out, err = run_cli("import-annotations", str(project.path), str(bad))
    assert code == 1 and "bad.jsonld" in err and said in err and "Traceback" not in err
    assert err.count("bad.jsonld") == 1
    assert project.highlights() == []
