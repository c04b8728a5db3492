/**
 * `descenso lab [--port N] [--host H]`: serves the built web lab (web/dist) and prints its address,
 * until Ctrl-C. `descenso lab --single [DIR]` serves nothing: it prints the path of the lab as one
 * HTML file (web/dist-single/descenso.html, `npm run build:single`; `--root` names its folder),
 * or copies it into DIR. The server is scripts/serve.mjs's `serveLab` (node:http only), loaded at run time
 * from the package's root: src/cli (a checkout) and dist/cli (the installed package) both sit two
 * folders below it, and the package ships web/dist and scripts/serve.mjs (package.json "files";
 * "prepack" builds the lab), so `npx descenso lab` finds both wherever npm installed it.
 */
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
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
export const singleLabFile = resolve(REPO, 'web', 'dist-single', 'descenso.html');

/**
 * Why there is no lab to serve, said for who can fix it: a checkout builds it (its web/src is
 * there), an installed package lacks what its tarball should have shipped.
 */
function noBuild(root: string): DescensoError {
  const installed = root === defaultLabRoot && !existsSync(resolve(REPO, 'web', 'src'));
  return new DescensoError(installed ? 'tour-lab-not-packaged' : 'tour-lab-no-build', { root });
}

/**
 * The lab as one file (`source`): its path, or the path it was copied to when `target` is given
 * (a folder receives it under its own name). Missing, it is said for who can fix it: a checkout
 * builds it, an installed package lacks what its tarball should have shipped.
 */
export function singleLab(target: string | undefined, cwd: string, source = singleLabFile): string {
  if (!existsSync(source)) {
    const installed = source === singleLabFile && !existsSync(resolve(REPO, 'web', 'src'));
    throw new DescensoError(installed ? 'tour-lab-single-not-packaged' : 'tour-lab-single-no-build', {
      file: source,
    });
  }
  if (target === undefined) return source;
  let file = resolve(cwd, target);
  if (existsSync(file) && statSync(file).isDirectory()) file = resolve(file, basename(source));
  try {
    copyFileSync(source, file);
  } catch (e) {
    const reason = (e as { code?: string })?.code ?? (e instanceof Error ? e.message : String(e));
    throw new DescensoError('tour-lab-single-write', { file, reason });
  }
  return file;
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
      .option('--single [dir]', t(lang, 'tour-lab-single', undefined))
      .action(async (opts: Record<string, unknown>) => {
        if (opts.single !== undefined) {
          const target = typeof opts.single === 'string' ? opts.single : undefined;
          const source =
            opts.root === undefined ? singleLabFile : resolve(ctx.io.cwd, String(opts.root), 'descenso.html');
          ctx.io.stdout(`${singleLab(target, ctx.io.cwd, source)}\n`);
          return;
        }
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
