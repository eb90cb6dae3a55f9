import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { assertValidReport } from '../helpers/report-schema.js';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { DATA_NAME, shiftLines, STANDARD_ARGS, THREAD_PADDING, type CasePath, type CatalogueCase, type SideFile } from './case.js';

function writeSideFile(file: string, content: SideFile): void {
  if (typeof content === 'string' || Buffer.isBuffer(content)) writeFileSync(file, content);
  else if (content.kind === 'directory') mkdirSync(file);
  else if (content.kind === 'fifo') execFileSync('mkfifo', [file]);
  else truncateSync((writeFileSync(file, ''), file), content.bytes);
}

/** The report without what names the bytes read (file, hash, size) and the command line. */
function content(file: string): Record<string, unknown> {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  assertValidReport(report);
  const { file: _f, sha256: _s, bytes: _b, ...input } = report.input as Record<string, unknown>;
  const { command: _c, ...rest } = report;
  return { ...rest, input };
}

/**
 * A case's options. The catalogue's tables are a few rows, so unpadded every
 * group is below --min-group-size and no check can be judged, which exits 3:
 * an accepted input is run with --allow-no-verdict, so that its exit code says
 * the input was read (the cases about exit 3 itself run as written).
 */
function argsOf(c: CatalogueCase): readonly string[] {
  const args = c.args ?? STANDARD_ARGS;
  return c.exit === 0 || c.exit === 1 ? [...args, '--allow-no-verdict'] : args;
}

/**
 * Runs one catalogue case on one path through the built CLI, with `-o` to a
 * report file, and checks standard error exactly, the exit code, and that an
 * error leaves no report (or temporary file) behind; an accepted input must
 * give a schema-valid report, equal to that of its plain equivalent.
 */
export function checkCase(c: CatalogueCase, on: CasePath): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-catalogue-'));
  try {
    const { data } = c;
    const pad = on === 'threads' && data.kind === 'bytes' && data.isPadded ? THREAD_PADDING : 0;
    const name = data.kind === 'shared' ? data.path : (c.name ?? DATA_NAME);
    const cwd = data.kind === 'shared' ? ROOT : dir;
    if (data.kind === 'bytes') writeFileSync(path.join(dir, name), data.bytes(pad));
    if (data.kind === 'directory') mkdirSync(path.join(dir, name));
    if (c.config !== undefined) writeFileSync(path.join(dir, 'fairgate.config.yaml'), c.config);
    for (const [file, content] of Object.entries(c.files?.() ?? {})) writeSideFile(path.join(dir, file), content);
    const stdin = on !== 'stdin' ? undefined : data.kind === 'bytes' ? data.bytes(0) : readFileSync(path.join(ROOT, name));
    const out = path.join(dir, 'out', 'report.json');
    const threads = on === 'threads' ? ['--threads', '2'] : ['--threads', '1'];
    const input = c.isStatisticsRun ? [] : [on === 'stdin' ? '-' : name, ...threads];
    const run = runCli(['audit', ...input, ...argsOf(c), '-o', out, '--quiet'], { cwd, ...(stdin ? { input: stdin } : {}), ...(c.env ? { env: c.env } : {}) });
    const expected = shiftLines(on === 'stdin' ? c.stderr.replace(`fairgate: ${name}`, 'fairgate: -') : c.stderr, pad);
    expect(run.stderr).toBe(expected);
    expect(run.exitCode).toBe(c.exit);
    expect(run.stdout).toBe('');
    if (c.exit === 2) {
      expect(existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : []).toEqual([]);
      return;
    }
    const report = content(out);
    if (c.sameReportAs) {
      writeFileSync(path.join(dir, 'plain.csv'), c.sameReportAs(pad));
      const plain = path.join(dir, 'plain.json');
      expect(runCli(['audit', 'plain.csv', ...argsOf(c), '-o', plain, '--quiet'], { cwd: dir }).exitCode).toBe(c.exit);
      expect(report).toEqual(content(plain));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
