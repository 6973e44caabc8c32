"""Documents grouped on their words (compare/grouping.py), on texts written for these tests."""
from faultline.compare import compare_corpus
from faultline.compare.corpus import Corpus
from faultline.compare.grouping import document_groups
from faultline.model import Analysis, Document

QUAKE_NORTH = [
    "A magnitude 6.2 earthquake shook the mountain town of Velo on Tuesday, collapsing the old "
    "granary and the school roof.\nRescuers in Velo pulled eleven survivors from the granary.",
    "Eleven people were rescued from a collapsed granary in Velo after Tuesday's 6.2 earthquake.\n"
    "The school roof in Velo also fell in.",
    "Velo's mayor said the 6.2 quake destroyed the granary and the school roof; eleven survivors "
    "were pulled out by rescuers.",
]
QUAKE_SOUTH = [
    "A 5.1 earthquake struck the fishing port of Marisca on Sunday, cracking the harbour wall "
    "and sinking two trawlers.\nHarbour workers in Marisca said the lighthouse was damaged.",
    "Two trawlers sank when Sunday's 5.1 tremor cracked the harbour wall at Marisca.\nThe "
    "Marisca lighthouse was also damaged.",
    "The harbour wall of Marisca cracked in a 5.1 quake on Sunday, the port authority said; two "
    "trawlers sank and the lighthouse was hit.",
]
OTHER = [
    "The national orchestra opened its winter season with a new symphony by a young composer.",
    "Grain prices fell for a third week as the harvest came in above forecasts.",
    "The football league approved a new stadium for the capital's oldest club.",
]


def corpus(texts: list[str]) -> Analysis:
    return Analysis(documents=[Document(f"d{i}", None, None, None, None, text, f"sha{i}")
                               for i, text in enumerate(texts)])


def test_reports_of_one_happening_group_and_two_happenings_of_a_kind_stay_apart():
    analysis = corpus(QUAKE_NORTH + QUAKE_SOUTH + OTHER)
    groups = sorted(sorted(g) for g in document_groups(Corpus(analysis)))
    assert groups == [["d0", "d1", "d2"], ["d3", "d4", "d5"]]


def test_document_stories_carry_their_documents_and_no_comparisons():
    result = compare_corpus(corpus(QUAKE_NORTH + QUAKE_SOUTH + OTHER))
    grouped = [s for s in result.stories if s.kind == "documents"]
    assert sorted(sorted(s.docs) for s in grouped) == [["d0", "d1", "d2"], ["d3", "d4", "d5"]]
    assert result.comparisons == []


def test_unrelated_documents_stay_alone():
    assert document_groups(Corpus(corpus(OTHER))) == []


def test_a_storys_outlets_count_syndicated_copies():
    analysis = corpus(QUAKE_NORTH + OTHER)
    for i, doc in enumerate(analysis.documents):
        doc.outlet = f"Outlet {i}"
    analysis.documents[0].copies = [{"outlet": "Wire Reprint", "url": None, "published": None, "source": None}]
    (story,) = [s for s in compare_corpus(analysis).stories if s.kind == "documents"]
    assert story.outlets == ["Outlet 0", "Wire Reprint", "Outlet 1", "Outlet 2"]


def test_reports_published_weeks_apart_are_two_happenings_however_alike():
    analysis = corpus(QUAKE_NORTH + OTHER)
    for doc, day in zip(analysis.documents, ("2024-03-01", "2024-03-02", "2024-05-20")):
        doc.published = day
    groups = [sorted(g) for g in document_groups(Corpus(analysis))]
    assert groups == [["d0", "d1"]]
