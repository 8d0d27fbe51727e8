// Reading a call's arguments by keyword or position.
import type { SyntaxNode } from '../../syntax/index.js';

/** The value of keyword argument `name` of a call. */
export function keywordArgument(call: SyntaxNode, name: string): SyntaxNode | undefined {
  const args = call.childForFieldName('arguments');
  if (args?.type !== 'argument_list') return undefined;
  for (const arg of args.namedChildren) {
    if (arg.type !== 'keyword_argument' || arg.childForFieldName('name')?.text !== name) continue;
    return arg.childForFieldName('value') ?? undefined;
  }
  return undefined;
}

/** The positional arguments of a call, up to the first `*args` (after which positions are unknown). */
export function positionalArguments(call: SyntaxNode): SyntaxNode[] {
  const args = call.childForFieldName('arguments');
  if (args?.type !== 'argument_list') return [];
  const positional: SyntaxNode[] = [];
  for (const arg of args.namedChildren) {
    if (arg.type === 'comment') continue;
    if (arg.type === 'keyword_argument' || arg.type === 'dictionary_splat') continue;
    if (arg.type === 'list_splat') break;
    positional.push(arg);
  }
  return positional;
}
