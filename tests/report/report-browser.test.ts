// The HTML compliance report opened in headless Chromium (Debian's package, driven by playwright-core):
// no console errors, no network requests, the charts drawn (SVG, patterns, ink in a screenshot),
// the tables sorted and filtered by clicks and typing.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runCli, tempProject } from '../harness/cli.js';
import { decodePng, inkShare } from '../harness/png.js';

const CHROMIUM = '/usr/bin/chromium';
const PYPROJECT = '[project]\nname = "svc"\nrequires-python = ">=3.12"\n\n[tool.pystandards]\n';

/** A project with findings in several sections and folders, some of them suppressed. */
function project(): string {
  return tempProject({
    'pyproject.toml': PYPROJECT,
    'app/models.py': 'from typing import Optional\n\n\nclass bad_model:\n    name: Optional[str] = None\n',
    'app/api/routes.py': 'import time\n\n\nasync def handler(request):\n    time.sleep(1)\n    try:\n        pass\n    except:\n        pass\n',
    'app/api/deps.py': 'import sys\nimport os\n\nprint(os, sys)\n',
    'app/clean.py': 'MAX_RETRIES = 3\n',
    'legacy/old.py': 'oldName = 1\notherName = 2\n\n\ndef doThing(x):\n    return x\n',
  });
}

describe('the HTML report in Chromium', { skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is missing (.ci/run installs Debian's chromium)`, timeout: 120_000 }, () => {
  let root: string;
  let report: string;
  let profile: string;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  before(async () => {
    root = project();
    assert.equal(runCli(['check', '--suppress-rule', 'NAM006', '--suppress-rule', 'TYP001'], { cwd: root }).status, 1);
    // Two reports in the history: the trend has two points.
    assert.equal(runCli(['report', '--output-format', 'json', '--history', 'history'], { cwd: root }).status, 0);
    const written = runCli(['report', '-o', 'report.html', '--history', 'history'], { cwd: root });
    assert.equal(written.status, 0, written.stderr);
    report = path.join(root, 'report.html');
    profile = mkdtempSync(path.join(os.tmpdir(), 'pystandards-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1200, height: 900 },
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    const url = pathToFileURL(report).href;
    context.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url);
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
  });
  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('is one self-contained file well under 5 MB, and loads with no console error and no request', () => {
    assert.ok(statSync(report).size < 5 * 1024 * 1024);
    const html = readFileSync(report, 'utf8');
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=|https?:\/\/[^"'\s]*\.(js|css)\b/);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
  });

  it('shows the totals and the title', async () => {
    assert.match((await page.textContent('h1')) ?? '', /^Python Backend Standards: compliance of pystandards-/);
    const value = async (id: string): Promise<string> => ((await page.textContent(`#${id} .value`)) ?? '').trim();
    assert.equal(await value('card-files'), '5');
    assert.equal(await value('card-suppressed'), '4');
    assert.deepEqual([await value('card-findings'), await value('card-new')], ['13', '9']);
  });

  it('draws every chart as SVG, with patterns on the bars and the labels as text', async () => {
    for (const id of ['chart-sections', 'chart-suppressed', 'chart-rules', 'chart-trend']) {
      const box = await page.locator(`#${id} svg`).boundingBox();
      assert.ok(box && box.width > 500 && box.height > 150, `${id} is drawn: ${JSON.stringify(box)}`);
    }
    assert.ok((await page.locator('#chart-sections svg pattern').count()) > 0, 'bars carry patterns (readable without colour)');
    const sectionText = (await page.locator('#chart-sections svg').textContent()) ?? '';
    for (const title of ['Environment', 'Import Ordering', 'Type Hints', 'Async Patterns', 'Error Handling', 'Naming Conventions']) assert.ok(sectionText.includes(title), title);
    assert.match(sectionText, /80\.0% \(4 of 5 files\)/);
    const trendText = (await page.locator('#chart-trend svg').textContent()) ?? '';
    assert.ok(trendText.includes('All findings') && trendText.includes('Suppressed'), trendText);
  });

  it('a screenshot shows ink where the charts are, at the page\'s size', async () => {
    const picture = decodePng(await page.screenshot({ fullPage: true }));
    assert.equal(picture.width, 1200);
    // Page scripts run in the browser: they are given as text, outside this file's Node types.
    assert.equal(picture.height, await page.evaluate<number>('document.documentElement.scrollHeight'));
    const [scrollX, scrollY] = await page.evaluate<[number, number]>('[window.scrollX, window.scrollY]');
    for (const [id, least] of [['chart-sections', 0.05], ['chart-suppressed', 0.02], ['chart-rules', 0.05], ['chart-trend', 0.01]] as const) {
      const box = await page.locator(`#${id}`).boundingBox();
      assert.ok(box, id);
      const ink = inkShare(picture, { ...box, x: box.x + scrollX, y: box.y + scrollY });
      assert.ok(ink > least && ink < 0.9, `${id}: ${(ink * 100).toFixed(1)}% ink`);
    }
    assert.ok(inkShare(picture, { x: 0, y: 0, width: 1200, height: 60 }) > 0.005, 'the heading is visible');
  });

  it('filters the files by path and by section, and says how many match', async () => {
    const rows = (): Promise<string[]> => page.locator('#table-files tbody tr td:first-child').allTextContents();
    assert.deepEqual((await rows()).length, 5);
    await page.fill('#filter-files', 'app/api');
    assert.deepEqual((await rows()).sort(), ['app/api/deps.py', 'app/api/routes.py']);
    assert.equal(await page.textContent('#table-files .table-status'), '2 of 2 matching (5 in all)');
    await page.fill('#filter-files', '');
    await page.selectOption('#filter-files-section', 'async');
    assert.deepEqual(await rows(), ['app/api/routes.py']);
    await page.selectOption('#filter-files-section', '');
    assert.equal((await rows()).length, 5);
  });

  it('sorts a table when a header is clicked, and reverses on a second click', async () => {
    // The fourth column is Lines (the arrow the sort adds becomes part of the button's name).
    const header = page.locator('#table-files th').nth(3);
    assert.equal(await header.textContent(), 'Lines');
    await header.locator('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'descending');
    const lines = async (): Promise<number[]> => (await page.locator('#table-files tbody tr td:nth-child(4)').allTextContents()).map(Number);
    const descending = await lines();
    assert.deepEqual(descending, [...descending].sort((a, b) => b - a));
    await header.locator('button').click();
    assert.equal(await header.getAttribute('aria-sort'), 'ascending');
    assert.deepEqual(await lines(), [...descending].reverse());
    await page.fill('#filter-rules', 'NAM');
    const codes = await page.locator('#table-rules tbody tr td:first-child').allTextContents();
    assert.ok(codes.length > 0 && codes.every((code) => code.startsWith('NAM')), codes.join(' '));
  });
});
