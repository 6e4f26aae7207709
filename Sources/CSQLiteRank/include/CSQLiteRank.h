#ifndef CSQLITERANK_H
#define CSQLITERANK_H

#include <sqlite3.h>

/// Registers `nashir_bm25` on the connection: FTS5's bm25 with the document count of each
/// query phrase given by the caller where it knows it, so a query over common words does not
/// walk their whole posting lists to learn how common they are; and `nashir_bm25_counted()`,
/// the counts it made itself in the last query that had any to make; `nashir_near`, the columns
/// in which given phrases stand as close as FTS5's NEAR asks; and `nashir_phrases`, the phrases
/// found in given columns. SQLITE_OK or an error code.
int nashir_register_bm25(sqlite3 *db);

#endif
