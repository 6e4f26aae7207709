extension Schema {
    /// Migration 013: the polled feeds, the fingerprints that group one story from several
    /// agencies, and agency versions held back from stories an editor has changed.
    static let ingest = """
        CREATE TABLE feed_source (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (name <> ''),
            url TEXT NOT NULL CHECK (url LIKE 'http://%' OR url LIKE 'https://%'),
            interval_seconds INTEGER NOT NULL CHECK (interval_seconds > 0),
            section_slug TEXT,
            section_name TEXT,
            publishes INTEGER NOT NULL DEFAULT 0 CHECK (publishes IN (0, 1)),
            etag TEXT,
            last_modified TEXT,
            next_poll_at TEXT,
            last_polled_at TEXT,
            last_success_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
            last_problem TEXT,
            items_received INTEGER NOT NULL DEFAULT 0
        ) STRICT;
        -- One row per incoming story: its fingerprint, and the group (the id of the group's first
        -- story) it joined when it arrived.
        CREATE TABLE story_fingerprint (
            article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            group_id INTEGER NOT NULL,
            received_at TEXT NOT NULL,
            signature BLOB NOT NULL
        ) STRICT;
        CREATE INDEX story_fingerprint_group ON story_fingerprint (group_id);
        -- LSH bands: stories sharing any band are candidates, compared by signature.
        CREATE TABLE story_band (
            band INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            PRIMARY KEY (band, article_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX story_band_article ON story_band (article_id);
        -- The newest agency version of a story an editor has changed: kept, never applied by itself.
        CREATE TABLE held_update (
            article_id INTEGER PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
            received_at TEXT NOT NULL,
            content TEXT NOT NULL CHECK (json_valid(content))
        ) STRICT;
        """
}
