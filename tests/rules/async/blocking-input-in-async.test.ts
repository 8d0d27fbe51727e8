import rule from '../../../src/rules/async/blocking-input-in-async.js';
import { py } from '../../harness/py.js';
import { testRule } from '../../harness/rule-tester.js';

const ADVICE = 'use `await asyncio.to_thread(input, ...)`';

testRule(rule, {
  valid: [
    {
      name: 'input passed to to_thread',
      code: py`
        import asyncio

        async def ask() -> str:
            return await asyncio.to_thread(input, "> ")
      `,
    },
    {
      name: 'input in a lambda (ruff#23425)',
      code: py`
        import asyncio

        async def ask() -> str:
            return await asyncio.to_thread(lambda: input("> "))
      `,
    },
    {
      name: 'a local input function shadows the builtin',
      code: py`
        async def ask() -> str:
            def input(prompt: str) -> str:
                return prompt
            return input("> ")
      `,
    },
    {
      name: 'module-level input shadowing',
      code: py`
        from prompt_toolkit import prompt as input

        async def ask() -> str:
            return input("> ")
      `,
    },
    { name: 'input at module level', code: 'name = input("> ")\n' },
  ],
  invalid: [
    {
      name: 'input()',
      code: py`
        async def ask() -> str:
            return input("> ")
      `,
      errors: [{ messageId: 'blockingInput', line: 2, column: 12, endColumn: 17, data: { call: 'input', function: 'ask', advice: ADVICE } }],
    },
    {
      name: 'input in a generator expression',
      code: py`
        async def ask(prompts: list[str]) -> list[str]:
            return list(input(p) for p in prompts)
      `,
      errors: [{ messageId: 'blockingInput', line: 2, column: 17, data: { call: 'input', function: 'ask', advice: ADVICE } }],
    },
    {
      name: 'builtins.input',
      code: py`
        import builtins

        async def ask() -> str:
            return builtins.input("> ")
      `,
      errors: [{ messageId: 'blockingInput', line: 4, column: 12, data: { call: 'input', function: 'ask', advice: ADVICE } }],
    },
  ],
});
