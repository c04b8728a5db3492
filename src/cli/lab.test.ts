import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stopLabs } from './lab.js';
import { main } from './main.js';
import { cli, fakeIo } from './testing.js';

describe('descenso lab', () => {
  it('lab --port 0 --root DIR serves the built lab, prints its address, and returns 0 once stopped', async () => {
    const root = mkdtempSync(join(tmpdir(), 'descenso-lab-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>lab</title>');
    const io = fakeIo();
    const done = main(['lab', '--port', '0', '--root', root], io);
    let line = '';
    for (let i = 0; i < 100 && !line; i++) {
      await new Promise((ok) => setTimeout(ok, 20));
      line = io.out.join('');
    }
    const url = /^descenso lab: (http:\/\/127\.0\.0\.1:\d+\/)\n$/.exec(line)?.[1];
    expect(url).toBeDefined();
    const res = await fetch(url as string);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>lab</title>');
    await stopLabs();
    expect(await done).toBe(0);
  });

  it('lab without a build says how to make one, with exit status 2 (both languages)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'descenso-lab-empty-'));
    const en = await cli(['lab', '--root', root]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(
      `descenso: the lab is not built (no ${root}/index.html): run npm run build:web first\n`,
    );
    const es = await cli(['lab', '--root', root], { lang: 'es' });
    expect(es.stderr).toContain('ejecute antes npm run build:web');
  });
});
