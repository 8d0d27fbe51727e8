// Findings as the MCP tools return them: position, rule, section of the standard and fix, as data.
import { z } from 'zod';
import { RULES, type Finding, type Rule } from '../../api/index.js';
import { partForRuleSection, sectionUri } from '../../standards/library.js';
import { ruleUri } from '../../standards/render.js';
import { fixKind } from '../../standards/rule-docs.js';
import { ToolError } from './types.js';

/** Largest `code` argument, in characters. */
export const MAX_CODE_CHARS = 200_000;

export const codeArgument = z
  .string()
  .max(MAX_CODE_CHARS, `code is limited to ${MAX_CODE_CHARS} characters`)
  .describe(`Python source code (at most ${MAX_CODE_CHARS} characters). It is only read, never written anywhere.`);

export const filenameArgument = z
  .string()
  .min(1)
  .max(255)
  .optional()
  .describe('File name the code stands for, ending in .py or .pyi (default snippet.py); the module-name rule checks it.');

export const findingSchema = z.object({
  code: z.string().describe('Rule code, e.g. ASY001.'),
  rule: z.string().describe('Rule name.'),
  message: z.string(),
  filename: z.string(),
  line: z.number().int().describe('1-based line of the start.'),
  column: z.number().int().describe('1-based column of the start, in characters.'),
  end_line: z.number().int(),
  end_column: z.number().int(),
  section: z.string().describe('Id of the section of the standards that requires this.'),
  section_title: z.string(),
  fix: z
    .object({
      applicability: z.enum(['safe', 'unsafe', 'display-only']).describe('safe: applied by fix_python_code; unsafe: only with unsafe=true.'),
      message: z.string(),
    })
    .nullable()
    .describe('The available fix, or null.'),
  standards_uri: z.string().describe('Resource with the section of the standards.'),
  rule_uri: z.string().describe('Resource with the rule documentation.'),
  docs_url: z.string(),
});
export type ToolFinding = z.output<typeof findingSchema>;

export const summarySchema = z.object({
  total: z.number().int(),
  fixable: z.number().int().describe('Findings with a safe fix.'),
  fixable_unsafe: z.number().int().describe('Findings whose fix is applied only with unsafe=true.'),
});

export function toToolFinding(finding: Finding): ToolFinding {
  const section = partForRuleSection(finding.section);
  return {
    code: finding.code,
    rule: finding.rule,
    message: finding.message,
    filename: finding.filename,
    line: finding.location.row,
    column: finding.location.column,
    end_line: finding.endLocation.row,
    end_column: finding.endLocation.column,
    section,
    section_title: finding.sectionTitle,
    fix: finding.fix ? { applicability: finding.fix.applicability, message: finding.fix.message } : null,
    standards_uri: sectionUri(section),
    rule_uri: ruleUri(finding.code),
    docs_url: finding.url,
  };
}

export function summarize(findings: readonly ToolFinding[]): z.output<typeof summarySchema> {
  return {
    total: findings.length,
    fixable: findings.filter((f) => f.fix?.applicability === 'safe').length,
    fixable_unsafe: findings.filter((f) => f.fix?.applicability === 'unsafe').length,
  };
}

/** A rule as listings show it. */
export const ruleSummarySchema = z.object({
  code: z.string(),
  name: z.string(),
  summary: z.string(),
  section: z.string().describe('Id of the section of the standards the rule enforces.'),
  default_enabled: z.boolean(),
  fix: z.string().describe('none, safe or unsafe.'),
  equivalents: z.array(z.string()).describe('Codes of Ruff / flake8 rules it matches; accepted in # noqa.'),
  uri: z.string(),
});

export function toRuleSummary(rule: Rule): z.output<typeof ruleSummarySchema> {
  return {
    code: rule.code,
    name: rule.name,
    summary: rule.docs.summary,
    section: partForRuleSection(rule.section),
    default_enabled: rule.defaultEnabled,
    fix: fixKind(rule),
    equivalents: [...rule.equivalents],
    uri: ruleUri(rule.code),
  };
}

/** A rule by its code or by an equivalent code of another tool (N801 → NAM002). */
export function findRule(code: string): Rule | undefined {
  const wanted = code.trim().toUpperCase();
  return RULES.find((rule) => rule.code === wanted) ?? RULES.find((rule) => rule.equivalents.includes(wanted));
}

/** Checks a file name argument; throws a message for the caller otherwise. */
export function checkFilename(filename: string | undefined): string {
  const name = filename ?? 'snippet.py';
  if (!/\.pyi?$/.test(name)) throw new ToolError(`filename must end in .py or .pyi, got "${name}"`);
  return name;
}
