// nashir_bm25(table, weight_0, ..., weight_(columns-1), counts)
//
// The same score as FTS5's built-in bm25() (k1 = 1.2, b = 0.75, the IDF floored at 1e-6, the
// column weights applied to each hit), but the number of rows holding each phrase of the query,
// which bm25() learns by walking the phrase's posting list on every query, comes from `counts`:
// one field per phrase in the order FTS5 numbers them, separated by spaces, each a count or "?"
// for a phrase to count the built-in way.
// The counts it had to make itself are kept on the connection for `nashir_bm25_counted()`,
// which returns them ("c0 c1 ...", every phrase's) once and forgets them, so the caller can tell
// them next time. Rows' lengths are kept on the connection too (`DocumentLengths`). Written in C
// because it runs for every candidate row inside SQLite's own loop.

#include "CSQLiteRank.h"
#include "DocumentLengths.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/// What `nashir_bm25` keeps on a connection: the counts of the last query that had phrases to
/// count, and the lengths of the rows it ranked.
typedef struct Connection {
    sqlite3_int64 *counts;
    int phrases;
    DocumentLengths lengths;
} Connection;

typedef struct RankData {
    int phraseCount;
    double averageLength;
    double *idf;
    double *frequency;
    /// The connection's lengths when they are current for this query, else null.
    DocumentLengths *lengths;
} RankData;

static int countRow(const Fts5ExtensionApi *api, Fts5Context *fts, void *userData) {
    (void)api;
    (void)fts;
    (*(sqlite3_int64 *)userData)++;
    return SQLITE_OK;
}

/// Reads the next field of `counts`: a count (>= 0), -1 for "?", or -2 when the text ends or a
/// field is not a count.
static sqlite3_int64 nextCount(const char **cursor) {
    const char *p = *cursor;
    while (*p == ' ') p++;
    if (*p == 0) return -2;
    if (*p == '?') {
        *cursor = p + 1;
        return -1;
    }
    if (*p < '0' || *p > '9') return -2;
    sqlite3_int64 value = 0;
    while (*p >= '0' && *p <= '9') value = value * 10 + (*p++ - '0');
    if (*p != 0 && *p != ' ') return -2;
    *cursor = p;
    return value;
}

static int rankData(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, const char *counts, RankData **out, char **message
) {
    RankData *data = (RankData *)api->xGetAuxdata(fts, 0);
    if (data) {
        *out = data;
        return SQLITE_OK;
    }
    int phrases = api->xPhraseCount(fts);
    data = (RankData *)sqlite3_malloc64(sizeof(RankData) + (sqlite3_uint64)phrases * 2 * sizeof(double));
    if (!data) return SQLITE_NOMEM;
    memset(data, 0, sizeof(RankData) + (size_t)phrases * 2 * sizeof(double));
    data->phraseCount = phrases;
    data->idf = (double *)&data[1];
    data->frequency = &data->idf[phrases];

    sqlite3_int64 rows = 0, tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc == SQLITE_OK) data->averageLength = rows > 0 ? (double)tokens / (double)rows : 1.0;

    const char *cursor = counts ? counts : "";
    sqlite3_int64 *all = (sqlite3_int64 *)sqlite3_malloc64((sqlite3_uint64)(phrases > 0 ? phrases : 1) * sizeof(sqlite3_int64));
    if (!all) rc = SQLITE_NOMEM;
    int counted = 0;
    for (int i = 0; rc == SQLITE_OK && i < phrases; i++) {
        sqlite3_int64 hits = nextCount(&cursor);
        if (hits == -2) {
            *message = sqlite3_mprintf("nashir_bm25: the counts give %d phrases of the query's %d", i, phrases);
            rc = SQLITE_ERROR;
            break;
        }
        if (hits == -1) {
            hits = 0;
            rc = api->xQueryPhrase(fts, i, &hits, countRow);
            counted = 1;
        }
        all[i] = hits;
        double idf = log(((double)rows - (double)hits + 0.5) / ((double)hits + 0.5));
        data->idf[i] = idf <= 0.0 ? 1e-6 : idf;
    }
    if (rc == SQLITE_OK && nextCount(&cursor) != -2) {
        *message = sqlite3_mprintf("nashir_bm25: the counts give more phrases than the query's %d", phrases);
        rc = SQLITE_ERROR;
    }
    Connection *kept = (Connection *)api->xUserData(fts);
    // Once per query: a query reads one state of the database.
    if (rc == SQLITE_OK && kept &&
        documentLengthsAreCurrent(&kept->lengths, sqlite3_context_db_handle(context), rows, tokens, api->xColumnCount(fts))) {
        data->lengths = &kept->lengths;
    }
    if (rc == SQLITE_OK && counted && kept) {
        sqlite3_free(kept->counts);
        kept->counts = all;
        kept->phrases = phrases;
        all = 0;
    }
    sqlite3_free(all);
    if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, data, sqlite3_free);
    else sqlite3_free(data);
    *out = rc == SQLITE_OK ? data : 0;
    return rc;
}

