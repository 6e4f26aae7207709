extension PostgresSchema {
    /// Migration 5: `search_term`, every lexeme of the index (stems and the headline's exact
    /// forms) with the number of documents that hold it, as FTS5's vocabulary table gives SQLite.
    ///
    /// Search reads a word's inverse document frequency here instead of counting matches, which
    /// for a common word meant reading most of the table; «هل تقصد» looks up its respellings here.
    /// Triggers keep it, whichever path writes the index (a save, a rebuild, a cascade from a
    /// deleted article, a restore's truncation). Each statement's changes go in one upsert in
    /// word order, so two writers lock shared words in the same order; a word whose count reaches
    /// zero keeps its row, at 0, rather than be deleted under other writers.
    static let searchVocabulary = """
        CREATE TABLE search_term (
            term text COLLATE "C" PRIMARY KEY,
            documents integer NOT NULL
        );
        INSERT INTO search_term (term, documents)
        SELECT word, ndoc FROM ts_stat('SELECT terms || exact FROM search_document');
        CREATE FUNCTION search_term_count() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO search_term (term, documents)
                SELECT term, count(*) FROM new_rows, unnest(tsvector_to_array(new_rows.terms) || tsvector_to_array(new_rows.exact)) AS term
                GROUP BY term ORDER BY term
                ON CONFLICT (term) DO UPDATE SET documents = search_term.documents + excluded.documents;
            ELSIF TG_OP = 'DELETE' THEN
                INSERT INTO search_term (term, documents)
                SELECT term, -count(*) FROM old_rows, unnest(tsvector_to_array(old_rows.terms) || tsvector_to_array(old_rows.exact)) AS term
                GROUP BY term ORDER BY term
                ON CONFLICT (term) DO UPDATE SET documents = search_term.documents + excluded.documents;
            ELSE
                INSERT INTO search_term (term, documents)
                SELECT term, sum(change) FROM (
                    SELECT term, 1 AS change FROM new_rows, unnest(tsvector_to_array(new_rows.terms) || tsvector_to_array(new_rows.exact)) AS term
                    UNION ALL
                    SELECT term, -1 FROM old_rows, unnest(tsvector_to_array(old_rows.terms) || tsvector_to_array(old_rows.exact)) AS term
                ) changes
                GROUP BY term HAVING sum(change) <> 0 ORDER BY term
                ON CONFLICT (term) DO UPDATE SET documents = search_term.documents + excluded.documents;
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER search_term_on_insert AFTER INSERT ON search_document
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_term_count();
        CREATE TRIGGER search_term_on_update AFTER UPDATE ON search_document
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_term_count();
        CREATE TRIGGER search_term_on_delete AFTER DELETE ON search_document
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_term_count();
        CREATE FUNCTION search_term_clear() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            TRUNCATE search_term;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER search_term_on_truncate AFTER TRUNCATE ON search_document
            FOR EACH STATEMENT EXECUTE FUNCTION search_term_clear();
        """
}
