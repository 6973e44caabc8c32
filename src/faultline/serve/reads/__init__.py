"""The dashboard's read layer: functions from a queryable store to typed page results.

Each takes an object with `query(sql, params)` (a `ReadOnlyStore`, or a `faultline.store.Store`)
and answers with SQL over the stored tables, a page at a time; none loads the whole corpus.

    overview.overview             counts, outlets, dates, comparisons (contradictions first)
    actors.actors_page            the actor list (search, type, country)
    actors.actor_page             an actor's ties, events, claims and labels by outlet
    network.network               the tie graph, filtered
    events.events_page            events table, facets, timeline, map points
    stories.stories_page          the story list
    stories.story_page            a story's versions side by side, its comparisons
    documents.documents_page      the document list
    documents.document_page       a document's text with every item marked
"""
