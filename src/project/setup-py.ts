// `python_requires=` from a setup.py's `setup(...)` call, read from the syntax tree.
import { readConstraint, type ConstraintReading } from '../config/index.js';
import { collectNodes, parsePython, type SyntaxNode } from '../syntax/index.js';
import type { ProjectFile, PythonDeclaration } from './project.js';

const notALiteral: ConstraintReading = { ok: false, reason: 'it is not a string literal, so it cannot be checked' };

/** `python_requires` keyword arguments of `setup(...)` / `setuptools.setup(...)` calls. */
export function readSetupPy(file: ProjectFile): PythonDeclaration[] {
  if (!file.text.includes('python_requires')) return [];
  const tree = parsePython(file.text);
  const found: PythonDeclaration[] = [];
  for (const argument of collectNodes(tree.rootNode, ['keyword_argument'])) {
    if (argument.childForFieldName('name')?.text !== 'python_requires' || !isSetupCall(argument.parent?.parent)) continue;
    const value = argument.childForFieldName('value');
    if (!value) continue;
    const span = { start: argument.startIndex, end: argument.endIndex };
    const literal = stringLiteral(value);
    found.push({
      source: 'setup.py',
      file,
      span,
      value: literal ?? value.text,
      reading: literal === undefined ? notALiteral : readConstraint(literal, 'pep440'),
    });
  }
  return found;
}

function isSetupCall(node: SyntaxNode | null | undefined): boolean {
  if (node?.type !== 'call') return false;
  const callee = node.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text === 'setup';
  return callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'setup';
}

/** The content of a plain string literal (`">=3.12"`), or undefined for anything else. */
function stringLiteral(node: SyntaxNode): string | undefined {
  if (node.type !== 'string') return undefined;
  const parts = node.namedChildren;
  const start = parts[0];
  if (start?.type !== 'string_start' || /[fFbB]/.test(start.text)) return undefined;
  if (!parts.every((part) => part.type === 'string_start' || part.type === 'string_content' || part.type === 'string_end')) return undefined;
  return parts.filter((part) => part.type === 'string_content').map((part) => part.text).join('');
}
