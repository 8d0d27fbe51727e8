// Resources: the whole document, each section (template), the index, and each rule's page (template).
import { RULES } from '../../api/index.js';
import { STANDARD_TITLE, STANDARD_URI, sectionUri } from '../../standards/library.js';
import { ruleUri } from '../../standards/render.js';
import { renderRuleDoc } from '../../standards/rule-docs.js';
import { findRule } from './findings.js';
import { NotFoundError, type StaticResource, type TemplateResource } from './types.js';

const MARKDOWN = 'text/markdown';

export const wholeDocument: StaticResource = {
  name: 'python-backend-standards',
  uri: STANDARD_URI,
  title: STANDARD_TITLE,
  description: 'The whole standards document: every section with its guidance, examples and the rules that check it.',
  mimeType: MARKDOWN,
  read: ({ library }) => library.markdown,
};

export const standardsIndex: StaticResource = {
  name: 'standards-index',
  uri: 'standards://index',
  title: 'Standards index',
  description: 'The sections held (id, title, origin, uri, rules), the standards version and the SHA-256 of the document.',
  mimeType: 'application/json',
  read: ({ library }) => `${JSON.stringify(library.index(), null, 2)}\n`,
};

export const STATIC_RESOURCES: readonly StaticResource[] = [wholeDocument, standardsIndex];

export const standardsSection: TemplateResource = {
  name: 'standards-section',
  uriTemplate: `${STANDARD_URI}/{part}`,
  variable: 'part',
  title: 'A section of the standards',
  description: 'One section of the standards by id: overview, environment, imports, type_hints, async, errors, naming, or a team section.',
  mimeType: MARKDOWN,
  list: ({ library }) =>
    library.sections.map((section) => ({
      uri: sectionUri(section.id),
      name: `standards-${section.id}`,
      title: `${STANDARD_TITLE}: ${section.title}`,
      description: section.summary,
    })),
  complete: (prefix, { library }) => library.sections.map((s) => s.id).filter((id) => id.startsWith(prefix.toLowerCase())),
  read: (part, { library }) => {
    const section = library.section(decodeURIComponent(part).toLowerCase());
    if (!section) throw new NotFoundError(sectionUri(part));
    return section.markdown;
  },
};

export const rulePage: TemplateResource = {
  name: 'rule',
  uriTemplate: 'rules://{code}',
  variable: 'code',
  title: 'A rule\'s documentation',
  description: 'The documentation page of one rule by code (e.g. rules://ERR004): what it flags, why, examples, fix safety.',
  mimeType: MARKDOWN,
  list: () =>
    RULES.map((rule) => ({ uri: ruleUri(rule.code), name: `rule-${rule.code}`, title: `${rule.code}: ${rule.name}`, description: rule.docs.summary })),
  complete: (prefix) => RULES.map((rule) => rule.code).filter((code) => code.startsWith(prefix.toUpperCase())),
  read: (code) => {
    const rule = findRule(decodeURIComponent(code));
    if (!rule) throw new NotFoundError(ruleUri(code));
    return `${renderRuleDoc(rule)}\n`;
  },
};

export const TEMPLATE_RESOURCES: readonly TemplateResource[] = [standardsSection, rulePage];
