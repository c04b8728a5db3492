/**
 * npm run docs:lab — the README's pictures of the lab, taken from the built lab in headless
 * Chromium (Debian's /usr/bin/chromium), so they show what the lab draws today:
 *   docs/lab-surface.png     the default experiment (peaks: GD, Momentum, Adam), English, 1440 px
 *   docs/lab-regression.png  the regression lab, Spanish, 1440 px
 *   docs/lab-derivative.png  the derivative lab, English, 1440 px
 *   docs/lab-narrow.png      the surface lab at 360 px, Spanish (the top of the page)
 * The lab is built first (vite) and served on a free port.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
// @ts-expect-error — a plain .mjs script without type declarations
import { serveLab } from './serve.mjs';

const root = join(import.meta.dirname, '..');
execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});

const shots = [
  { file: 'lab-surface.png', hash: '#lang=en', lab: 'surface', width: 1440, height: 1000 },
  {
    file: 'lab-regression.png',
    hash: '#lab=regression&lang=es',
    lab: 'regression',
    width: 1440,
    height: 1000,
  },
  {
    file: 'lab-derivative.png',
    hash: '#lab=derivative&lang=en',
    lab: 'derivative',
    width: 1440,
    height: 1000,
  },
  { file: 'lab-narrow.png', hash: '#lang=es', lab: 'surface', width: 360, height: 780 },
];

const lab = await serveLab({ port: 0, root: join(root, 'web', 'dist') });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const s of shots) {
    const page = await browser.newPage({ viewport: { width: s.width, height: s.height } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${lab.url}${s.hash}`);
    await page.waitForSelector(`.${s.lab}-lab[data-ready="true"]`);
    // let the animation run for a while, then hold it so the picture shows paths under way
    await page.waitForTimeout(2500);
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    if (errors.length > 0) throw new Error(`${s.file}: ${errors.join('; ')}`);
    await page.screenshot({ path: join(root, 'docs', s.file) });
    process.stdout.write(`wrote docs/${s.file}\n`);
    await page.close();
  }
} finally {
  await browser.close();
  await lab.close();
}
