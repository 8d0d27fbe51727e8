// A native binding of tree-sitter and tree-sitter-python that hands JavaScript the whole syntax
// tree in one call, as flat typed arrays, instead of one object per node across N-API.
//
// parse(text) returns { count, buffer }: for node i in pre-order, buffer holds
//   start[i], end[i]   UTF-16 offsets (uint32)
//   parent[i]          index of the parent, -1 for the root (int32)
//   after[i]           index just past the node's subtree (int32), i.e. its next sibling
//   scratch[i]         zero (int32): left to JavaScript, which keeps its node-object slots there
//   type[i]            symbol id, names from symbolNames() (uint16)
//   field[i]           field id under the parent, 0 for none, names from fieldNames() (uint16)
//   flags[i]           NAMED | ERROR | MISSING | HAS_ERROR | EXTRA (uint8)
// laid out as consecutive arrays in that order, and depth: how deep the deepest node lies (the
// root at 0), which tells JavaScript without a scan whether CPython's nesting limits can be reached. The tree is freed before returning: it lives in
// the thread's parse arena (parse_arena.c), which is reset at once.
#include <node_api.h>
#include <stdlib.h>
#include <string.h>
#include <tree_sitter/api.h>

// The tree is walked through tree-sitter's own subtree structures (the runtime is compiled into
// this binding, so its internal headers match): several times faster than a TSTreeCursor, which
// re-derives visibility, aliases and fields for every step. `export_with_cursor` keeps the
// public-API walk as the reference the fast walk is tested against.
#include "parse_arena.h"
#include "language.h"
#include "subtree.h"
#include "tree.h"

const TSLanguage *tree_sitter_python(void);

enum { FLAG_NAMED = 1, FLAG_ERROR = 2, FLAG_MISSING = 4, FLAG_HAS_ERROR = 8, FLAG_EXTRA = 16 };

#define CHECK(call)                                                        \
  do {                                                                     \
    if ((call) != napi_ok) {                                               \
      napi_throw_error(env, NULL, "pystandards_syntax: N-API call failed"); \
      return NULL;                                                         \
    }                                                                      \
  } while (0)

static TSParser *parser_for(napi_env env) {
  TSParser *parser = NULL;
  if (napi_get_instance_data(env, (void **)&parser) != napi_ok) return NULL;
  return parser;
}

/** Reads a JS string argument as UTF-16; the caller frees the buffer. */
static uint16_t *read_utf16(napi_env env, napi_value value, size_t *length) {
  if (napi_get_value_string_utf16(env, value, NULL, 0, length) != napi_ok) return NULL;
  uint16_t *buffer = malloc((*length + 1) * sizeof(uint16_t));
  if (buffer == NULL) return NULL;
  if (napi_get_value_string_utf16(env, value, (char16_t *)buffer, *length + 1, length) != napi_ok) {
    free(buffer);
    return NULL;
  }
  return buffer;
}

/**
 * A parsed tree and how to free it. With the arena, the tree and a parser made for this one parse
 * live in it and go together when it is reset: the tree is never walked to be freed.
 */
typedef struct {
  TSTree *tree;
  TSParser *arena_parser;
} Parsed;

static TSParser *arena_parser(void) {
  if (!parse_arena_begin()) return NULL;
  TSParser *parser = ts_parser_new();
  if (parser != NULL && ts_parser_set_language(parser, tree_sitter_python())) return parser;
  if (parser != NULL) ts_parser_delete(parser);
  parse_arena_end();
  return NULL;
}

static void release(Parsed parsed) {
  if (parsed.arena_parser == NULL) {
    if (parsed.tree != NULL) ts_tree_delete(parsed.tree);
    return;
  }
  // Blocks from malloc after the region ran out are freed the usual way; the rest go with the reset.
  if (parsed.tree != NULL && parse_arena_overflowed()) ts_tree_delete(parsed.tree);
  // Deleting the parser ends the grammar's external scanner, whose state is outside the arena.
  ts_parser_delete(parsed.arena_parser);
  parse_arena_end();
}

