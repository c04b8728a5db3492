/** One Chromium for a test file, and pages that collect console errors. */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { experimentFromAddress } from '../../src/experiment/index.js';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** One Chromium for the tests of a file: launched before them, closed after; call it at the top level. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

export interface LabPage {
  page: Page;
  errors: string[];
}

/** Opens the lab at `hash` in `locale`, waits until the runs are computed. */
export async function openLab(
  browser: Browser,
  url: string,
  options: {
    hash?: string;
    locale?: string;
    width?: number;
    lab?: 'surface' | 'regression' | 'derivative';
  } = {},
): Promise<LabPage> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: { width: options.width ?? 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${url}${options.hash ?? ''}`);
  await page.waitForSelector(`.${options.lab ?? 'surface'}-lab[data-ready="true"]`);
  return { page, errors };
}

/** The experiment in the page's address, read by the core's codec (the lab's `data=file` mark left aside). */
export async function addressExperiment(page: Page): Promise<Record<string, unknown>> {
  const hash = await page.evaluate(() => location.hash);
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((p) => !p.startsWith('data='));
  return experimentFromAddress(parts.join('&')).experiment as unknown as Record<string, unknown>;
}

/** Waits until the experiment in the address satisfies `ok`, and returns it. */
export async function waitForAddress(
  page: Page,
  // biome-ignore lint/suspicious/noExplicitAny: the tests read whatever field they wait for
  ok: (e: any) => boolean,
  timeout = 15_000,
): Promise<Record<string, unknown>> {
  const end = Date.now() + timeout;
  for (;;) {
    const e = await addressExperiment(page);
    if (ok(e)) return e;
    if (Date.now() > end)
      throw new Error(
        `the address never held what the test waited for: ${await page.evaluate(() => location.hash)}`,
      );
    await page.waitForTimeout(50);
  }
}
