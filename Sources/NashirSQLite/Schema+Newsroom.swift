extension Schema {
    /// Migration 005. The article table is rebuilt (SQLite cannot widen a CHECK in place) to
    /// allow the newsroom's statuses and record who created each story; every existing article
    /// gets its current state as revision 1, written here in SQL so the migration needs no code.
    static let newsroom = """
        CREATE TABLE account (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (name <> ''),
            display_name TEXT NOT NULL CHECK (display_name <> ''),
            role TEXT NOT NULL CHECK (role IN ('administrator', 'editor', 'copy-editor', 'writer')),
            password_hash TEXT NOT NULL,
            disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
            failed_sign_ins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE account_session (
            id_hash TEXT PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            csrf_token TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX account_session_by_account ON account_session(account_id);
        CREATE TABLE api_token (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
            label TEXT NOT NULL,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            last_used_at TEXT,
            revoked_at TEXT
        ) STRICT;
        CREATE TABLE audit_event (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            actor TEXT,
            subject TEXT,
            address TEXT,
            detail TEXT
        ) STRICT;

        CREATE TABLE article_new (
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
            status TEXT NOT NULL
                CHECK (status IN ('incoming', 'draft', 'in-review', 'published', 'unpublished', 'deleted')),
            created_at TEXT NOT NULL,
            published_at TEXT,
            updated_at TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
            author_id INTEGER REFERENCES account(id),
            UNIQUE (origin_source, origin_key)
        ) STRICT;
        INSERT INTO article_new (id, origin_source, origin_key, slug, section_id, headline, highlights,
            dateline_place, dateline_source, dateline_date, body, byline, summary, source_url, status,
            created_at, published_at, updated_at, revision)
        SELECT id, origin_source, origin_key, slug, section_id, headline, highlights,
            dateline_place, dateline_source, dateline_date, body, byline, summary, source_url, status,
            created_at, published_at, updated_at, revision FROM article;
        DROP TABLE article;
        ALTER TABLE article_new RENAME TO article;
        CREATE INDEX article_by_publication ON article(status, published_at DESC, id DESC);
        CREATE INDEX article_by_section ON article(section_id, status, published_at DESC, id DESC);
        CREATE INDEX article_by_author ON article(author_id, status);
        CREATE INDEX article_by_update ON article(updated_at DESC);

        CREATE TABLE article_revision (
            article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            number INTEGER NOT NULL CHECK (number >= 1),
            saved_at TEXT NOT NULL,
            author_id INTEGER REFERENCES account(id),
            content TEXT NOT NULL CHECK (json_valid(content)),
            note TEXT,
            PRIMARY KEY (article_id, number)
        ) STRICT, WITHOUT ROWID;
        INSERT INTO article_revision (article_id, number, saved_at, content)
        SELECT a.id, a.revision, a.updated_at, json_object(
            'origin_source', a.origin_source, 'origin_key', a.origin_key, 'slug', a.slug,
            'section_slug', s.slug, 'section_name', s.name, 'headline', a.headline,
            'highlights', a.highlights, 'dateline_place', a.dateline_place,
            'dateline_source', a.dateline_source, 'dateline_date', a.dateline_date, 'body', a.body,
            'byline', a.byline, 'summary', a.summary, 'source_url', a.source_url, 'status', a.status,
            'published_at', a.published_at,
            'tags', json((SELECT json_group_array(json_object('slug', t.slug, 'name', t.name))
                     FROM (SELECT t.slug, t.name FROM article_tag x JOIN tag t ON t.id = x.tag_id
                           WHERE x.article_id = a.id ORDER BY x.position) t)))
        FROM article a JOIN section s ON s.id = a.section_id;
        """
}