static Parsed parse_argument(napi_env env, napi_callback_info info) {
  Parsed parsed = {NULL, NULL};
  size_t argc = 1;
  napi_value argv[1];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 1) {
    napi_throw_type_error(env, NULL, "parse(text: string) expects a string");
    return parsed;
  }
  size_t length = 0;
  uint16_t *text = read_utf16(env, argv[0], &length);
  if (text == NULL) {
    napi_throw_type_error(env, NULL, "parse(text: string) expects a string");
    return parsed;
  }
  parsed.arena_parser = arena_parser();
  TSParser *parser = parsed.arena_parser ? parsed.arena_parser : parser_for(env);
  parsed.tree = parser ? ts_parser_parse_string_encoding(parser, NULL, (const char *)text, (uint32_t)(length * 2), TSInputEncodingUTF16LE) : NULL;
  free(text);
  if (parsed.tree == NULL) {
    release(parsed);
    parsed.arena_parser = NULL;
    napi_throw_error(env, NULL, "tree-sitter could not parse the text");
  }
  return parsed;
}

typedef struct {
  uint32_t *start;
  uint32_t *end;
  int32_t *parent;
  int32_t *after;
  int32_t *scratch;
  uint16_t *type;
  uint16_t *field;
  uint8_t *flags;
} Columns;

static Columns columns_of(void *data, uint32_t count) {
  Columns c;
  c.start = (uint32_t *)data;
  c.end = c.start + count;
  c.parent = (int32_t *)(c.end + count);
  c.after = c.parent + count;
  c.scratch = c.after + count;
  c.type = (uint16_t *)(c.scratch + count);
  c.field = c.type + count;
  c.flags = (uint8_t *)(c.field + count);
  return c;
}

/** The reference walk through the public cursor API; returns the number of nodes written. */
static uint32_t export_with_cursor(TSNode root, Columns c, uint32_t count, uint32_t *max_depth) {
  size_t stack_capacity = 64;
  size_t depth = 0;
  int32_t *stack = malloc(stack_capacity * sizeof(int32_t));
  if (stack == NULL) return 0;
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  uint32_t i = 0;
  int done = 0;
  while (!done && i < count) {
    TSNode node = ts_tree_cursor_current_node(&cursor);
    c.start[i] = ts_node_start_byte(node) / 2;
    c.end[i] = ts_node_end_byte(node) / 2;
    c.parent[i] = depth == 0 ? -1 : stack[depth - 1];
    if (depth > *max_depth) *max_depth = (uint32_t)depth;
    c.type[i] = ts_node_symbol(node);
    c.field[i] = ts_tree_cursor_current_field_id(&cursor);
    c.flags[i] = (ts_node_is_named(node) ? FLAG_NAMED : 0) | (ts_node_is_error(node) ? FLAG_ERROR : 0) |
                 (ts_node_is_missing(node) ? FLAG_MISSING : 0) | (ts_node_has_error(node) ? FLAG_HAS_ERROR : 0) |
                 (ts_node_is_extra(node) ? FLAG_EXTRA : 0);
    if (ts_tree_cursor_goto_first_child(&cursor)) {
      if (depth == stack_capacity) {
        stack_capacity *= 2;
        int32_t *grown = realloc(stack, stack_capacity * sizeof(int32_t));
        if (grown == NULL) break;
        stack = grown;
      }
      stack[depth++] = (int32_t)i++;
      continue;
    }
    c.after[i] = (int32_t)(i + 1);
    i++;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (depth == 0 || !ts_tree_cursor_goto_parent(&cursor)) {
        done = 1;
        break;
      }
      c.after[stack[--depth]] = (int32_t)i;
    }
  }
  while (depth > 0) c.after[stack[--depth]] = (int32_t)i;
  free(stack);
  ts_tree_cursor_delete(&cursor);
  return i;
}

