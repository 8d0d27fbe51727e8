// Part "overview": what the standards cover and how they are applied and checked.
import type { BuiltInPart } from '../types.js';

export const overview: BuiltInPart = {
  id: 'overview',
  title: 'Overview',
  summary: 'What these standards cover, how they are organised, and how code is checked against them.',
  body: `These standards describe how we write Python backend services: web APIs and workers built
on FastAPI, pydantic and SQLAlchemy, running on a recent CPython. They exist so that any engineer,
or any coding assistant, can open a module in any of our services and find it written the same
way: the same interpreter and tooling, the same import layout, explicit types, an event loop that
is never blocked, errors that are specific and never leak internals, and names that say what a
thing is.

Each part below states what we ask for and why, shows a short good and bad example, and lists
the rules that check it. The rules are part of the standard: every finding names its rule code
and the section of this document that requires it, so a finding can always be traced back to a
sentence here.

How to apply the standards:

- **Before writing code**, read the sections that matter for the task. An assistant connected to
  the pystandards MCP server calls \`load_relevant_standards\` with a description of the task.
- **Before handing code over**, check it: \`pystandards check\` on the command line, or the
  \`check_python_code\` tool. Apply the safe fixes with \`pystandards check --fix\` or
  \`fix_python_code\`; fix the rest by hand.
- **When a rule does not fit a line**, suppress it on that line with \`# noqa: CODE\` and say why
  in a comment. When it does not fit a project, turn it off in \`[tool.pystandards]\`. Rules that
  are off by default are opt-in stricter checks.

Teams can add sections of their own (testing, security, their domain's conventions) or replace
the text of a built-in section with a folder of markdown files (\`standards-dir\` in
\`[tool.pystandards]\`, or \`--standards DIR\`). A replaced section keeps its list of rules,
because the checker keeps enforcing them.

Every file must also parse: code that is not valid Python is reported before any other rule
runs, and nothing else is checked in the damaged region.`,
  examples: [],
  ruleSections: ['syntax'],
  keywords: {
    strong: ['standard', 'standards', 'guideline', 'guidelines', 'convention', 'conventions', 'overview', 'review', 'checklist', 'policy'],
    weak: ['syntax', 'parse', 'noqa', 'suppress', 'lint', 'linter', 'check', 'quality'],
  },
};
