"""The MkDocs integration on its own: nav expansion, generated files, edit links, watching the corpus."""

from __future__ import annotations

from pathlib import Path

import yaml
from conftest import ROOT
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from generator import mkdocs_hooks


def test_hooks_expand_the_nav_add_pages_and_watch_the_corpus() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    config = config.plugins.on_config(config)  # every plugin, the hooks among them, as a build runs them
    questions = next(item["Questions"] for item in config.nav if isinstance(item, dict) and "Questions" in item)
    assert questions[0] == "questions/index.md"
    # one section per round, in clusters.yaml's order, each its index page then its questions in study order
    # (read here from the YAML itself, so adding a question never means editing this test)
    rounds = yaml.safe_load((ROOT / "corpus/clusters.yaml").read_text())["rounds"]
    assert [list(section)[0] for section in questions[1:]] == [r["title"] for r in rounds]
    number = 0
    for section, round_ in zip(questions[1:], rounds, strict=True):
        entries = section[round_["title"]]
        assert entries[0] == f"questions/{round_['id']}/index.md"
        expected = []
        for ident in round_["questions"]:  # each question by its short label, numbered in study order
            number += 1
            question = yaml.safe_load((ROOT / f"corpus/questions/{round_['id']}/{ident}.yaml").read_text())
            expected.append({f"{number}. {question['label']}": f"questions/{round_['id']}/{ident}.md"})
        assert entries[1:] == expected

    files = config.plugins.on_files(Files([]), config=config)
    first = rounds[0]  # any question will do; none is named, so the corpus may change
    page = files.get_file_from_path(f"questions/{first['id']}/{first['questions'][0]}.md")
    assert page.edit_uri == f"../corpus/questions/{first['id']}/{first['questions'][0]}.yaml"
    assert files.get_file_from_path("tags.md").edit_uri == "../corpus/tags.yaml"

    watched: list[str] = []

    class Server:
        def watch(self, path: str) -> None:
            watched.append(path)

    mkdocs_hooks.on_serve(Server(), config, builder=None)
    assert watched == [str(Path(config.config_file_path).parent / "corpus")]


def test_a_long_round_is_split_into_bounded_sub_sections_in_the_navigation() -> None:
    from generator.render import nav_titles

    class Q:  # just what the navigation reads
        def __init__(self, n: int) -> None:
            self.id, self.folder, self.page = f"q{n}", "big", f"questions/big/q{n}.md"
            self.model = type("M", (), {"label": f"Label {n}"})()

    class Round:
        id, title = "big", "Big round"

    corpus = type("C", (), {"questions": [Q(n) for n in range(1, 121)], "rounds": [Round()]})()
    assert len(nav_titles(corpus)) == 120
    section = mkdocs_hooks._questions_nav(corpus)[1]["Big round"]
    assert section[0] == "questions/big/index.md"
    groups = section[1:]
    assert [next(iter(g)) for g in groups] == ["1–50", "51–100", "101–120"]
    assert all(len(next(iter(g.values()))) <= mkdocs_hooks.NAV_GROUP for g in groups)
    assert next(iter(groups[2].values()))[-1] == {"120. Label 120": "questions/big/q120.md"}
