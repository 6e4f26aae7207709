#ifndef DOCUMENT_LENGTHS_H
#define DOCUMENT_LENGTHS_H

#include <sqlite3.h>

/// One remembered length; a slot of another generation is empty.
typedef struct DocumentLengthSlot {
    sqlite3_int64 rowid;
    int length;
    unsigned generation;
} DocumentLengthSlot;

/// Documents' lengths (tokens in all columns) by rowid, remembered on one connection while the
/// database stays as it was. FTS5 reads a row's length from the %_docsize table through a blob
/// handle, a B-tree seek for every row ranked: two thirds of ranking a related-stories look-up's
/// 200 rows. Lengths change only with a write, and every write changes the data version.
typedef struct DocumentLengths {
    /// Open addressing, a rowid beside its length: a probe is one cache line.
    DocumentLengthSlot *slots;
    /// A power of two, or 0 before the first length is kept.
    unsigned capacity;
    unsigned count;
    /// The slots' current generation: forgetting them all is starting the next (no pass over them).
    unsigned generation;
    /// The data version the lengths were read at (SQLITE_FCNTL_DATA_VERSION).
    unsigned int version;
    /// The table they are of, told apart by its rows, tokens and columns: rowids are the table's own.
    sqlite3_int64 rows, tokens;
    int columns;
} DocumentLengths;

/// Forgets every length when the database changed since they were read, or when they are of
/// another table than the one with `rows` rows, `tokens` tokens and `columns` columns; 0 when
/// the version cannot be read, and then nothing may be kept or found.
int documentLengthsAreCurrent(DocumentLengths *lengths, sqlite3 *db, sqlite3_int64 rows, sqlite3_int64 tokens, int columns);

/// The kept length of `rowid`: 1 and `*length`, or 0.
int documentLengthsFind(const DocumentLengths *lengths, sqlite3_int64 rowid, int *length);

/// Keeps the length of `rowid`; forgets them all once the table is as large as it may grow.
void documentLengthsKeep(DocumentLengths *lengths, sqlite3_int64 rowid, int length);

/// Frees what the lengths hold.
void documentLengthsFree(DocumentLengths *lengths);

#endif
