// Prompts: follow the standards on a task, and review code against them.
import { z } from 'zod';
import { sectionUri } from '../../standards/library.js';
import { namedSections, rankSections } from '../../standards/relevance.js';
import type { StandardsSection } from '../../standards/types.js';
import { MAX_CODE_CHARS, toToolFinding } from './findings.js';
import { definePrompt, type AnyPrompt, type PromptMessage } from './types.js';

function embedded(section: StandardsSection): PromptMessage {
  return { role: 'user', content: { type: 'resource', resource: { uri: sectionUri(section.id), mimeType: 'text/markdown', text: section.markdown } } };
}

export const followStandards = definePrompt({
  name: 'follow_standards',
  title: 'Follow the standards on a task',
  description: 'Instructions for a coding task, with the sections of the standards relevant to it embedded.',
  args: z.object({ task: z.string().min(1).max(4000).describe('The task, in plain words.') }),
  async render({ task }, { library }) {
    const ranked = rankSections(library.sections, task);
    const sections = ranked.length > 0 ? namedSections(ranked).map((entry) => entry.section) : library.sections.slice(0, 1);
    const alsoApply = ranked.map((entry) => entry.section).filter((section) => !sections.includes(section));
    const codes = ranked.flatMap((entry) => entry.rules.map((r) => r.rule.code));
    const instructions = [
      `Task: ${task}`,
      '',
      'Write the code for this task following our Python Backend Standards. The relevant sections are attached, most relevant first:',
      ...sections.map((section) => `- ${section.title} (${sectionUri(section.id)})`),
      ...(alsoApply.length > 0 ? ['', 'These apply to every change too (read them if you need to):', ...alsoApply.map((s) => `- ${s.title} (${sectionUri(s.id)})`)] : []),
      '',
      codes.length > 0 ? `Rules that apply: ${codes.join(', ')}.` : 'No specific rules matched; the overview applies.',
      '',
      'Before you hand the code over:',
      '1. Call check_python_code on every Python file you wrote or changed.',
      '2. Call fix_python_code to apply the safe fixes, and fix the remaining findings by hand.',
      '3. Check again until nothing is reported, or explain why a finding is acceptable (and suppress it with `# noqa: CODE`).',
    ].join('\n');
    return {
      description: `Follow the standards: ${task.length > 80 ? `${task.slice(0, 79)}…` : task}`,
      messages: [{ role: 'user', content: { type: 'text', text: instructions } }, ...sections.map(embedded)],
    };
  },
});

export const reviewCode = definePrompt({
  name: 'review_code',
  title: 'Review code against the standards',
  description: 'Checks the code, then asks for a review that explains each finding by its section and applies the safe fixes.',
  args: z.object({ code: z.string().min(1).max(MAX_CODE_CHARS).describe('The Python code to review.') }),
  async render({ code }, { library, runner }) {
    let findingLines: string[];
    let sectionIds: string[] = [];
    try {
      const result = await runner.check(code, { filename: 'snippet.py' });
      const findings = result.findings.map(toToolFinding);
      sectionIds = [...new Set(findings.map((f) => f.section))];
      findingLines =
        findings.length > 0
          ? findings.map((f) => `- ${f.line}:${f.column} ${f.code} ${f.message} [${f.section}${f.fix ? `; ${f.fix.applicability} fix` : ''}]`)
          : ['- No findings.'];
    } catch (error) {
      findingLines = [`- The check could not run here (${error instanceof Error ? error.message : String(error)}); call check_python_code.`];
    }
    const sections = library.sections.filter((section) => sectionIds.includes(section.id));
    const text = [
      'Review this Python code against our Python Backend Standards.',
      '',
      '```python',
      code.trimEnd(),
      '```',
      '',
      'pystandards reported:',
      ...findingLines,
      '',
      'Steps:',
      '1. Call check_python_code on the code (it returns each finding with its section and fix).',
      '2. For each finding, explain which section of the standards requires the change and why (the sections are attached).',
      '3. Call fix_python_code to apply the safe fixes, show the diff, then fix what remains by hand.',
      '4. Point out anything else the standards ask for that no rule checks.',
    ].join('\n');
    return { description: 'Review code against the standards', messages: [{ role: 'user', content: { type: 'text', text } }, ...sections.map(embedded)] };
  },
});

export const PROMPTS: readonly AnyPrompt[] = [followStandards, reviewCode];
