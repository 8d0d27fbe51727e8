// Usage text for each command.

export const MAIN_HELP = `pystandards — check Python code against your team's backend standards

Usage:
  pystandards check [PATHS...] [options]   Check files and folders (default: .)
  pystandards rules [--output-format json] List every rule
  pystandards explain CODE                 Show a rule's documentation
  pystandards report [PATHS] -o FILE       Write an HTML compliance report (or --output-format json)
  pystandards standards [SECTION]          Print the standards (or one section; --list lists them)
  pystandards mcp [--http]                 Serve the standards and the checker over MCP
  pystandards server                       Run the language server (LSP on stdio) for editors
  pystandards --version                    Print the version
  pystandards --help                       Show this help

Run "pystandards check --help" for the check options.
Exit codes: 0 no findings, 1 findings, 2 usage, configuration or internal error.
`;

export const CHECK_HELP = `Usage: pystandards check [PATHS...] [options]

Checks every .py and .pyi file under PATHS (default: the current folder), and once each the
Python projects they belong to (pyproject.toml, setup.cfg, … : the ENV rules). Use "-" to read
source from stdin, with --stdin-filename to say which file it stands for.

Rule selection:
  --select CODES          Enable exactly these rule codes or prefixes (comma-separated; "ALL")
  --extend-select CODES   Enable these in addition to the configured ones
  --ignore CODES          Disable these rule codes or prefixes

Fixing:
  --fix                   Apply safe fixes to the files (with "-": print the fixed code to stdout,
                          the findings to stderr); the findings shown are those that remain
  --unsafe-fixes          With --fix or --diff, also apply unsafe fixes
  --diff                  Print a unified diff of what --fix would change and write nothing;
                          exit 1 when something would change

Adopting the standards on existing code:
  --suppress-all          Record today's findings in pystandards-suppressions.json (beside the
                          pyproject.toml in use), as counts per file and code; later runs read it
                          and report only findings beyond those counts
  --suppress-rule CODE    The same for one rule (repeatable)
  --prune-suppressions    Remove the entries today's findings no longer need
  --suppressions-location PATH
                          Use this suppressions file (for every run that should read it)
  --pass-on-unpruned-suppressions
                          Do not fail the run because recorded findings no longer occur
  --add-noqa              Write "# noqa: CODE" on each line with findings, merged into the noqa
                          comment already there, on the line the checker reads
  --since REV             Report only findings on lines added or changed since the git revision
                          REV (staged and unstaged changes, and untracked files); REV... (as
                          origin/main...) since the branch left REV, as a pull request's diff

Output:
  --output-format FORMAT  text (default), concise, grouped, json (Ruff's shape), sarif, github,
                          gitlab (Code Quality), junit (JUnit XML)
  --statistics            Show counts per rule instead of each finding
  -q, --quiet             Print findings only, without code frames or summary
  --exit-zero             Exit 0 even when there are findings

Configuration:
  --config PATH           Use this pyproject.toml (or pystandards.toml) for every file
  --isolated              Ignore all configuration files
  --stdin-filename NAME   File name for source read from stdin
  --no-cache              Do not read or write the result cache (.pystandards_cache/)
  --no-project-graph      Check each file alone: no calls followed into other modules
  --threads N             Worker threads (default: one per core)
`;

export const RULES_HELP = `Usage: pystandards rules [--output-format text|json]

Lists every rule: code, name, section, whether it is on by default, its fix and the
equivalent codes of Ruff / flake8 that "# noqa" also accepts.
`;

export const EXPLAIN_HELP = `Usage: pystandards explain CODE

Prints the full documentation of a rule. CODE may be one of ours (NAM002) or an
equivalent code from Ruff / flake8 (N801).
`;

export const STANDARDS_HELP = `Usage: pystandards standards [SECTION] [options]

Prints the Python Backend Standards: every section (default, or "all"), the Python parts
("python"), or one section (overview, environment, imports, type_hints, async, errors, naming,
or a section your team added). The rule lists are generated from the rules themselves.

Options:
  --list                  List the sections instead (id, title, where the text comes from)
  --output-format FORMAT  markdown (default) or json
  --standards DIR         Team markdown files that add or replace sections (one <id>.md per
                          section); default: standards-dir in [tool.pystandards]
`;

export const MCP_HELP = `Usage: pystandards mcp [options]

Serves the standards and the checker to AI coding assistants over the Model Context Protocol
(both the 2026-07-28 revision and the 2025 handshake). Logs go to stderr only.

Transport:
  (default)               stdio: the client starts this command; closing stdin stops it
  --http                  Streamable HTTP at POST /mcp, plus GET /healthz
  --host HOST             Address to bind with --http (default 127.0.0.1). Any other address
                          than loopback requires an API key
  --port PORT             Port for --http (default 3333; 0 picks a free one)
  --allowed-host NAME     Also accept this Host header name (repeatable; needed when clients
                          reach the server by another name than localhost)
  --allowed-origin NAME   Also accept browser requests whose Origin has this host name

Files and standards:
  --root DIR              Folder check_files may read (repeatable). On stdio the default is the
                          current folder; over HTTP check_files is off unless --root is given
  --standards DIR         Team markdown files that add or replace sections
  --time-budget SECONDS   Longest a single check may run before it is stopped (default 30)

Environment:
  PYSTANDARDS_API_KEY     With --http, every request must carry this key, as "X-API-Key: KEY"
                          or "Authorization: Bearer KEY" (otherwise 401)
`;

export const SERVER_HELP = `Usage: pystandards server

Runs the language server: the Language Server Protocol (3.17) on stdin/stdout, for editors.
Diagnostics as you type, quick fixes, "Fix all" (source.fixAll.pystandards), "Sort imports"
(source.organizeImports.pystandards), "Disable CODE for this line", and the rule and its
standards section on hover. Each workspace folder uses its pyproject.toml as "check" does.
Logs go to the client (window/logMessage), never to stdout. See docs/editors.md.
`;

export const REPORT_HELP = `Usage: pystandards report [PATHS...] --output report.html [options]

Checks PATHS (default: the current folder) as "check" does, with the cache and the bulk
suppressions file, and writes a self-contained HTML page (it works offline): compliance per
section of the standards as the share of files clean and findings per 1,000 lines, the rules
with most findings, the worst files and folders, how many findings --fix can fix, suppressed
against new findings, and a trend over earlier reports.

Options:
  -o, --output FILE       Where to write the report (required for html; json goes to stdout without it)
  --output-format FORMAT  html (default) or json (the same summary, for other tools)
  --history DIR           Read earlier reports' data from DIR for the trend, and save this one's there
  --select, --extend-select, --ignore CODES, --config PATH, --isolated, --no-cache, --threads N,
  --suppressions-location PATH
                          As for check
`;
