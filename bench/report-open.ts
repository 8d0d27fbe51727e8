// How long the HTML compliance report takes to open in headless Chromium (Debian's package, driven by
// playwright-core): from navigation to every chart drawn and the tables filled (the page's data-ready mark).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

export interface ReportOpenTimes {
  /** Wall time from `page.goto` to the page's ready mark, one per opening, in milliseconds. */
  readonly wallMs: readonly number[];
  /** The page's own clock at the ready mark (`performance.now()`: since navigation started). */
  readonly pageMs: readonly number[];
}

/** Opens `file` `runs` times, each in a fresh browser context (nothing cached); undefined without Chromium. */
export async function measureReportOpen(file: string, runs: number): Promise<ReportOpenTimes | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const wallMs: number[] = [];
  const pageMs: number[] = [];
  try {
    const url = pathToFileURL(file).href;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(url);
      await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
      wallMs.push(performance.now() - started);
      const charts = await page.locator('.chart svg').count();
      if (charts !== 4) throw new Error(`the report drew ${charts} charts, expected 4`);
      pageMs.push(await page.evaluate(() => performance.now()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { wallMs, pageMs };
}
