// NAM001: module and package names must be snake_case (N999, applied to every file).
import path from 'node:path';
import { defineRule } from '../../linter/index.js';
import { isIgnoredName } from './ignore-names.js';

const SNAKE_MODULE = /^[_a-z][_a-z0-9]*$/;
const MIGRATION_MODULE = /^[_a-z0-9][_a-z0-9]*$/;
const MIGRATION_FOLDERS = new Set(['migrations', 'versions']);
const PYTHON_KEYWORDS = new Set(`False None True and as assert async await break class continue def del elif else
except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield`.split(/\s+/));

export default defineRule({
  code: 'NAM001',
  name: 'invalid-module-name',
  section: 'naming',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: ['N999'],
  messages: {
    module: 'Module name `{{name}}` should be snake_case',
    package: 'Package name `{{name}}` should be snake_case',
  },
  docs: {
    summary: 'Enforce snake_case module and package names.',
    what:
      'Checks the name of every Python file (the file stem) and, for `__init__.py`, the name of its package folder. ' +
      'A valid name matches `^[_a-z][_a-z0-9]*$` and is not a Python keyword. Files under a `migrations/` or ' +
      '`versions/` folder (Django, Alembic) may start with a digit or a hex revision, as in `0001_initial.py`.',
    why:
      'The standards name modules in snake_case (`customer_service.py`). A module named `CustomerService.py` or ' +
      '`customer-service.py` either cannot be imported at all or reads like a class.',
    bad: '# file: CustomerService.py\nSERVICE_NAME = "customers"\n',
    good: '# file: customer_service.py\nSERVICE_NAME = "customers"\n',
    filenames: { bad: 'CustomerService.py', good: 'customer_service.py' },
    comparison:
      "Ruff's N999 checks only files inside a package (a folder chain with `__init__.py`); NAM001 checks every file, " +
      'because scripts and top-level modules are imported too. The migration-folder exemption is the same.',
    options: ['naming.ignore-names', 'naming.extend-ignore-names'],
  },
  create(context) {
    return {
      module(root) {
        const file = context.source.path;
        if (!file || file === '-') return;
        const parsed = path.parse(file);
        const isPackage = parsed.name === '__init__';
        const name = isPackage ? path.basename(parsed.dir === '' ? path.resolve('.') : path.resolve(parsed.dir)) : parsed.name;
        if (isValidModuleName(name, path.basename(path.dirname(path.resolve(file)))) || isIgnoredName(context.settings, name)) return;
        context.report({ range: { start: root.startIndex, end: root.startIndex }, messageId: isPackage ? 'package' : 'module', data: { name } });
      },
    };
  },
});

function isValidModuleName(name: string, folder: string): boolean {
  if (PYTHON_KEYWORDS.has(name)) return false;
  if (SNAKE_MODULE.test(name)) return true;
  return MIGRATION_FOLDERS.has(folder) && MIGRATION_MODULE.test(name);
}