static void bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount, sqlite3_value **arguments) {
    const double k1 = 1.2, b = 0.75;
    int columns = api->xColumnCount(fts);
    if (argumentCount != columns + 1) {
        sqlite3_result_error(context, "nashir_bm25: give one weight per column, then the phrases' counts", -1);
        return;
    }
    RankData *data = 0;
    char *message = 0;
    int rc = rankData(api, fts, context, (const char *)sqlite3_value_text(arguments[columns]), &data, &message);
    if (message) {
        sqlite3_result_error(context, message, -1);
        sqlite3_free(message);
        return;
    }
    int instances = 0;
    if (rc == SQLITE_OK) {
        memset(data->frequency, 0, sizeof(double) * (size_t)data->phraseCount);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; i++) {
        int phrase, column, offset;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) data->frequency[phrase] += column < columns ? sqlite3_value_double(arguments[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK && !(data->lengths && documentLengthsFind(data->lengths, api->xRowid(fts), &length))) {
        rc = api->xColumnSize(fts, -1, &length);
        if (rc == SQLITE_OK && data->lengths) documentLengthsKeep(data->lengths, api->xRowid(fts), length);
    }
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    double score = 0.0;
    for (int i = 0; i < data->phraseCount; i++) {
        double f = data->frequency[i];
        score += data->idf[i] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * (double)length / data->averageLength)));
    }
    sqlite3_result_double(context, -1.0 * score);
}

/// Whether the row holds one instance of each of `count` phrases in `column` as close as FTS5's
/// NEAR(..., distance) asks: the same walk as FTS5's, over the row's instances (by position).
/// `cursor` and `found` have room for `count` entries.
static int isNear(
    const Fts5ExtensionApi *api, Fts5Context *fts, int instances, int column, const int *phrases, int count, int distance, int *cursor, int *found,
    int *rc
) {
    if (count < 2) return 0;
    // Each phrase's reader starts at its first instance in the column.
    for (int i = 0; i < count; i++) {
        cursor[i] = -1;
        for (int k = 0; k < instances; k++) {
            int phrase, col, offset;
            if ((*rc = api->xInst(fts, k, &phrase, &col, &offset)) != SQLITE_OK) return 0;
            if (phrase == phrases[i] && col == column) {
                cursor[i] = k;
                found[i] = offset;
                break;
            }
        }
        if (cursor[i] < 0) return 0;
    }
    int last = found[0];
    for (;;) {
        int match = 1;
        for (int i = 0; i < count; i++) {
            int least = last - api->xPhraseSize(fts, phrases[i]) - distance;
            if (found[i] < least || found[i] > last) {
                match = 0;
                while (found[i] < least) {
                    // The phrase's next instance in the column, or no match.
                    int k = cursor[i] + 1, phrase = -1, col = -1, offset = 0;
                    for (; k < instances; k++) {
                        if ((*rc = api->xInst(fts, k, &phrase, &col, &offset)) != SQLITE_OK) return 0;
                        if (phrase == phrases[i] && col == column) break;
                    }
                    if (k >= instances) return 0;
                    cursor[i] = k;
                    found[i] = offset;
                }
                if (found[i] > last) last = found[i];
            }
        }
        if (match) return 1;
    }
}

