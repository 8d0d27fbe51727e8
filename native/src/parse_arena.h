#ifndef PYSTANDARDS_PARSE_ARENA_H
#define PYSTANDARDS_PARSE_ARENA_H

#include <stdbool.h>
#include <stddef.h>

/** Routes tree-sitter's allocations through parse_arena.c; once per process, before any parser exists. */
void parse_arena_install(void);
/** Makes this thread's arena the home of tree-sitter's allocations; false if it has none (no address space). */
bool parse_arena_begin(void);
/** Drops everything allocated since parse_arena_begin, at once. */
void parse_arena_end(void);
/** Caps this thread's region at `bytes` (0: no arena), or lifts the cap, so tests reach the malloc paths. */
void parse_arena_limit(bool limited, size_t bytes);
/** True when the region ran out during this parse: blocks handed out since came from malloc. */
bool parse_arena_overflowed(void);
/**
 * Unmaps this thread's region. Called when the thread's Node environment ends: worker threads come
 * and go (a stopped worker is replaced), and a long-running server must not keep dead ones' regions.
 */
void parse_arena_release(void);

#endif
