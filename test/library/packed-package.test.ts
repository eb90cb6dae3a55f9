import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_EPOCH, ROOT, runCli } from '../helpers/run-cli.js';

// The package as npm publishes it: `npm pack` of the built checkout, installed into an
// empty project, imported by its name. What a user gets is what is tested.
const FIXTURE = path.join(ROOT, 'fixtures/marketing/data.csv');
const CONFIG = { columns: { prediction: 'targeted', score: 'score', label: 'converted' }, groups: ['gender', 'age_band'] };
const GENERATED_AT = new Date(Number(FIXED_EPOCH) * 1000).toISOString();
let project: string;

const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const node = (file: string) => execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'fairgate-packed-'));
  // dist/ is built by `pretest`; --ignore-scripts packs it as it is instead of building it again
  npm(['pack', '--ignore-scripts', '--pack-destination', project], ROOT);
  const tarball = readdirSync(project).find((f) => f.endsWith('.tgz'))!;
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'uses-fairgate', private: true, type: 'module' }));
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`], project);
}, 240_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe("the packed package, imported as 'fairgate'", () => {
  it('audits a file and gives the report the CLI writes', () => {
    writeFileSync(
      path.join(project, 'audit.mjs'),
      `import { audit, render, exitCode } from 'fairgate';
const result = await audit(${JSON.stringify(FIXTURE)}, ${JSON.stringify(CONFIG)}, { generatedAt: ${JSON.stringify(GENERATED_AT)} });
process.stdout.write(JSON.stringify({ status: result.status, exit: exitCode(result), json: render(result, 'json') }));`,
    );
    const out = JSON.parse(node('audit.mjs')) as { status: string; exit: number; json: string };
    const cli = runCli(['audit', FIXTURE, '--prediction', 'targeted', '--score', 'score', '--label', 'converted', '-g', 'gender', '-g', 'age_band', '--format', 'json']);
    expect(out.status).toBe('fail');
    expect(out.exit).toBe(cli.exitCode);
    // the same report, but for the command line the CLI records
    const { command, ...fromCli } = JSON.parse(cli.stdout) as Record<string, unknown>;
    expect(command).toBeDefined();
    expect(JSON.parse(out.json)).toEqual(fromCli);
  });

  it('throws the CLI\'s one-line errors as typed errors', () => {
    writeFileSync(
      path.join(project, 'errors.mjs'),
      `import { audit, ConfigError, InputError } from 'fairgate';
const seen = [];
try { await audit(${JSON.stringify(FIXTURE)}, { groups: ['gender'], colums: {} }); } catch (e) { seen.push([e instanceof ConfigError, e.message]); }
try { await audit(${JSON.stringify(FIXTURE)}, { columns: { prediction: 'no_such_column' }, groups: ['gender'] }); } catch (e) { seen.push([e instanceof InputError, e.message]); }
process.stdout.write(JSON.stringify(seen));`,
    );
    const [config, input] = JSON.parse(node('errors.mjs')) as [boolean, string][];
    expect(config![0]).toBe(true);
    expect(config![1]).toContain('colums');
    expect(input![0]).toBe(true);
    expect(input![1]).toContain('no_such_column');
  });

  it('ships type declarations that a TypeScript user compiles against', () => {
    writeFileSync(
      path.join(project, 'typed.ts'),
      `import { audit, render, type AuditResult, type Finding } from 'fairgate';
const result: AuditResult = await audit('x.csv', { groups: ['g'], columns: { prediction: 'p' } });
const failed: Finding[] = result.findings.filter((f) => f.status === 'fail');
const md: string = render(result, 'markdown');
// @ts-expect-error: not a format
render(result, 'pdf-or-whatever');
export { failed, md };`,
    );
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    const args = [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', path.join(ROOT, 'node_modules/@types'), 'typed.ts'];
    expect(() => execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' })).not.toThrow();
  });
});