// nashir_near(table, distance, phrases): the columns (bit n for column n) in which the phrases
// numbered in `phrases` (space-separated) stand as close as FTS5's NEAR(..., distance) asks,
// from the instances the row's ranking already read, where a NEAR query would walk the index again.
static void near(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount, sqlite3_value **arguments) {
    if (argumentCount != 2) {
        sqlite3_result_error(context, "nashir_near: give the distance and the phrases' numbers", -1);
        return;
    }
    int distance = sqlite3_value_int(arguments[0]);
    const char *text = (const char *)sqlite3_value_text(arguments[1]);
    int count = 0, total = api->xPhraseCount(fts);
    for (const char *cursor = text; cursor && nextCount(&cursor) != -2;) count++;
    if (count < 2) {
        sqlite3_result_int64(context, 0);
        return;
    }
    // The phrases' numbers, then each one's reader: its instance and that instance's offset.
    int *phrases = (int *)sqlite3_malloc64((sqlite3_uint64)count * 3 * sizeof(int));
    if (!phrases) {
        sqlite3_result_error_nomem(context);
        return;
    }
    const char *cursor = text;
    for (int i = 0; i < count; i++) {
        sqlite3_int64 number = nextCount(&cursor);
        if (number < 0 || number >= total) {
            sqlite3_free(phrases);
            sqlite3_result_error(context, "nashir_near: a phrase number is not one of the query's", -1);
            return;
        }
        phrases[i] = (int)number;
    }
    int instances = 0, rc = api->xInstCount(fts, &instances);
    sqlite3_int64 columns = 0;
    int width = api->xColumnCount(fts);
    for (int column = 0; rc == SQLITE_OK && column < width && column < 63; column++) {
        if (isNear(api, fts, instances, column, phrases, count, distance, phrases + count, phrases + 2 * count, &rc)) {
            columns |= (sqlite3_int64)1 << column;
        }
    }
    sqlite3_free(phrases);
    if (rc != SQLITE_OK) sqlite3_result_error_code(context, rc);
    else sqlite3_result_int64(context, columns);
}

// nashir_phrases(table, columns): the phrases (bit n for phrase n, the first 63) with an instance
// in any of `columns` (bit n for column n) of the row, from the instances already read, so the
// caller knows which words a column's text can hold without reading it.
static void phrasesIn(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount, sqlite3_value **arguments) {
    if (argumentCount != 1) {
        sqlite3_result_error(context, "nashir_phrases: give the columns", -1);
        return;
    }
    sqlite3_int64 columns = sqlite3_value_int64(arguments[0]), phrases = 0;
    int count = api->xPhraseCount(fts);
    sqlite3_int64 all = count >= 63 ? INT64_MAX : ((sqlite3_int64)1 << count) - 1;
    int instances = 0, rc = columns ? api->xInstCount(fts, &instances) : SQLITE_OK;
    for (int i = 0; rc == SQLITE_OK && i < instances && phrases != all; i++) {
        int phrase, column, offset;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK && phrase < 63 && column < 63 && (columns >> column & 1)) phrases |= (sqlite3_int64)1 << phrase;
    }
    if (rc != SQLITE_OK) sqlite3_result_error_code(context, rc);
    else sqlite3_result_int64(context, phrases);
}

static void forgetConnection(void *pointer) {
    Connection *kept = (Connection *)pointer;
    if (kept) {
        sqlite3_free(kept->counts);
        documentLengthsFree(&kept->lengths);
    }
    sqlite3_free(kept);
}

static void takeCounted(sqlite3_context *context, int argumentCount, sqlite3_value **arguments) {
    (void)argumentCount;
    (void)arguments;
    Connection *kept = (Connection *)sqlite3_user_data(context);
    if (!kept->counts) {
        sqlite3_result_null(context);
        return;
    }
    sqlite3_str *text = sqlite3_str_new(0);
    for (int i = 0; i < kept->phrases; i++) sqlite3_str_appendf(text, i ? " %lld" : "%lld", kept->counts[i]);
    sqlite3_free(kept->counts);
    kept->counts = 0;
    kept->phrases = 0;
    int length = sqlite3_str_length(text);
    char *finished = sqlite3_str_finish(text);
    if (!finished) {
        sqlite3_result_error_nomem(context);
        return;
    }
    sqlite3_result_text(context, finished, length, sqlite3_free);
}

int nashir_register_bm25(sqlite3 *db) {
    fts5_api *api = 0;
    sqlite3_stmt *statement = 0;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, 0);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(statement);
    rc = sqlite3_finalize(statement);
    if (rc != SQLITE_OK) return rc;
    if (!api || api->iVersion < 2) return SQLITE_ERROR;
    Connection *kept = (Connection *)sqlite3_malloc(sizeof(Connection));
    if (!kept) return SQLITE_NOMEM;
    memset(kept, 0, sizeof(Connection));
    // FTS5 frees `kept` when the connection closes; the scalar function is gone by then too.
    rc = api->xCreateFunction(api, "nashir_bm25", kept, bm25, forgetConnection);
    if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "nashir_near", 0, near, 0);
    if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "nashir_phrases", 0, phrasesIn, 0);
    if (rc != SQLITE_OK) return rc;
    return sqlite3_create_function_v2(db, "nashir_bm25_counted", 0, SQLITE_UTF8, kept, takeCounted, 0, 0, 0);
}
