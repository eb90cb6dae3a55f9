import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { cannotInstall, cloneCheckout, fairgate, FIXTURE, INSTALL_TIMEOUT, packTarball, project, README, removeScratch, run, scratchDir, VERSION } from './install-helpers.js';

// Installing fairgate outside its checkout, as README.md ("Install outside this checkout") and
// docs/reports.md (the workflow without the action) tell users to: each in a scratch project,
// with the npm registry for the dependencies (the tests skip, saying why, when it cannot be reached).

if (cannotInstall) console.log(`install.test.ts: skipped (${cannotInstall})`);
afterAll(removeScratch, 5 * 60_000);

/** A step of a GitHub workflow, as far as the docs' workflow uses one. */
interface WorkflowStep {
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number>;
}

describe.runIf(cannotInstall === undefined)('installing fairgate outside its checkout', () => {
  it('from a packed tarball: only dist, docs, schema and the README; the CLI runs, audits and finds its docs', { timeout: INSTALL_TIMEOUT }, () => {
    expect(README).toContain(`npm install ../fairgate/fairgate-${VERSION}.tgz\nnpx --no-install fairgate --version`);
    const { tarball, files } = packTarball();
    expect(path.basename(tarball)).toBe(`fairgate-${VERSION}.tgz`);
    for (const f of ['dist/cli/main.js', 'docs/reports.md', 'schema/report.schema.json', 'README.md', 'package.json']) expect(files).toContain(f);
    expect(files.filter((f) => /^(src|test|fixtures|bench)\//.test(f))).toEqual([]);

    const dir = project('tarball');
    const install = run('npm', ['install', '--no-audit', '--no-fund', tarball], dir);
    expect(install.code, install.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'node_modules/typescript'))).toBe(false);
    expect(fairgate(dir, '--version').stdout).toBe(`${VERSION}\n`);
    const audit = fairgate(dir, 'audit', path.join(FIXTURE, 'data.csv'), '-c', path.join(FIXTURE, 'fairgate.config.yaml'), '--format', 'json');
    expect(audit.code).toBe(1);
    expect(JSON.parse(audit.stdout).status).toBe('fail');
    const docs = fairgate(dir, 'audit', '--help').stdout.match(/README\.md and docs\/ in (.*)$/m)![1]!;
    expect(path.resolve(docs)).toBe(path.join(dir, 'node_modules/fairgate'));
    expect(existsSync(path.join(docs, 'docs/input-errors.md'))).toBe(true);
  });

  it('from a git URL: npm builds it with its dev dependencies (prepare) and keeps only the runtime ones', { timeout: INSTALL_TIMEOUT }, () => {
    expect(README).toContain('npm install "git+https://github.com/<owner>/fairgate.git#<tag or commit>"\nnpx --no-install fairgate --version');
    const clone = cloneCheckout();
    const dir = project('git');
    const install = run('npm', ['install', '--no-audit', '--no-fund', `git+file://${clone}`], dir);
    expect(install.code, install.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'node_modules/fairgate/dist/cli/main.js'))).toBe(true);
    expect(existsSync(path.join(dir, 'node_modules/typescript'))).toBe(false);
    expect(fairgate(dir, '--version').stdout).toBe(`${VERSION}\n`);
    expect(fairgate(dir, 'explain', 'inconclusive').stdout).toMatch(/^inconclusive — verdict: /);
  });

  it('the workflow of docs/reports.md, as written: checkouts as clones, each run step through bash', { timeout: INSTALL_TIMEOUT }, () => {
    const doc = readFileSync(path.join(ROOT, 'docs/reports.md'), 'utf8');
    const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('repository: <owner>/fairgate'))!;
    const steps = (parseYaml(block) as { jobs: Record<string, { steps: WorkflowStep[] }> }).jobs.fairness!.steps;
    const workspace = scratchDir('workspace');
    let failed = false;
    const results: { run: string; code: number | null; stderr: string }[] = [];
    for (const step of steps) {
      if (failed && step.if !== 'always()') continue;
      const uses = step.uses ?? '';
      const options = step.with ?? {};
      if (uses.startsWith('actions/checkout@') && options.repository === '<owner>/fairgate') {
        expect(run('git', ['clone', '--quiet', ROOT, path.join(workspace, String(options.path))], workspace).code).toBe(0);
      } else if (uses.startsWith('actions/checkout@')) {
        // the user's repository: the data and the config the audit finds in the working directory
        copyFileSync(path.join(FIXTURE, 'data.csv'), path.join(workspace, 'data.csv'));
        copyFileSync(path.join(FIXTURE, 'fairgate.config.yaml'), path.join(workspace, 'fairgate.config.yaml'));
      } else if (uses.startsWith('actions/setup-node@')) {
        expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(Number(options['node-version']));
      } else if (uses.startsWith('actions/upload-artifact@')) {
        expect(readFileSync(path.join(workspace, String(options.path)), 'utf8')).toMatch(/^<!DOCTYPE html>/);
      } else {
        const r = run('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], workspace);
        results.push({ run: step.run ?? '', code: r.code, stderr: r.stderr });
        failed = r.code !== 0;
      }
    }
    expect(results.map((r) => [r.run.trim(), r.code])).toEqual([
      ['npm ci --prefix .fairgate --no-audit --no-fund', 0],
      // the fixture fails its rules on purpose: the step fails, the report is still uploaded
      ['node .fairgate/dist/cli/main.js audit data.csv -o fairness.html', 1],
    ]);
    expect(results[1]!.stderr.split('\n')[0]).toBe('fairgate: using config fairgate.config.yaml (found in the working directory)');
  });
});