/** One level of the fast walk: a subtree whose children are being visited. */
typedef struct {
  Subtree parent;
  uint32_t child_index;
  uint32_t structural_index;
  uint32_t position;
  const TSSymbol *aliases;
  const TSFieldMapEntry *fields_begin;
  const TSFieldMapEntry *fields_end;
  /** Index of the nearest visible ancestor: the parent of visible children found here. */
  int32_t visible_parent;
  /** This subtree's own index when it is visible, else -1. */
  int32_t emitted;
  /** Field inherited from invisible ancestors, for children without a field of their own. */
  TSFieldId pending_field;
  /** Depth of the visible children found here (the root's at 1). */
  uint32_t child_depth;
} Frame;

static void frame_for(Frame *frame, const TSLanguage *language, Subtree subtree, uint32_t position, int32_t visible_parent,
                      int32_t emitted, TSFieldId pending_field, uint32_t child_depth) {
  frame->parent = subtree;
  frame->child_index = 0;
  frame->structural_index = 0;
  frame->position = position;
  frame->aliases = ts_language_alias_sequence(language, subtree.ptr->production_id);
  ts_language_field_map(language, subtree.ptr->production_id, &frame->fields_begin, &frame->fields_end);
  frame->visible_parent = visible_parent;
  frame->emitted = emitted;
  frame->pending_field = pending_field;
  frame->child_depth = child_depth;
}

/** Writes node `i` from a subtree (and the alias its parent's production gives it). */
static void write_node(Columns c, const TSLanguage *language, uint32_t i, Subtree subtree, TSSymbol alias, uint32_t position,
                       int32_t parent, TSFieldId field) {
  TSSymbol symbol = ts_language_public_symbol(language, alias ? alias : ts_subtree_symbol(subtree));
  bool named = alias ? ts_language_symbol_metadata(language, alias).named : ts_subtree_named(subtree);
  c.start[i] = position / 2;
  c.end[i] = (position + ts_subtree_size(subtree).bytes) / 2;
  c.parent[i] = parent;
  c.type[i] = symbol;
  c.field[i] = field;
  c.flags[i] = (named ? FLAG_NAMED : 0) | (symbol == ts_builtin_sym_error ? FLAG_ERROR : 0) |
               (ts_subtree_missing(subtree) ? FLAG_MISSING : 0) | (ts_subtree_error_cost(subtree) > 0 ? FLAG_HAS_ERROR : 0) |
               (ts_subtree_extra(subtree) ? FLAG_EXTRA : 0);
}

/**
 * Where the fast walk writes a tree: from node `first` on (at most `count` nodes in all), with
 * every position `byte_offset` further on. With `emit_root` false the root is left out and its
 * children become children of node `root_parent`, one level down: a piece of a file parsed on its
 * own joins the file's tree that way.
 */
typedef struct {
  uint32_t first;
  uint32_t count;
  uint32_t byte_offset;
  int32_t root_parent;
  bool emit_root;
} Placement;

