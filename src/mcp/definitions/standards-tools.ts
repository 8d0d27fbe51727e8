// Tools that serve the standards text and the rule catalog.
import { z } from 'zod';
import { RULES, SECTIONS, ruleUrl, type SectionId } from '../../api/index.js';
import {
  STANDARD_ID,
  STANDARD_TITLE,
  STANDARD_URI,
  STANDARD_VERSION,
  partForRuleSection,
  sectionUri,
  type StandardsLibrary,
} from '../../standards/library.js';
import { namedSections, rankSections } from '../../standards/relevance.js';
import { ruleUri } from '../../standards/render.js';
import { renderRuleDoc } from '../../standards/rule-docs.js';
import type { StandardsSection } from '../../standards/types.js';
import { findRule, ruleSummarySchema, toRuleSummary } from './findings.js';
import { READ_ONLY, ToolError, defineTool } from './types.js';

const FORMATS = ['markdown', 'json'] as const;
const MAX_TASK_CHARS = 4000;

const standardSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.string(),
  sha256: z.string().describe('SHA-256 of the whole document as served (standards://python-backend).'),
  uri: z.string(),
});

const exampleSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['good', 'bad']),
  language: z.enum(['python', 'toml']),
  filename: z.string(),
  code: z.string(),
  codes: z.array(z.string()).describe('Rule codes pystandards reports on it (empty for good examples).'),
});

const sectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  origin: z.enum(['built-in', 'team', 'team-replaced']),
  uri: z.string(),
  markdown: z.string(),
  rules: z.array(ruleSummarySchema),
  examples: z.array(exampleSchema),
});

function standardOf(library: StandardsLibrary): z.output<typeof standardSchema> {
  return { id: STANDARD_ID, title: STANDARD_TITLE, version: STANDARD_VERSION, sha256: library.sha256, uri: STANDARD_URI };
}

function sectionData(section: StandardsSection): z.output<typeof sectionSchema> {
  return {
    id: section.id,
    title: section.title,
    summary: section.summary,
    origin: section.origin,
    uri: sectionUri(section.id),
    markdown: section.markdown,
    rules: section.rules.map(toRuleSummary),
    examples: section.examples.map((example) => ({ ...example, codes: [...example.codes] })),
  };
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(', ');
}

export const getEngineeringStandards = defineTool({
  name: 'get_engineering_standards',
  title: 'Get the engineering standards',
  description:
    'Returns the Python Backend Standards, whole or one section, with the rules that check each section. ' +
    'Call it before writing or reviewing Python backend code. section: "all" (default), "overview", "python" ' +
    '(every Python part), a part ("environment", "imports", "type_hints", "async", "errors", "naming") or a ' +
    'section your team added. format: "markdown" (default; the text content is the markdown) or "json" (the text ' +
    'content is the structured result as JSON).',
  input: z.object({
    section: z.string().max(100).optional().describe('all (default), overview, python, a part id, or a team section id.'),
    format: z.string().max(40).optional().describe('markdown (default) or json.'),
  }),
  output: z.object({
    standard: standardSchema,
    section: z.string(),
    format: z.enum(FORMATS),
    sections: z.array(sectionSchema),
    available_sections: z.array(z.string()),
  }),
  annotations: READ_ONLY,
  async run({ section, format }, { library }) {
    const wanted = (section ?? 'all').trim().toLowerCase() || 'all';
    const chosenFormat = (format ?? 'markdown').trim().toLowerCase() || 'markdown';
    if (!(FORMATS as readonly string[]).includes(chosenFormat)) {
      throw new ToolError(`Unknown format "${format}". Available formats: ${quoteList(FORMATS)}.`);
    }
    const sections = library.select(wanted);
    if (!sections) throw new ToolError(`Unknown section "${section}". Available sections: ${quoteList(library.selectors)}.`);
    const data = {
      standard: standardOf(library),
      section: wanted,
      format: chosenFormat as (typeof FORMATS)[number],
      sections: sections.map(sectionData),
      available_sections: [...library.selectors],
    };
    const markdown = wanted === 'all' ? library.markdown : sections.map((s) => s.markdown).join('\n');
    return { data, text: chosenFormat === 'json' ? JSON.stringify(data, null, 2) : markdown };
  },
});

