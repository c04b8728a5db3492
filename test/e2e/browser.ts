/** One Chromium for a test file, and pages that collect console errors. */
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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

/** The experiment in the address, as the page reads it. */
export async function addressExperiment(page: Page): Promise<unknown> {
  const hash = await page.evaluate(() => location.hash);
  const x = hash
    .slice(1)
    .split('&')
    .find((p) => p.startsWith('x='));
  return x ? JSON.parse(decodeURIComponent(x.slice(2))) : undefined;
}
