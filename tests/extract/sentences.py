"""Reading a text written for a test through the whole pipeline."""
from faultline.model import Article


def read(pipeline, text: str, published: str = "2024-03-08"):
    """The DocumentResult of `text` as one article published on `published`."""
    doc = pipeline.document(Article(origin="t", raw=text.encode(), text=text, published=published))
    return pipeline.extract(doc)
