import GRDB

/// The schema, changed only by appending migrations; STRICT tables so SQLite checks every type.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("001 articles, sections, tags, settings") { db in
            try db.execute(sql: """
                CREATE TABLE section (
                    id INTEGER PRIMARY KEY,
                    slug TEXT NOT NULL UNIQUE CHECK (slug <> ''),
                    name TEXT NOT NULL CHECK (name <> '')
                ) STRICT;
                CREATE TABLE tag (
                    id INTEGER PRIMARY KEY,
                    slug TEXT NOT NULL UNIQUE CHECK (slug <> ''),
                    name TEXT NOT NULL CHECK (name <> '')
                ) STRICT;
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    origin_source TEXT NOT NULL,
                    origin_key TEXT NOT NULL,
                    slug TEXT NOT NULL CHECK (slug <> ''),
                    section_id INTEGER NOT NULL REFERENCES section(id),
                    headline TEXT NOT NULL CHECK (headline <> ''),
                    highlights TEXT NOT NULL,
                    dateline_place TEXT,
                    dateline_source TEXT,
                    dateline_date TEXT,
                    body TEXT NOT NULL,
                    byline TEXT,
                    summary TEXT,
                    source_url TEXT,
                    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
                    created_at TEXT NOT NULL,
                    published_at TEXT,
                    updated_at TEXT NOT NULL,
                    UNIQUE (origin_source, origin_key)
                ) STRICT;
                CREATE INDEX article_by_publication ON article(status, published_at DESC, id DESC);
                CREATE INDEX article_by_section ON article(section_id, status, published_at DESC, id DESC);
                CREATE TABLE article_tag (
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    tag_id INTEGER NOT NULL REFERENCES tag(id),
                    position INTEGER NOT NULL,
                    PRIMARY KEY (article_id, tag_id)
                ) STRICT;
                CREATE INDEX article_tag_by_tag ON article_tag(tag_id);
                CREATE TABLE site_setting (
                    key TEXT PRIMARY KEY,
                    value TEXT NOT NULL
                ) STRICT;
                CREATE TABLE content_revision (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    value INTEGER NOT NULL
                ) STRICT;
                INSERT INTO content_revision (id, value) VALUES (1, 0);
                """)
        }
        migrator.registerMigration("002 full-text search index") { db in
            // Columns hold analysed terms (normalised, stemmed), so FTS5 only splits on spaces.
            try db.execute(sql: """
                CREATE VIRTUAL TABLE article_search USING fts5(
                    headline, highlights, body, tags, tokenize = 'unicode61 remove_diacritics 0'
                )
                """)
        }
        migrator.registerMigration("003 search keys, facets and type-ahead") { db in
            // Rows are keyed by publication time (see SearchKey) so "newest matches first" and
            // date ranges are rowid ranges FTS5 walks without sorting; section and tag ids sit in
            // a facets column so filters are index terms too. The tables are created empty: a
            // migration talks only to the database, and the store fills the index on opening
            // (see SearchIndex.analyzerVersion).
            try db.execute(sql: """
                DROP TABLE article_search;
                CREATE TABLE search_key (
                    key INTEGER PRIMARY KEY,
                    article_id INTEGER NOT NULL UNIQUE REFERENCES article(id) ON DELETE CASCADE
                ) STRICT;
                CREATE VIRTUAL TABLE article_search USING fts5(
                    headline, highlights, body, tags, facets, tokenize = 'ascii'
                );
                CREATE VIRTUAL TABLE article_search_terms USING fts5vocab(article_search, row);
                CREATE VIRTUAL TABLE search_typeahead USING fts5(text, tokenize = 'ascii', prefix = '2 3 4');
                """)
        }
        migrator.registerMigration("004 article revisions, change feed, index version") { db in
            // Revisions let editors save against the version they opened; the change feed
            // tells every instance's page cache which pages went stale; the index version
            // makes the store rebuild an index built by an older analyser (0: unknown).
            try db.execute(sql: """
                ALTER TABLE article ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1);
                CREATE TABLE content_change (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    changed_at TEXT NOT NULL,
                    tags TEXT NOT NULL
                ) STRICT;
                CREATE TABLE search_index_state (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    analyzer_version INTEGER NOT NULL
                ) STRICT;
                INSERT INTO search_index_state (id, analyzer_version) VALUES (1, 0);
                DROP TABLE content_revision;
                """)
        }
        migrator.registerMigration("005 newsroom: accounts, sessions, tokens, audit, revisions, workflow") { db in
            try db.execute(sql: Schema.newsroom)
        }
        migrator.registerMigration("006 media") { db in
            try db.execute(sql: """
                CREATE TABLE media (
                    id INTEGER PRIMARY KEY,
                    width INTEGER NOT NULL CHECK (width > 0),
                    height INTEGER NOT NULL CHECK (height > 0),
                    alt TEXT NOT NULL CHECK (alt <> ''),
                    caption TEXT,
                    credit TEXT,
                    renditions TEXT NOT NULL CHECK (json_valid(renditions)),
                    uploaded_by INTEGER REFERENCES account(id),
                    uploaded_at TEXT NOT NULL
                ) STRICT;
                ALTER TABLE article ADD COLUMN lead_image_id INTEGER REFERENCES media(id);
                """)
        }
        migrator.registerMigration("007 corrections") { db in
            try db.execute(sql: "ALTER TABLE article ADD COLUMN corrections TEXT CHECK (corrections IS NULL OR json_valid(corrections))")
        }
        migrator.registerMigration("008 urgent flag and search-engine title") { db in
            try db.execute(sql: """
                ALTER TABLE article ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1));
                ALTER TABLE article ADD COLUMN seo_title TEXT;
                """)
        }
        migrator.registerMigration("009 the article row is its latest revision") { db in
            // Who made the latest save, and why, move onto the row; `article_revision` keeps
            // only the states a later save replaced.
            try db.execute(sql: """
                ALTER TABLE article ADD COLUMN saved_by INTEGER REFERENCES account(id);
                ALTER TABLE article ADD COLUMN save_note TEXT;
                UPDATE article SET
                    saved_by = (SELECT r.author_id FROM article_revision r WHERE r.article_id = article.id AND r.number = article.revision),
                    save_note = (SELECT r.note FROM article_revision r WHERE r.article_id = article.id AND r.number = article.revision);
                DELETE FROM article_revision
                WHERE number = (SELECT a.revision FROM article a WHERE a.id = article_revision.article_id);
                """)
        }
        migrator.registerMigration("010 reads per story and hour") { db in
            // Counts only: which hour, which story, how many. Nothing about who read.
            try db.execute(sql: """
                CREATE TABLE article_read (
                    hour TEXT NOT NULL,
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    reads INTEGER NOT NULL CHECK (reads > 0),
                    PRIMARY KEY (hour, article_id)
                ) STRICT, WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("011 public author profiles") { db in
            try db.execute(sql: """
                ALTER TABLE account ADD COLUMN public_profile INTEGER NOT NULL DEFAULT 0 CHECK (public_profile IN (0, 1));
                ALTER TABLE account ADD COLUMN bio TEXT;
                """)
        }
        migrator.registerMigration("012 agency credit, embargo and the source's lead picture") { db in
            try db.execute(sql: """
                ALTER TABLE article ADD COLUMN credit TEXT;
                ALTER TABLE article ADD COLUMN embargo TEXT;
                ALTER TABLE article ADD COLUMN lead_image_url TEXT;
                """)
        }
        migrator.registerMigration("013 feed sources, story groups and held agency versions") { db in
            try db.execute(sql: Schema.ingest)
        }
        migrator.registerMigration("014 old addresses of imported articles, for redirects") { db in
            try SQLiteStore.createLegacyAddresses(in: db)
        }
        migrator.registerMigration("015 sign-in failures by address, for the shared throttle") { db in
            try db.execute(sql: "CREATE INDEX audit_event_by_address ON audit_event (address, at)")
        }
        migrator.registerMigration("016 editors' presence, shared by every process on the database") { db in
            try db.execute(sql: """
                CREATE TABLE editor_presence (
                    article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    seen_at TEXT NOT NULL,
                    PRIMARY KEY (article_id, account_id)
                ) STRICT, WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
