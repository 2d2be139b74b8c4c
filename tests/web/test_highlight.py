"""Cutting a text into highlighted segments: nesting, overlaps, offsets outside the text."""
from pipeline.web.highlight import Span, segments, valid_spans


def test_nested_spans_take_the_innermost_kind_and_list_every_cover():
    text = "Dinas Kesehatan Kabupaten Sigi hadir"
    spans = [Span("organization", 0, 0, 30), Span("place", 1, 16, 30)]
    out = segments(text, spans)
    assert "".join(s.text for s in out) == text
    assert [(s.text, s.kind) for s in out] == [("Dinas Kesehatan ", "organization"), ("Kabupaten Sigi", "place"),
                                               (" hadir", None)]
    assert out[1].covering == ("place #1", "organization #0")


def test_overlapping_spans_split_at_every_boundary():
    text = "abcdefgh"
    out = segments(text, [Span("person", 0, 1, 5), Span("date", 0, 3, 7)])
    assert [(s.text, s.kind) for s in out] == [("a", None), ("bc", "person"), ("de", "date"), ("fg", "date"),
                                               ("h", None)]
    assert out[2].covering == ("date #0", "person #0") or out[2].covering == ("person #0", "date #0")


def test_offsets_outside_the_text_are_counted_not_drawn():
    mentions = [{"kind": "person", "fact_id": 0, "start_char": 2, "end_char": 4},
                {"kind": "place", "fact_id": 0, "start_char": 5, "end_char": 99},
                {"kind": "date", "fact_id": 0, "start_char": 3, "end_char": 3}]
    spans, bad = valid_spans(mentions, 10)
    assert spans == [Span("person", 0, 2, 4)] and bad == 2