export const loadRelevantStandards = defineTool({
  name: 'load_relevant_standards',
  title: 'Load the standards relevant to a task',
  description:
    'Ranks the sections of the standards (and their rules) by relevance to a task description and returns the ' +
    'relevant sections with the rule codes that apply. Offline and deterministic. Call it at the start of a ' +
    'coding task, e.g. task="add an async endpoint that calls the payment API and returns 404 when the customer is missing".',
  input: z.object({
    task: z.string().min(1).max(MAX_TASK_CHARS).describe('What you are about to build or change, in plain words.'),
  }),
  output: z.object({
    task: z.string(),
    standard: standardSchema,
    sections: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        score: z.number().int(),
        matched: z.array(z.string()).describe('Words of the task (or rule codes) that matched the section.'),
        uri: z.string(),
        rules: z.array(z.string()).describe('Codes of the rules that check this section, most relevant first.'),
        markdown: z
          .string()
          .nullable()
          .describe('The section text; null for a section that applies to every change but that the task does not name (read it at uri).'),
      }),
    ),
    rule_codes: z.array(z.string()).describe('Every rule code that applies, in ranking order.'),
  }),
  annotations: READ_ONLY,
  async run({ task }, { library }) {
    const ranked = rankSections(library.sections, task);
    const withText = new Set(namedSections(ranked).map((entry) => entry.section.id));
    const sections = ranked.map(({ section, score, matched, rules }) => ({
      id: section.id,
      title: section.title,
      score,
      matched: [...matched],
      uri: sectionUri(section.id),
      rules: rules.map((entry) => entry.rule.code),
      markdown: withText.has(section.id) ? section.markdown : null,
    }));
    const ruleCodes = sections.flatMap((section) => section.rules);
    const data = { task, standard: standardOf(library), sections, rule_codes: ruleCodes };
    const ranking = sections.map(
      (s) => `- **${s.title}** (\`${s.id}\`, score ${s.score}${s.matched.length ? `: ${s.matched.join(', ')}` : `; applies to every change, see ${s.uri}`})`,
    );
    const text = [
      `# Standards relevant to the task`,
      '',
      `Task: ${task}`,
      '',
      ...(sections.length > 0 ? ranking : ['No section matched; read `standards://python-backend/overview`.']),
      '',
      `Rule codes that apply: ${ruleCodes.length > 0 ? ruleCodes.join(', ') : 'none'}`,
      '',
      ...sections.flatMap((s) => (s.markdown === null ? [] : [s.markdown])),
    ].join('\n');
    return { data, text };
  },
});

export const explainRule = defineTool({
  name: 'explain_rule',
  title: 'Explain a rule',
  description:
    'Returns the documentation of one rule: what it flags, why, a bad and a good example, fix safety and how to ' +
    'suppress it. Accepts our codes (ASY001) and the equivalent Ruff / flake8 codes (N801).',
  input: z.object({ code: z.string().min(1).max(20).describe('Rule code, e.g. ERR004 or N818.') }),
  output: z.object({
    code: z.string(),
    name: z.string(),
    summary: z.string(),
    section: z.string(),
    section_title: z.string(),
    standards_uri: z.string(),
    default_enabled: z.boolean(),
    fix: z.string(),
    equivalents: z.array(z.string()),
    uri: z.string(),
    docs_url: z.string(),
    markdown: z.string(),
  }),
  annotations: READ_ONLY,
  async run({ code }) {
    const rule = findRule(code);
    if (!rule) throw new ToolError(`Unknown rule code "${code}". Available codes: ${RULES.map((r) => r.code).join(', ')}.`);
    const summary = toRuleSummary(rule);
    const markdown = renderRuleDoc(rule);
    const data = {
      code: rule.code,
      name: rule.name,
      summary: rule.docs.summary,
      section: summary.section,
      section_title: SECTIONS[rule.section],
      standards_uri: sectionUri(summary.section),
      default_enabled: rule.defaultEnabled,
      fix: summary.fix,
      equivalents: summary.equivalents,
      uri: ruleUri(rule.code),
      docs_url: ruleUrl(rule.code),
      markdown,
    };
    return { data, text: markdown };
  },
});

/** Section names list_rules accepts: rule sections, plus `overview` for the syntax rule. */
function ruleSectionsFor(section: string): readonly SectionId[] | undefined {
  if ((Object.keys(SECTIONS) as string[]).includes(section)) return [section as SectionId];
  const matching = (Object.keys(SECTIONS) as SectionId[]).filter((id) => partForRuleSection(id) === section);
  return matching.length > 0 ? matching : undefined;
}

export const listRules = defineTool({
  name: 'list_rules',
  title: 'List the rules',
  description:
    'Lists every rule pystandards checks (code, name, summary, section, default, fix), in catalog order, ' +
    'optionally only one section\'s ("async", "errors", "naming", "type_hints", "imports", "environment", "overview").',
  input: z.object({
    section: z.string().max(100).optional().describe('Only the rules of this section (default: all).'),
  }),
  output: z.object({ section: z.string(), rules: z.array(ruleSummarySchema) }),
  annotations: READ_ONLY,
  async run({ section }) {
    const wanted = (section ?? 'all').trim().toLowerCase() || 'all';
    let rules = RULES;
    if (wanted !== 'all') {
      const sections = ruleSectionsFor(wanted);
      if (!sections) {
        const available = ['all', 'overview', ...Object.keys(SECTIONS).filter((id) => id !== 'syntax')];
        throw new ToolError(`Unknown section "${section}". Available sections: ${quoteList(available)}.`);
      }
      rules = RULES.filter((rule) => sections.includes(rule.section));
    }
    const data = { section: wanted, rules: rules.map(toRuleSummary) };
    return { data, text: JSON.stringify(data, null, 2) };
  },
});