/** The fast walk over tree-sitter's subtrees; returns the index after the last node written. */
static uint32_t export_subtrees_at(const TSTree *tree, Columns c, Placement at, uint32_t *max_depth) {
  const TSLanguage *language = tree->language;
  Subtree root = tree->root;
  uint32_t next = at.first;
  uint32_t root_position = ts_subtree_padding(root).bytes + at.byte_offset;
  int32_t root_index = -1;
  uint32_t root_depth = at.root_parent < 0 ? 0 : 1;
  if (at.emit_root) {
    if (next >= at.count) return next;
    root_index = (int32_t)next++;
    write_node(c, language, (uint32_t)root_index, root, 0, root_position, at.root_parent, 0);
    c.after[root_index] = (int32_t)next;
    if (root_depth > *max_depth) *max_depth = root_depth;
  }
  if (ts_subtree_child_count(root) == 0) return next;
  uint32_t count = at.count;

  size_t capacity = 64;
  size_t depth = 0;
  Frame *stack = malloc(capacity * sizeof(Frame));
  if (stack == NULL) return 0;
  if (at.emit_root) frame_for(&stack[depth++], language, root, root_position, root_index, root_index, 0, root_depth + 1);
  else frame_for(&stack[depth++], language, root, root_position, at.root_parent, -1, 0, root_depth);
  while (depth > 0) {
    Frame *frame = &stack[depth - 1];
    uint32_t child_count = frame->parent.ptr->child_count;
    if (frame->child_index == child_count) {
      if (frame->emitted >= 0) c.after[frame->emitted] = (int32_t)next;
      depth--;
      continue;
    }
    Subtree child = ts_subtree_children(frame->parent)[frame->child_index];
    bool extra = ts_subtree_extra(child);
    TSSymbol alias = 0;
    TSFieldId own_field = 0;
    if (!extra) {
      if (frame->aliases) alias = frame->aliases[frame->structural_index];
      for (const TSFieldMapEntry *entry = frame->fields_begin; entry < frame->fields_end; entry++) {
        if (!entry->inherited && entry->child_index == frame->structural_index) {
          own_field = entry->field_id;
          break;
        }
      }
      frame->structural_index++;
    }
    uint32_t position = frame->position;
    frame->position += ts_subtree_size(child).bytes;
    frame->child_index++;
    if (frame->child_index < child_count) frame->position += ts_subtree_padding(ts_subtree_children(frame->parent)[frame->child_index]).bytes;
    TSFieldId field = extra ? 0 : (own_field ? own_field : frame->pending_field);
    int32_t visible_parent = frame->visible_parent;
    // Read before a push, which may move the stack (and `frame` with it).
    uint32_t child_depth = frame->child_depth;
    bool has_children = ts_subtree_child_count(child) > 0;

    if (ts_subtree_visible(child) || alias) {
      if (next >= count) break;
      uint32_t i = next++;
      write_node(c, language, i, child, alias, position, visible_parent, field);
      c.after[i] = (int32_t)(i + 1);
      if (child_depth > *max_depth) *max_depth = child_depth;
      if (!has_children) continue;
      if (depth == capacity) {
        capacity *= 2;
        Frame *grown = realloc(stack, capacity * sizeof(Frame));
        if (grown == NULL) break;
        stack = grown;
      }
      frame_for(&stack[depth++], language, child, position, (int32_t)i, (int32_t)i, 0, child_depth + 1);
    } else if (has_children) {
      if (depth == capacity) {
        capacity *= 2;
        Frame *grown = realloc(stack, capacity * sizeof(Frame));
        if (grown == NULL) break;
        stack = grown;
      }
      frame_for(&stack[depth++], language, child, position, visible_parent, -1, field, child_depth);
    }
  }
  free(stack);
  return next;
}

static uint32_t export_subtrees(const TSTree *tree, Columns c, uint32_t count, uint32_t *max_depth) {
  Placement whole = {0, count, 0, -1, true};
  return export_subtrees_at(tree, c, whole, max_depth);
}

