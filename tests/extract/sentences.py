"""Reading a text written for a test through the whole pipeline."""
from faultline.model import Article


def read(pipeline, text: str, published: str = "2024-03-08", outlet: str | None = None):
    """The DocumentResult of `text` as one article published on `published` (by `outlet`)."""
    doc = pipeline.document(Article(origin="t", raw=text.encode(), text=text, published=published, outlet=outlet))
    return pipeline.extract(doc)
