#include "DocumentLengths.h"

#include <stdint.h>
#include <string.h>

/// Slots at most, 4 MiB: an archive's stories ranked often are its recent ones.
static const unsigned maximumCapacity = 1u << 18;
static const unsigned initialCapacity = 1u << 10;

static unsigned slotOf(sqlite3_int64 rowid, unsigned capacity) {
    // Fibonacci hashing: search keys are timestamps, their low bits far from uniform.
    return (unsigned)(((uint64_t)rowid * 0x9E3779B97F4A7C15ull) >> 40) & (capacity - 1);
}

static void forgetAll(DocumentLengths *lengths) {
    lengths->count = 0;
    if (++lengths->generation == 0) {
        // Wrapped: slots of generation 0 must not read as current.
        if (lengths->slots) memset(lengths->slots, 0, sizeof(DocumentLengthSlot) * lengths->capacity);
        lengths->generation = 1;
    }
}

int documentLengthsAreCurrent(DocumentLengths *lengths, sqlite3 *db, sqlite3_int64 rows, sqlite3_int64 tokens, int columns) {
    unsigned int version = 0;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK) return 0;
    if (lengths->generation == 0 || version != lengths->version || rows != lengths->rows || tokens != lengths->tokens ||
        columns != lengths->columns) {
        forgetAll(lengths);
        lengths->version = version;
        lengths->rows = rows;
        lengths->tokens = tokens;
        lengths->columns = columns;
    }
    return 1;
}

int documentLengthsFind(const DocumentLengths *lengths, sqlite3_int64 rowid, int *length) {
    if (!lengths->capacity) return 0;
    for (unsigned slot = slotOf(rowid, lengths->capacity);; slot = (slot + 1) & (lengths->capacity - 1)) {
        const DocumentLengthSlot *found = &lengths->slots[slot];
        if (found->generation != lengths->generation) return 0;
        if (found->rowid == rowid) {
            *length = found->length;
            return 1;
        }
    }
}

/// Puts a length in a table with room for it, as of `generation`.
static void put(DocumentLengthSlot *slots, unsigned capacity, unsigned generation, sqlite3_int64 rowid, int length) {
    unsigned slot = slotOf(rowid, capacity);
    while (slots[slot].generation == generation && slots[slot].rowid != rowid) slot = (slot + 1) & (capacity - 1);
    slots[slot] = (DocumentLengthSlot){.rowid = rowid, .length = length, .generation = generation};
}

/// Doubles the table, or empties it when it may not grow; 0 when memory ran out (nothing kept then).
static int makeRoom(DocumentLengths *lengths) {
    if (lengths->capacity >= maximumCapacity) {
        forgetAll(lengths);
        return 1;
    }
    unsigned capacity = lengths->capacity ? lengths->capacity * 2 : initialCapacity;
    DocumentLengthSlot *slots = (DocumentLengthSlot *)sqlite3_malloc64(sizeof(DocumentLengthSlot) * capacity);
    if (!slots) return 0;
    memset(slots, 0, sizeof(DocumentLengthSlot) * capacity);
    for (unsigned i = 0; i < lengths->capacity; i++) {
        const DocumentLengthSlot *kept = &lengths->slots[i];
        if (kept->generation == lengths->generation) put(slots, capacity, lengths->generation, kept->rowid, kept->length);
    }
    sqlite3_free(lengths->slots);
    lengths->slots = slots;
    lengths->capacity = capacity;
    return 1;
}

void documentLengthsKeep(DocumentLengths *lengths, sqlite3_int64 rowid, int length) {
    // At most half full, so a probe stays short.
    if ((lengths->count + 1) * 2 > lengths->capacity && !makeRoom(lengths)) return;
    int known = 0;
    if (documentLengthsFind(lengths, rowid, &known)) return;
    put(lengths->slots, lengths->capacity, lengths->generation, rowid, length);
    lengths->count++;
}

void documentLengthsFree(DocumentLengths *lengths) {
    sqlite3_free(lengths->slots);
    lengths->slots = 0;
    lengths->capacity = 0;
    lengths->count = 0;
}
