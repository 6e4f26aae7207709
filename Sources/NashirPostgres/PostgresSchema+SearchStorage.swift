extension PostgresSchema {
    /// Migration 6: how search reads a document, made cheaper.
    ///
    /// A document's words stay in its row, compressed, instead of in the TOAST table: scoring a
    /// thousand chosen matches unpacks each one's words several times (a rank per query word,
    /// the proximity checks), and out of the row each unpacking is a look-up in the TOAST
    /// table. lz4 unpacks several times faster than PostgreSQL's own compression; a server built
    /// without it keeps its default.
    ///
    /// `pairs` holds every two terms side by side (`SearchTerms.pair`), indexed, so that a
    /// phrase's documents are found by the index rather than by reading every document that
    /// holds its words to check their positions.
    ///
    /// Rows take both when next written, which the index rebuild of `SearchTerms.version` 3 does
    /// for every one.
    static let searchDocumentReading = """
        ALTER TABLE search_document ALTER COLUMN terms SET STORAGE MAIN, ALTER COLUMN exact SET STORAGE MAIN;
        DO $$
        BEGIN
            ALTER TABLE search_document ALTER COLUMN terms SET COMPRESSION lz4, ALTER COLUMN exact SET COMPRESSION lz4;
        EXCEPTION WHEN feature_not_supported THEN
            NULL;
        END
        $$;
        ALTER TABLE search_document ADD COLUMN pairs tsvector NOT NULL DEFAULT '';
        CREATE INDEX search_document_pairs ON search_document USING gin (pairs);
        """

    /// Migration 7: a document's words left uncompressed in its row up to PostgreSQL's page
    /// limit. Scoring a thousand chosen matches unpacks each one's words once per rank and
    /// proximity check; measured on 1,000 stories, reading their compressed words took 5.7 ms and
    /// two ranks over them 9 ms, uncompressed 1.3 and 3.4. Rows are longer: the table is about
    /// twice the size, which a search does not read (it visits only the rows it chose). Rows
    /// take it when next written, which the rebuild of `SearchTerms.version` 4 does for every one.
    static let searchDocumentUncompressed = """
        ALTER TABLE search_document SET (toast_tuple_target = 8160);
        """
}
