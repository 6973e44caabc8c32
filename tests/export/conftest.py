"""A small corpus analysed for real, for every export format: two outlets reporting one attack
(a story of two sources), ties, a claim, and titles that attack a spreadsheet or a page."""
from __future__ import annotations

import pytest

from faultline.compare import compare_corpus
from faultline.model import Analysis, Article
from faultline.pipeline import assemble

FORMULA_TITLE = '=HYPERLINK("http://evil.example","click")'
SCRIPT_TITLE = "<script>alert(1)</script> Gao attack"

ARTICLES = [
    Article("sahel.txt", b"sahel", title=FORMULA_TITLE, outlet="Sahel Wire", published="2024-05-07",
            url="https://example.org/sahel/gao",
            text="Rebels of the Northern Front attacked a police post in Gao on Monday, killing four "
                 "officers and wounding six, the governor said. Iran funds Hezbollah. Hezbollah and "
                 "Hamas are allies."),
    Article("desert.txt", b"desert", title=SCRIPT_TITLE, outlet="Desert Post", published="2024-05-07",
            url="https://example.org/desert/gao",
            text="Gunmen from the Northern Front stormed a police post in Gao on Monday and killed "
                 "four officers, a police spokesman said."),
]


@pytest.fixture(scope="session")
def reported(pipeline) -> Analysis:
    """The analysis of ARTICLES with its stories and comparisons (as `faultline analyze` makes)."""
    analysis = assemble(pipeline.extract_all([pipeline.document(a) for a in ARTICLES]))
    compared = compare_corpus(analysis)
    analysis.stories, analysis.comparisons = compared.stories, compared.comparisons
    return analysis