/** parse(text[, useCursor]): the flat tree of `text`, by the fast walk or the reference one. */
static napi_value parse(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  bool use_cursor = false;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) == napi_ok && argc > 1) napi_get_value_bool(env, argv[1], &use_cursor);
  Parsed parsed = parse_argument(env, info);
  if (parsed.tree == NULL) return NULL;
  TSTree *tree = parsed.tree;
  TSNode root = ts_tree_root_node(tree);
  uint32_t count = ts_node_descendant_count(root);
  size_t bytes = (size_t)count * (4 + 4 + 4 + 4 + 4 + 2 + 2 + 1);
  void *data = NULL;
  napi_value buffer;
  if (napi_create_arraybuffer(env, bytes, &data, &buffer) != napi_ok) {
    release(parsed);
    napi_throw_error(env, NULL, "pystandards_syntax: out of memory");
    return NULL;
  }
  Columns c = columns_of(data, count);
  memset(c.scratch, 0, (size_t)count * sizeof(int32_t));
  uint32_t max_depth = 0;
  uint32_t written = use_cursor ? export_with_cursor(root, c, count, &max_depth) : export_subtrees(tree, c, count, &max_depth);
  release(parsed);
  if (written != count) {
    napi_throw_error(env, NULL, "pystandards_syntax: tree walk was cut short");
    return NULL;
  }

  napi_value result, count_value, depth_value;
  CHECK(napi_create_object(env, &result));
  CHECK(napi_create_uint32(env, count, &count_value));
  CHECK(napi_set_named_property(env, result, "count", count_value));
  CHECK(napi_create_uint32(env, max_depth, &depth_value));
  CHECK(napi_set_named_property(env, result, "depth", depth_value));
  CHECK(napi_set_named_property(env, result, "buffer", buffer));
  return result;
}

/** Columns that grow as pieces of a file are exported into them, one malloc block each. */
typedef struct {
  uint32_t capacity;
  Columns c;
} GrowingColumns;

static bool grow_columns(GrowingColumns *g, uint32_t need) {
  if (need <= g->capacity) return true;
  uint32_t capacity = g->capacity + g->capacity / 2;
  if (capacity < need) capacity = need;
  void **columns[] = {(void **)&g->c.start, (void **)&g->c.end, (void **)&g->c.parent, (void **)&g->c.after,
                      (void **)&g->c.scratch, (void **)&g->c.type, (void **)&g->c.field, (void **)&g->c.flags};
  const size_t widths[] = {4, 4, 4, 4, 4, 2, 2, 1};
  for (size_t k = 0; k < 8; k++) {
    void *grown = realloc(*columns[k], (size_t)capacity * widths[k]);
    if (grown == NULL) return false;
    *columns[k] = grown;
  }
  g->capacity = capacity;
  return true;
}

static void free_columns(GrowingColumns *g) {
  free(g->c.start);
  free(g->c.end);
  free(g->c.parent);
  free(g->c.after);
  free(g->c.scratch);
  free(g->c.type);
  free(g->c.field);
  free(g->c.flags);
}

static void free_column(napi_env env, void *data, void *hint) { free(data); }

/**
 * parseInPieces(text, cuts): the flat tree of `text` parsed piece by piece, cut at the UTF-16
 * offsets `cuts` (ascending, each the start of a top-level statement). Each piece's tree is
 * exported and freed before the next is parsed, so tree-sitter never holds more than one piece:
 * its own structures take over a hundred bytes a node, five times the flat tree's. Pieces join
 * under one module root; a piece the grammar could not read as a module joins as its ERROR node.
 * The columns come back as separate buffers (`columns`), handed over without a copy.
 */
