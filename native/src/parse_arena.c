// A bump allocator for tree-sitter, one per thread, active only while that thread parses a file.
// A parse makes millions of small subtrees and stack nodes and frees them all at the end; from one
// contiguous region they are handed out in order, freeing is nothing, and the whole tree goes at
// once by resetting the region instead of by walking it.
#include "parse_arena.h"

#ifdef _WIN32
// No arena on Windows (no mmap): tree-sitter keeps its default allocator and frees trees itself.
void parse_arena_install(void) {}
bool parse_arena_begin(void) { return false; }
void parse_arena_end(void) {}
void parse_arena_limit(bool limited, size_t bytes) {}
bool parse_arena_overflowed(void) { return false; }
void parse_arena_release(void) {}
#else

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <tree_sitter/api.h>

// Address space reserved per thread; pages are only used as the bump pointer reaches them.
#define RESERVED ((size_t)1 << 30)
// Kept resident between parses; what a larger file used beyond it goes back to the system.
#define KEPT ((size_t)64 << 20)
#define ALIGNMENT 16

typedef struct {
  char *base;
  char *bump;
  char *end;
  /** How much of the region a parse may use; past it, blocks come from malloc. */
  size_t limit;
  bool limited;
  /** The last block handed out, which realloc can grow in place. */
  char *last;
  bool active;
  bool unavailable;
  /** The region ran out during this parse and later blocks came from malloc. */
  bool overflowed;
} Arena;

static __thread Arena arena;

static inline bool owns(const void *pointer) {
  return arena.base != NULL && (const char *)pointer >= arena.base && (const char *)pointer < arena.end;
}

static inline size_t aligned(size_t size) { return (size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1); }

static void *arena_malloc(size_t size) {
  if (!arena.active) return malloc(size);
  size_t rounded = aligned(size == 0 ? 1 : size);
  if ((size_t)(arena.end - arena.bump) < rounded) {
    arena.overflowed = true;
    return malloc(rounded);
  }
  char *block = arena.bump;
  arena.bump += rounded;
  arena.last = block;
  return block;
}

static void *arena_calloc(size_t count, size_t size) {
  if (!arena.active) return calloc(count, size);
  if (size != 0 && count > SIZE_MAX / size) return NULL;
  // Fresh pages are zero, but a reset region holds the last parse's data.
  void *block = arena_malloc(count * size);
  if (block != NULL) memset(block, 0, count * size);
  return block;
}

static void *arena_realloc(void *pointer, size_t size) {
  if (pointer == NULL) return arena_malloc(size);
  if (!owns(pointer)) return realloc(pointer, size);
  char *block = pointer;
  size_t rounded = aligned(size == 0 ? 1 : size);
  if (block == arena.last && (size_t)(arena.end - block) >= rounded) {
    arena.bump = block + rounded;
    return block;
  }
  // The old size is unknown; everything up to the bump pointer is readable, and bytes past the
  // old block's end are never read by the caller.
  size_t readable = (size_t)(arena.bump - block);
  char *grown = arena_malloc(size);
  if (grown != NULL) memcpy(grown, block, size < readable ? size : readable);
  return grown;
}

static void arena_free(void *pointer) {
  if (pointer != NULL && !owns(pointer)) free(pointer);
}

static void install(void) { ts_set_allocator(arena_malloc, arena_calloc, arena_realloc, arena_free); }

void parse_arena_install(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, install);
}

bool parse_arena_begin(void) {
  size_t limit = arena.limited ? arena.limit : RESERVED;
  if (limit == 0) return false;
  if (arena.base == NULL && !arena.unavailable) {
    void *region = mmap(NULL, RESERVED, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED) {
      arena.unavailable = true;
      return false;
    }
    arena.base = arena.bump = region;
  }
  if (arena.base == NULL) return false;
  arena.end = arena.base + (limit < RESERVED ? limit : RESERVED);
  arena.active = true;
  return true;
}

void parse_arena_limit(bool limited, size_t bytes) {
  arena.limit = bytes;
  arena.limited = limited;
}

void parse_arena_end(void) {
  size_t used = (size_t)(arena.bump - arena.base);
  if (used > KEPT) madvise(arena.base + KEPT, used - KEPT, MADV_DONTNEED);
  arena.bump = arena.base;
  arena.last = NULL;
  arena.active = false;
  arena.overflowed = false;
}

bool parse_arena_overflowed(void) { return arena.overflowed; }

void parse_arena_release(void) {
  if (arena.base != NULL) munmap(arena.base, RESERVED);
  arena = (Arena){0};
}

#endif
