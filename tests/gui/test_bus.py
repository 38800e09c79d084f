"""The bus's highlight look-up: one read per change, never a stale copy after a change."""

from __future__ import annotations

from kursk_reader.core.models import NewArticle
from kursk_reader.gui.bus import GuiBus


def test_highlight_is_read_again_after_any_change(qtbot, project):
    article = project.add_article(NewArticle(text="About 15,000 troops were sent.", title="t"))
    h = project.add_highlight(article.id, 0, 12, colour="#ffd54f")
    bus = GuiBus()
    bus.attach(project)
    reads: list[int] = []
    real_get = project.get_highlight

    def counting_get(highlight_id: int):
        reads.append(highlight_id)
        return real_get(highlight_id)

    project.get_highlight = counting_get  # type: ignore[method-assign]
    assert bus.highlight(h.id).colour == "#ffd54f"
    assert bus.highlight(h.id).colour == "#ffd54f"
    assert reads == [h.id]

    project.update_highlight(h.id, colour="#81c784")  # committed; the bus is told
    assert bus.highlight(h.id).colour == "#81c784"
    assert reads == [h.id, h.id]
    bus.detach()
