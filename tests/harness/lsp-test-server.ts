// `pystandards server` with the faulty checker worker and a short time budget, for robustness tests.
import { CheckerPool } from '../../src/lsp/checker-pool.js';
import { startLanguageServer } from '../../src/lsp/server.js';

startLanguageServer({ pool: new CheckerPool({ workerUrl: new URL('./lsp-faulty-worker.js', import.meta.url), budgetMs: Number(process.env.PYSTANDARDS_TEST_BUDGET_MS ?? 3000) }) });
