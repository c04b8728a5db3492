/**
 * `descenso lab [--port N] [--host H]`: serves the built web lab (web/dist) and prints its address,
 * until Ctrl-C. The server is scripts/serve.mjs's `serveLab` (node:http only), loaded at run time
 * from the package's root: src/cli (a checkout) and dist/cli (the installed package) both sit two
 * folders below it, and the package ships web/dist and scripts/serve.mjs (package.json "files";
 * "prepack" builds the lab), so `npx descenso lab` finds both wherever npm installed it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { DescensoError } from '../errors.js';
import { t } from '../i18n/index.js';
import type { CommandSpec } from './commands.js';
import { parseInteger } from './flags.js';
import type { CliContext } from './io.js';

interface Served {
  url: string;
  port: number;
  close(): Promise<void>;
}

type ServeLab = (options: { port: number; host: string; root: string }) => Promise<Served>;

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const defaultLabRoot = resolve(REPO, 'web', 'dist');

/**
 * Why there is no lab to serve, said for who can fix it: a checkout builds it (its web/src is
 * there), an installed package lacks what its tarball should have shipped.
 */
function noBuild(root: string): DescensoError {
  const installed = root === defaultLabRoot && !existsSync(resolve(REPO, 'web', 'src'));
  return new DescensoError(installed ? 'tour-lab-not-packaged' : 'tour-lab-no-build', { root });
}

/** The servers this process started, so that tests and signals can stop them. */
const running = new Set<Served>();

/** Stops every lab server started here; `descenso lab` then returns. */
export async function stopLabs(): Promise<void> {
  await Promise.all([...running].map((s) => s.close()));
}

async function loadServer(): Promise<ServeLab> {
  const file = resolve(REPO, 'scripts', 'serve.mjs');
  if (!existsSync(file)) throw new DescensoError('tour-lab-no-server', { file });
  const mod = (await import(pathToFileURL(file).href)) as { serveLab: ServeLab };
  return mod.serveLab;
}

export const labCommand: CommandSpec = {
  name: 'lab',
  register(program: Command, ctx: CliContext) {
    const lang = ctx.lang;
    return program
      .command('lab')
      .description(t(lang, 'tour-lab-description', undefined))
      .option('--port <n>', t(lang, 'tour-lab-port', undefined), '5173')
      .option('--host <address>', t(lang, 'tour-lab-host', undefined), '127.0.0.1')
      .option('--root <dir>', t(lang, 'tour-lab-root', undefined))
      .action(async (opts: Record<string, unknown>) => {
        const port = parseInteger('--port', String(opts.port), 0, 65535);
        const host = String(opts.host);
        const root = opts.root === undefined ? defaultLabRoot : resolve(ctx.io.cwd, String(opts.root));
        if (!existsSync(resolve(root, 'index.html'))) throw noBuild(root);
        const serveLab = await loadServer();
        let served: Served;
        try {
          served = await serveLab({ port, host, root });
        } catch (e) {
          const reason = (e as { code?: string })?.code ?? (e instanceof Error ? e.message : String(e));
          throw new DescensoError('tour-lab-listen', { host, port, reason });
        }
        running.add(served);
        ctx.io.stdout(`${t(lang, 'tour-lab-serving', { url: served.url })}\n`);
        // Wait until the server closes: Ctrl-C, a signal, or stopLabs().
        await new Promise<void>((done) => {
          const stop = () => {
            void served.close();
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
          const close = served.close;
          served.close = async () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            running.delete(served);
            await close();
            done();
          };
        });
      });
  },
};
