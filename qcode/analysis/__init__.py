"""Analysis reports built on the core's read-only queries: frequencies, co-occurrence, retrieval, coding
queries, text search and word frequencies. No Qt and no SQL here."""
