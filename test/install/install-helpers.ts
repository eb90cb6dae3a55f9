import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

// Scratch projects outside the checkout, and npm run in them as a user's shell runs it.

export const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
export const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
export const FIXTURE = path.join(ROOT, 'fixtures/marketing');
export const INSTALL_TIMEOUT = 15 * 60_000;

/**
 * The environment of a user's shell: none of the npm_* variables `npm test` sets for its own
 * scripts; npm told to use its cache when it can (the suite's own install filled it), which
 * changes where packages come from, not what is installed.
 */
const ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_') && k !== 'GITHUB_ACTIONS')),
  npm_config_prefer_offline: 'true',
  npm_config_update_notifier: 'false',
};

export function run(command: string, args: readonly string[], cwd: string) {
  const r = spawnSync(command, args, { cwd, env: ENV, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const isRegistryUp = spawnSync('npm', ['ping'], { env: ENV, encoding: 'utf8' }).status === 0;
const isGitCheckout = spawnSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).status === 0;
const isBuilt = existsSync(path.join(ROOT, 'dist/cli/main.js'));
/** Why the install tests cannot run here, or undefined when they can. */
export const cannotInstall = !isRegistryUp ? 'the npm registry cannot be reached' : !isGitCheckout ? 'not a git checkout' : !isBuilt ? 'dist/ is not built: npm run build' : undefined;

/** The version of the npm on PATH, as [major, minor]. */
export const NPM_VERSION = run('npm', ['--version'], ROOT).stdout.trim().split('.').slice(0, 2).map(Number) as [number, number];

const scratch: string[] = [];
/** A new empty folder in the temporary directory, removed by removeScratch. */
export function scratchDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `fairgate-${name}-`));
  scratch.push(dir);
  return dir;
}
export const removeScratch = () => scratch.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

/** A scratch project folder with a package.json, as `npm init -y` makes one. */
export function project(name: string): string {
  const dir = scratchDir(`install-${name}`);
  expect(run('npm', ['init', '-y'], dir).code).toBe(0);
  return dir;
}

/** The installed CLI, as README says to run it: `npx --no-install fairgate …` (never from the registry). */
export const fairgate = (dir: string, ...args: string[]) => run('npx', ['--no-install', 'fairgate', ...args], dir);

/** `npm pack` of the checkout into a scratch folder, with dist/ as the suite built it: the tarball's path and its files. */
export function packTarball(): { tarball: string; files: string[] } {
  const out = scratchDir('pack');
  // README runs `npm ci && npm pack`, whose prepare builds dist/; here dist/ is the suite's own build (pretest), packed as it is
  // (building again would rewrite dist/ under the tests that run the CLI meanwhile)
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
  return { tarball: path.join(out, packed!.filename), files: packed!.files.map((f) => f.path) };
}

/** A clone of the checkout (committed work only), as `git+file://` installs it. */
export function cloneCheckout(): string {
  const clone = path.join(scratchDir('clone'), 'fairgate');
  expect(run('git', ['clone', '--quiet', ROOT, clone], tmpdir()).code).toBe(0);
  return clone;
}
