"""Search: the French analyzer, stemming, the thesaurus and the BM25 index with snippets."""
