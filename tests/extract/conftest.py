"""The extractors' tests. pytest puts this folder on sys.path for the conftest, so the
sub-folders' tests (ties/) import the sentence reader, sentences.py, as the others do."""
