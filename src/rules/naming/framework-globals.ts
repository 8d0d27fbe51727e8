// Lower-case module globals that a framework reads by name, and the module facts that show it does.
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Settings } from '../../config/index.js';
import type { SemanticModel } from '../../semantic/index.js';
import type { SourceFile } from '../../syntax/index.js';
import { globToRegExp } from './ignore-names.js';

/** Why a module-level name may stay lower-case: the framework and the fact that shows it. */
export interface FrameworkName {
  readonly framework: string;
}

/** Alembic reads these from every migration script. */
const ALEMBIC_NAMES = ['revision', 'down_revision', 'branch_labels', 'depends_on'];

/** Django reads these from a URLconf (a module defining `urlpatterns`). */
const DJANGO_URLCONF_NAMES = ['app_name', 'handler400', 'handler403', 'handler404', 'handler500'];

/** Names a framework reads from any module: pytest's plugin list, Django's (pre-3.2) app config pointer. */
const ANYWHERE_NAMES: Readonly<Record<string, string>> = {
  pytest_plugins: 'pytest',
  default_app_config: 'Django',
};

/** A configuration file that a framework loads by path and reads setting by setting. */
interface ConfigModule {
  readonly framework: string;
  /** File names the framework loads by default or by convention. */
  readonly fileNames: readonly string[];
  /** Its setting names (fnmatch patterns for extension families such as Sphinx's `html_*`). */
  readonly settings: readonly string[];
  /** Names of which a file found by its name alone must bind one (a `conf.py` is not always Sphinx's). */
  readonly markers?: readonly string[];
}

const CONFIG_MODULES: readonly ConfigModule[] = [
  {
    framework: 'gunicorn',
    fileNames: ['gunicorn.conf.py', 'gunicorn_conf.py', 'gunicorn_config.py'],
    settings: [
      'bind', 'backlog', 'workers', 'worker_class', 'threads', 'worker_connections', 'max_requests', 'max_requests_jitter',
      'timeout', 'graceful_timeout', 'keepalive', 'loglevel', 'accesslog', 'errorlog', 'access_log_format', 'logconfig',
      'preload_app', 'reload', 'reload_engine', 'daemon', 'pidfile', 'user', 'group', 'umask', 'proc_name', 'chdir',
      'wsgi_app', 'limit_request_line', 'limit_request_fields', 'limit_request_field_size', 'forwarded_allow_ips',
      'proxy_allow_ips', 'capture_output', 'syslog', 'syslog_addr', 'statsd_host', 'statsd_prefix', 'worker_tmp_dir',
      'certfile', 'keyfile', 'ca_certs', 'ssl_version', 'cert_reqs', 'spew', 'sendfile', 'reuse_port', 'tmp_upload_dir',
      'pythonpath', 'enable_stdio_inheritance', 'disable_redirect_access_to_syslog', 'dogstatsd_tags', 'strip_header_spaces',
    ],
  },
  {
    framework: 'Celery',
    fileNames: ['celeryconfig.py', 'celery_config.py', 'celeryconf.py'],
    settings: [
      'broker_url', 'broker_*', 'result_backend', 'result_*', 'task_*', 'worker_*', 'beat_*', 'accept_content',
      'timezone', 'enable_utc', 'imports', 'include', 'redis_*', 'cache_backend', 'database_*', 'event_*', 'security_*',
    ],
  },
  {
    framework: 'Sphinx',
    fileNames: ['conf.py'],
    settings: [
      'project', 'copyright', 'author', 'version', 'release', 'master_doc', 'root_doc', 'language', 'pygments_style',
      'source_suffix', 'today_fmt', 'default_role', 'primary_domain', 'highlight_language', 'needs_sphinx', 'nitpicky',
      'numfig', 'add_module_names', 'html_*', 'latex_*', 'epub_*', 'texinfo_*', 'man_*', 'autodoc_*', 'autoclass_*',
      'autosummary_*', 'napoleon_*', 'intersphinx_*', 'todo_*', 'htmlhelp_*', 'extensions', 'templates_path',
      'exclude_patterns', 'suppress_warnings',
    ],
    markers: ['extensions', 'project', 'html_theme'],
  },
];

const settingPatterns = new Map<ConfigModule, RegExp[]>();
function isSetting(config: ConfigModule, name: string): boolean {
  let patterns = settingPatterns.get(config);
  if (!patterns) {
    patterns = config.settings.map(globToRegExp);
    settingPatterns.set(config, patterns);
  }
  return patterns.some((pattern) => pattern.test(name));
}

const migrationMatchers = new WeakMap<Settings, Ignore>();
function isInMigrationFolder(source: SourceFile, settings: Settings): boolean {
  const folders = settings.naming.migrationFolders;
  if (folders.length === 0 || !source.absolutePath) return false;
  const relative = path.relative(settings.projectRoot, source.absolutePath).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return false;
  let matcher = migrationMatchers.get(settings);
  if (!matcher) {
    matcher = ignore().add([...folders]);
    migrationMatchers.set(settings, matcher);
  }
  return matcher.ignores(relative);
}

/**
 * The lower-case module-level names of this module that a framework reads by name, with the
 * framework: Alembic's in a migration script (a module binding both `revision` and
 * `down_revision`, or any module under `naming.migration-folders`), Django's in a URLconf (a
 * module binding `urlpatterns`), pytest's and Django's anywhere, and the settings of a gunicorn,
 * Celery or Sphinx configuration file: one with the framework's conventional file name, or one
 * whose lower-case constants (`candidates`) are, two or more of them and all of them, that
 * framework's settings.
 */
export function frameworkNames(
  semantic: SemanticModel,
  source: SourceFile,
  settings: Settings,
  candidates: readonly string[],
): ReadonlyMap<string, FrameworkName> {
  const found = new Map<string, FrameworkName>();
  const bound = semantic.module.bindings;
  const add = (names: readonly string[], framework: string): void => {
    for (const name of names) if (bound.has(name)) found.set(name, { framework });
  };
  if ((bound.has('revision') && bound.has('down_revision')) || isInMigrationFolder(source, settings)) add(ALEMBIC_NAMES, 'Alembic');
  if (bound.has('urlpatterns')) add(DJANGO_URLCONF_NAMES, 'Django');
  for (const [name, framework] of Object.entries(ANYWHERE_NAMES)) add([name], framework);
  const fileName = path.basename(source.path);
  for (const config of CONFIG_MODULES) {
    const settingsHere = candidates.filter((name) => isSetting(config, name));
    const markers = config.markers;
    const byFileName = config.fileNames.includes(fileName) && (!markers || markers.some((name) => bound.has(name)));
    const isConfigFile = byFileName || (settingsHere.length >= 2 && settingsHere.length === candidates.length);
    if (isConfigFile) add(settingsHere, config.framework);
  }
  return found;
}