static napi_value parse_in_pieces(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < 2) {
    napi_throw_type_error(env, NULL, "parseInPieces(text: string, cuts: Uint32Array) expects two arguments");
    return NULL;
  }
  napi_typedarray_type cut_type;
  size_t cut_count = 0;
  void *cut_data = NULL;
  if (napi_get_typedarray_info(env, argv[1], &cut_type, &cut_count, &cut_data, NULL, NULL) != napi_ok || cut_type != napi_uint32_array) {
    napi_throw_type_error(env, NULL, "parseInPieces: cuts must be a Uint32Array");
    return NULL;
  }
  const uint32_t *cuts = (const uint32_t *)cut_data;
  size_t length = 0;
  uint16_t *text = read_utf16(env, argv[0], &length);
  if (text == NULL) {
    napi_throw_type_error(env, NULL, "parseInPieces: text must be a string");
    return NULL;
  }
  const TSLanguage *language = tree_sitter_python();
  TSSymbol module_symbol = ts_language_symbol_for_name(language, "module", 6, true);
  GrowingColumns g = {0, {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL}};
  uint32_t next = 1;
  uint32_t max_depth = 0;
  uint32_t root_start = 0;
  uint32_t root_end = 0;
  bool has_error = false;
  const char *failure = NULL;
  for (size_t piece = 0; piece <= cut_count && failure == NULL; piece++) {
    uint32_t start = piece == 0 ? 0 : cuts[piece - 1];
    uint32_t end = piece == cut_count ? (uint32_t)length : cuts[piece];
    if (end <= start || end > length) {
      failure = "parseInPieces: cuts must ascend inside the text";
      break;
    }
    Parsed parsed = {NULL, arena_parser()};
    TSParser *parser = parsed.arena_parser ? parsed.arena_parser : parser_for(env);
    parsed.tree = parser ? ts_parser_parse_string_encoding(parser, NULL, (const char *)(text + start), (end - start) * 2, TSInputEncodingUTF16LE) : NULL;
    if (parsed.tree == NULL) {
      release(parsed);
      failure = "tree-sitter could not parse the text";
      break;
    }
    TSNode root = ts_tree_root_node(parsed.tree);
    uint32_t piece_count = ts_node_descendant_count(root);
    bool whole_module = ts_node_symbol(root) == module_symbol;
    if (!grow_columns(&g, next + piece_count)) {
      release(parsed);
      failure = "pystandards_syntax: out of memory";
      break;
    }
    if (piece == 0) root_start = start + ts_node_start_byte(root) / 2;
    root_end = start + ts_node_end_byte(root) / 2;
    has_error = has_error || ts_node_has_error(root);
    Placement at = {next, next + (whole_module ? piece_count - 1 : piece_count), start * 2, 0, !whole_module};
    uint32_t written = export_subtrees_at(parsed.tree, g.c, at, &max_depth);
    release(parsed);
    if (written != at.count) failure = "pystandards_syntax: tree walk was cut short";
    next = written;
  }
  free(text);
  if (failure == NULL && !grow_columns(&g, next)) failure = "pystandards_syntax: out of memory";
  if (failure != NULL) {
    free_columns(&g);
    napi_throw_error(env, NULL, failure);
    return NULL;
  }
  g.c.start[0] = root_start;
  g.c.end[0] = root_end;
  g.c.parent[0] = -1;
  g.c.after[0] = (int32_t)next;
  g.c.type[0] = ts_language_public_symbol(language, module_symbol);
  g.c.field[0] = 0;
  g.c.flags[0] = FLAG_NAMED | (has_error ? FLAG_HAS_ERROR : 0);
  memset(g.c.scratch, 0, (size_t)next * sizeof(int32_t));

  napi_value result, count_value, depth_value, columns;
  CHECK(napi_create_object(env, &result));
  CHECK(napi_create_uint32(env, next, &count_value));
  CHECK(napi_set_named_property(env, result, "count", count_value));
  CHECK(napi_create_uint32(env, max_depth, &depth_value));
  CHECK(napi_set_named_property(env, result, "depth", depth_value));
  CHECK(napi_create_array_with_length(env, 8, &columns));
  void *blocks[] = {g.c.start, g.c.end, g.c.parent, g.c.after, g.c.scratch, g.c.type, g.c.field, g.c.flags};
  const size_t widths[] = {4, 4, 4, 4, 4, 2, 2, 1};
  for (uint32_t k = 0; k < 8; k++) {
    // Shrunk to size: realloc keeps a large block where it is, so nothing is copied.
    void *block = realloc(blocks[k], (size_t)next * widths[k]);
    if (block == NULL) block = blocks[k];
    napi_value buffer;
    if (napi_create_external_arraybuffer(env, block, (size_t)next * widths[k], free_column, NULL, &buffer) != napi_ok) {
      for (uint32_t rest = k; rest < 8; rest++) free(rest == k ? block : blocks[rest]);
      napi_throw_error(env, NULL, "pystandards_syntax: cannot hand over the tree");
      return NULL;
    }
    CHECK(napi_set_element(env, columns, k, buffer));
  }
  CHECK(napi_set_named_property(env, result, "columns", columns));
  return result;
}

