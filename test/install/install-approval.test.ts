import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cannotInstall, cloneCheckout, fairgate, INSTALL_TIMEOUT, NPM_VERSION, packTarball, project, README, removeScratch, run, VERSION } from './install-helpers.js';

// npm 12 runs no dependency install script that the project has not approved in its package.json
// ("allowScripts") and fetches no git dependency without --allow-git. npm 11.16 and later enforce
// the same approvals under --strict-allow-scripts (an unreviewed script is an error instead of a
// notice), so the README's entries are checked with that flag, each install in a scratch project.

const hasApprovals = NPM_VERSION[0] > 11 || (NPM_VERSION[0] === 11 && NPM_VERSION[1] >= 16);
const skipped = cannotInstall ?? (hasApprovals ? undefined : `npm ${NPM_VERSION.join('.')} has no allowScripts (npm 11.16 and later)`);
if (skipped) console.log(`install-approval.test.ts: skipped (${skipped})`);
afterAll(removeScratch, 5 * 60_000);

/** Sets the allowScripts entries of a scratch project's package.json. */
function allowScripts(dir: string, entries: Record<string, boolean>): void {
  const file = path.join(dir, 'package.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), allowScripts: entries }, null, 2));
}

const STRICT = ['install', '--no-audit', '--no-fund', '--strict-allow-scripts'];

describe.runIf(skipped === undefined)('installing fairgate where install scripts need approval (npm 12)', () => {
  it('from git: refused without an entry; with the git URL allowed and --allow-git=root, built by prepare', { timeout: INSTALL_TIMEOUT }, () => {
    expect(README).toContain('"allowScripts": { "git+https://github.com/<owner>/fairgate.git": true }');
    expect(README).toContain('npm install --allow-git=root "git+https://github.com/<owner>/fairgate.git#<tag or commit>"');
    const url = `git+file://${cloneCheckout()}`;
    const dir = project('git-approved');

    // an entry by name is what `npm approve-scripts fairgate` would mean; it does not match a git dependency
    allowScripts(dir, { fairgate: true });
    const byName = run('npm', [...STRICT, '--allow-git=root', url], dir);
    expect(byName.code).not.toBe(0);
    expect(byName.stderr).toContain('ESTRICTALLOWSCRIPTS');
    expect(byName.stderr).toContain(`fairgate@${VERSION} (prepare: npm run build)`);
    expect(existsSync(path.join(dir, 'node_modules/fairgate'))).toBe(false);

    allowScripts(dir, { [url]: true });
    const approved = run('npm', [...STRICT, '--allow-git=root', url], dir);
    expect(approved.code, approved.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'node_modules/fairgate/dist/cli/main.js'))).toBe(true);
    expect(fairgate(dir, '--version').stdout).toBe(`${VERSION}\n`);
  });

  it('from a tarball: its prepare never runs; denied by the absolute file: path, the strict install succeeds', { timeout: INSTALL_TIMEOUT }, () => {
    expect(README).toContain(`"allowScripts": { "file:/home/me/fairgate/fairgate-${VERSION}.tgz": false }`);
    const { tarball } = packTarball();
    const dir = project('tarball-denied');

    const unreviewed = run('npm', [...STRICT, tarball], dir);
    expect(unreviewed.code).not.toBe(0);
    expect(unreviewed.stderr).toContain(`fairgate@${VERSION} (prepare: npm run build)`);

    // the README's warning: a relative entry does not match
    allowScripts(dir, { [`file:${path.relative(dir, tarball)}`]: false });
    expect(run('npm', [...STRICT, tarball], dir).stderr).toContain('ESTRICTALLOWSCRIPTS');

    allowScripts(dir, { [`file:${tarball}`]: false });
    const denied = run('npm', [...STRICT, tarball], dir);
    expect(denied.code, denied.stderr).toBe(0);
    expect(fairgate(dir, '--version').stdout).toBe(`${VERSION}\n`);
    expect(fairgate(dir, 'explain', 'four-fifths').stdout).toMatch(/^four-fifths — preset/);
  });
});
