// ASY006: `asyncio.get_event_loop()` inside a coroutine, where `get_running_loop()` says what is meant.
import { makeFix, replaceEdit, type Fix } from '../../fix/index.js';
import { defineRule } from '../../linter/index.js';
import type { Scope, SemanticModel } from '../../semantic/index.js';
import type { SyntaxNode } from '../../syntax/index.js';
import { ASYNC_CONTEXT } from './async-docs.js';
import type { BlockingCall } from './blocking-call-analyzer.js';
import { CONFIGURED_CALL_MESSAGE, blockingCallListeners } from './blocking-call-listeners.js';
import { containsAsyncCode } from './async-code.js';

const RUNNING_LOOP = 'get_running_loop';

export default defineRule({
  code: 'ASY006',
  name: 'get-event-loop-in-coroutine',
  section: 'async',
  defaultEnabled: false,
  fixAvailability: 'sometimes',
  fixApplicability: 'safe',
  equivalents: [],
  messages: {
    getEventLoop: '`{{call}}()` in coroutine `async def {{function}}`: {{advice}}',
    configuredCall: CONFIGURED_CALL_MESSAGE,
  },
  docs: {
    summary: 'Disallow `asyncio.get_event_loop()` inside a coroutine.',
    what:
      'Flags calls of `asyncio.get_event_loop()` inside an `async def`, where a loop is always running and ' +
      `\`asyncio.get_running_loop()\` returns it.\n\n${ASYNC_CONTEXT}`,
    why:
      'Inside a coroutine `get_event_loop()` only ever returns the running loop, but its name and its behaviour ' +
      'elsewhere (creating a loop, deprecation warnings since Python 3.10–3.12) suggest otherwise. ' +
      '`get_running_loop()` says exactly what the code relies on, and fails loudly if that ever stops being true. ' +
      "The standards' own `run_in_executor` example uses `get_event_loop()`, so the rule is off by default.",
    bad:
      'import asyncio\n\n\nasync def cpu_intensive_task(data: bytes) -> bytes:\n' +
      '    loop = asyncio.get_event_loop()\n    return await loop.run_in_executor(None, bytes, data)\n',
    good:
      'import asyncio\n\n\nasync def cpu_intensive_task(data: bytes) -> bytes:\n' +
      '    loop = asyncio.get_running_loop()\n    return await loop.run_in_executor(None, bytes, data)\n',
    fixSafety:
      'Safe: inside a running coroutine both functions return the same loop. The fix renames `get_event_loop` to ' +
      '`get_running_loop` on the same module (`asyncio.` or its alias); for a bare `get_event_loop()` imported ' +
      'from asyncio it is offered only when `get_running_loop` or the `asyncio` module is already in scope. It is ' +
      'not offered inside a generator expression, whose body may run after the coroutine has moved on, nor when ' +
      'the call has arguments.',
    comparison: 'Neither Ruff nor flake8-async has this check.',
  },
  appliesTo: containsAsyncCode,
  create(context) {
    return blockingCallListeners(context, 'event-loop', { call: 'getEventLoop', configured: 'configuredCall' }, (found) =>
      runningLoopFix(context.semantic, found),
    );
  },
});

function runningLoopFix(semantic: SemanticModel, found: BlockingCall): Fix | undefined {
  if (found.call.childForFieldName('arguments')?.namedChildCount !== 0) return undefined;
  if (insideGeneratorExpression(semantic, found.call.startIndex, found.function)) return undefined;
  const callee = found.callee;
  if (callee.type === 'attribute') {
    const attribute = callee.childForFieldName('attribute');
    if (!attribute) return undefined;
    return makeFix('safe', 'Use `get_running_loop()`', [replaceEdit(attribute.startIndex, attribute.endIndex, RUNNING_LOOP)]);
  }
  const replacement = runningLoopName(semantic, callee);
  if (!replacement) return undefined;
  return makeFix('safe', `Use \`${replacement}()\``, [replaceEdit(callee.startIndex, callee.endIndex, replacement)]);
}

/** A name for `asyncio.get_running_loop` visible at `callee`: an import of it, or of `asyncio`. */
function runningLoopName(semantic: SemanticModel, callee: SyntaxNode): string | undefined {
  const offset = callee.startIndex;
  const visible = semantic.imports.filter((binding) => semantic.lookup(binding.name, offset) === binding);
  const direct = visible.find((binding) => binding.qualifiedName === `asyncio.${RUNNING_LOOP}`);
  if (direct) return direct.name;
  const module = visible.find((binding) => binding.qualifiedName === 'asyncio');
  return module ? `${module.name}.${RUNNING_LOOP}` : undefined;
}

function insideGeneratorExpression(semantic: SemanticModel, offset: number, coroutine: Scope): boolean {
  for (let scope: Scope | undefined = semantic.scopeAt(offset); scope && scope !== coroutine; scope = scope.parent) {
    if (scope.kind === 'comprehension' && scope.node.type === 'generator_expression') return true;
  }
  return false;
}
