import { PassThrough } from 'node:stream';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCommand } from '../../../src/cli/audit-command.js';
import type { CliIo } from '../../../src/cli/io.js';
import { createProgressBar, formatBytes, formatProgressLine, groupDigits, isProgressWanted } from '../../../src/cli/progress.js';
import { ROOT } from '../../helpers/run-cli.js';

describe('progress line', () => {
  it('formats bytes of the total and rows per second', () => {
    expect(groupDigits(1234567.4)).toBe('1,234,567');
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(12_345_678)).toBe('12.3 MB');
    const line = formatProgressLine({ label: 'data.csv', bytes: 500, totalBytes: 2000, rows: 3000, elapsedMs: 1500 });
    expect(line).toBe(`reading data.csv  [${'█'.repeat(6)}${'░'.repeat(18)}]   25 %  500 B / 2.0 kB  2,000 rows/s`);
    expect(formatProgressLine({ label: 'standard input', bytes: 2_000_000, rows: 10_000, elapsedMs: 2000 })).toBe('reading standard input  10,000 rows  2.0 MB  5,000 rows/s');
    expect(formatProgressLine({ label: 'a\u001b[2Jb', bytes: 0, rows: 0, elapsedMs: 0 })).toBe('reading a\\u001b[2Jb  0 rows  0 B');
  });

  it('stays silent for short runs, redraws at most once per interval, and clears its line', () => {
    let t = 0;
    const out: string[] = [];
    const bar = createProgressBar({ label: 'f', totalBytes: 100, write: (s) => out.push(s), now: () => t, delayMs: 250, intervalMs: 100 });
    bar.update({ bytes: 10, rows: 1 });
    expect(out).toEqual([]);
    t = 300;
    bar.update({ bytes: 50, rows: 5 });
    t = 350;
    bar.update({ bytes: 60, rows: 6 });
    t = 420;
    bar.update({ bytes: 90, rows: 9 });
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^\rreading f  \[█{12}░{12}\]   50 %  50 B \/ 100 B  17 rows\/s\u001b\[K$/);
    expect(out[1]).toMatch(/   90 %/);
    bar.finish();
    expect(out.at(-1)).toBe('\r\u001b[K');
    const quiet: string[] = [];
    createProgressBar({ label: 'f', write: (s) => quiet.push(s), now: () => 0 }).finish();
    expect(quiet).toEqual([]);
  });

  it('is wanted only on a terminal without --quiet or --no-progress', () => {
    expect(isProgressWanted({}, true)).toBe(true);
    expect(isProgressWanted({}, false)).toBe(false);
    expect(isProgressWanted({}, undefined)).toBe(false);
    expect(isProgressWanted({ quiet: true }, true)).toBe(false);
    expect(isProgressWanted({ progress: false }, true)).toBe(false);
  });
});

function fakeIo(isStderrTty: boolean): CliIo & { err: string[]; out: string[] } {
  let t = 0;
  const err: string[] = [];
  const out: string[] = [];
  return {
    argv: [], cwd: ROOT, env: { SOURCE_DATE_EPOCH: '0' }, stdin: new PassThrough(), isStdoutTty: false, isStderrTty,
    // every reading of the clock is a second later, so every chunk redraws
    now: () => (t += 1000),
    writeStdout: (s) => out.push(typeof s === 'string' ? s : Buffer.from(s).toString()), writeStderr: (s) => err.push(s), err, out,
  };
}

describe('progress during an audit', () => {
  const file = path.join('fixtures', 'marketing', 'data.csv');
  const flags = { config: 'fixtures/marketing/fairgate.config.yaml', format: 'json' };

  it('draws the bytes read of the file size on a terminal, then clears the line', async () => {
    const io = fakeIo(true);
    expect(await auditCommand(file, flags, io)).toBe(1);
    const frames = io.err.filter((s) => s.startsWith('\rreading'));
    expect(frames.length).toBeGreaterThan(3);
    expect(frames.at(-1)).toMatch(/\[█{24}\]  100 %  1\.4 MB \/ 1\.4 MB  [\d,]+ rows\/s\u001b\[K$/);
    expect(io.err.at(-1)).toBe('\r\u001b[K');
    expect(JSON.parse(io.out.join('')).input.rowsRead).toBe(20000);
  });

  it('is silent when standard error is not a terminal, or with --no-progress', async () => {
    const piped = fakeIo(false);
    await auditCommand(file, flags, piped);
    expect(piped.err).toEqual([]);
    const off = fakeIo(true);
    await auditCommand(file, { ...flags, progress: false }, off);
    expect(off.err).toEqual([]);
  });
});
