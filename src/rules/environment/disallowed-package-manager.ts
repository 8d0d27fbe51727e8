// ENV002: the project's packages must be managed with pip or poetry (or the configured managers).
import { defineRule } from '../../linter/index.js';

export default defineRule({
  code: 'ENV002',
  name: 'disallowed-package-manager',
  section: 'environment',
  defaultEnabled: true,
  fixAvailability: 'never',
  equivalents: [],
  messages: {
    disallowed: 'The project is managed by {{manager}} (`{{evidence}}`); the standards allow {{allowed}}',
  },
  docs: {
    summary: 'Disallow package managers other than pip and poetry.',
    what:
      'Looks in the project folder for the files that only another manager writes: `Pipfile`/`Pipfile.lock` ' +
      '(pipenv), `environment.yml`/`conda-lock.yml` (conda), `pdm.lock`/`pdm.toml` (pdm), `uv.lock` (uv), ' +
      '`hatch.toml` (hatch), `pixi.toml`/`pixi.lock` (pixi), `requirements.lock` (rye). Each manager outside ' +
      '`allowed-managers` is reported once, on its first file. pip is recognized by `requirements*.txt`, poetry ' +
      'by `poetry.lock` or `[tool.poetry]`, so either can be disallowed too.\n\n' +
      'A `[tool.*]` table alone (`[tool.pdm.build]`, `[tool.uv]`, `[tool.hatch]`) is not reported: those ' +
      'configure build back ends and tool options that work under pip as well; a lock file or manifest is what ' +
      'shows a manager owns the environment.',
    why:
      'The standards name pip and poetry as the package managers. One manager per team means one lock format, ' +
      'one install command in CI and Dockerfiles, and dependency updates that everyone knows how to review.',
    bad: '[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\nfastapi = "*"\n',
    good: 'fastapi>=0.110\n',
    filenames: { bad: 'Pipfile', good: 'requirements.txt' },
    options: ['environment.allowed-managers'],
  },
  checkProject({ project, settings, report }) {
    const allowed = new Set<string>(settings.environment.allowedManagers);
    const reported = new Set<string>();
    for (const evidence of project.managers) {
      if (allowed.has(evidence.manager) || reported.has(evidence.manager)) continue;
      reported.add(evidence.manager);
      report({
        file: evidence.file,
        span: evidence.span,
        messageId: 'disallowed',
        data: { manager: evidence.manager, evidence: evidence.label, allowed: allowedList(settings.environment.allowedManagers) },
      });
    }
  },
});

/** `pip or poetry`, `pip, poetry or uv`. */
function allowedList(managers: readonly string[]): string {
  if (managers.length === 0) return 'no package manager';
  if (managers.length === 1) return `only ${managers[0]}`;
  return `${managers.slice(0, -1).join(', ')} or ${managers[managers.length - 1]}`;
}