/** Parses and frees the tree: the bare parse cost, for the benchmark's floor. */
static napi_value parse_only(napi_env env, napi_callback_info info) {
  Parsed parsed = parse_argument(env, info);
  if (parsed.tree == NULL) return NULL;
  release(parsed);
  napi_value undefined;
  CHECK(napi_get_undefined(env, &undefined));
  return undefined;
}

/** arenaLimit(bytes | undefined): caps this thread's parse arena (0: none) or lifts the cap; for tests. */
static napi_value arena_limit(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  CHECK(napi_get_cb_info(env, info, &argc, argv, NULL, NULL));
  double bytes = -1;
  if (argc > 0 && napi_get_value_double(env, argv[0], &bytes) != napi_ok) bytes = -1;
  parse_arena_limit(bytes >= 0, bytes >= 0 ? (size_t)bytes : 0);
  napi_value undefined;
  CHECK(napi_get_undefined(env, &undefined));
  return undefined;
}

static napi_value name_table(napi_env env, uint32_t count, const char *(*name_of)(const TSLanguage *, uint32_t)) {
  const TSLanguage *language = tree_sitter_python();
  napi_value array;
  CHECK(napi_create_array_with_length(env, count, &array));
  for (uint32_t id = 0; id < count; id++) {
    const char *name = name_of(language, id);
    napi_value value;
    CHECK(napi_create_string_utf8(env, name ? name : "", NAPI_AUTO_LENGTH, &value));
    CHECK(napi_set_element(env, array, id, value));
  }
  return array;
}

static const char *symbol_name(const TSLanguage *language, uint32_t id) { return ts_language_symbol_name(language, (TSSymbol)id); }
static const char *field_name(const TSLanguage *language, uint32_t id) { return id == 0 ? "" : ts_language_field_name_for_id(language, (TSFieldId)id); }

static napi_value symbol_names(napi_env env, napi_callback_info info) {
  return name_table(env, ts_language_symbol_count(tree_sitter_python()), symbol_name);
}

static napi_value field_names(napi_env env, napi_callback_info info) {
  return name_table(env, ts_language_field_count(tree_sitter_python()) + 1, field_name);
}

/** The environment (the main thread's or a worker's) is ending: its parser and its thread's arena go. */
static void delete_parser(napi_env env, void *data, void *hint) {
  ts_parser_delete((TSParser *)data);
  parse_arena_release();
}

NAPI_MODULE_INIT() {
  parse_arena_install();
  TSParser *parser = ts_parser_new();
  if (parser == NULL || !ts_parser_set_language(parser, tree_sitter_python())) {
    napi_throw_error(env, NULL, "pystandards_syntax: cannot load the Python grammar");
    return NULL;
  }
  if (napi_set_instance_data(env, parser, delete_parser, NULL) != napi_ok) return NULL;
  napi_property_descriptor properties[] = {
    {"parse", NULL, parse, NULL, NULL, NULL, napi_default, NULL},
    {"parseOnly", NULL, parse_only, NULL, NULL, NULL, napi_default, NULL},
    {"parseInPieces", NULL, parse_in_pieces, NULL, NULL, NULL, napi_default, NULL},
    {"arenaLimit", NULL, arena_limit, NULL, NULL, NULL, napi_default, NULL},
    {"symbolNames", NULL, symbol_names, NULL, NULL, NULL, napi_default, NULL},
    {"fieldNames", NULL, field_names, NULL, NULL, NULL, napi_default, NULL},
  };
  if (napi_define_properties(env, exports, sizeof(properties) / sizeof(properties[0]), properties) != napi_ok) return NULL;
  return exports;
}
