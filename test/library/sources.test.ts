import { createReadStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { audit, UsageError } from '../../src/index.js';
import { ROOT } from '../helpers/run-cli.js';

/**
 * The library's sources: a path, a stream (read once) and a source that opens
 * again give the same report; a cut-off that reads twice refuses a one-time
 * stream with the way out, never "the file is empty".
 */
const DATA = path.join(ROOT, 'fixtures/marketing/data.csv');
const AT = { generatedAt: '2026-01-01T00:00:00Z' };
const decided = { columns: { prediction: 'targeted', label: 'converted' }, groups: ['gender'] };
const cutOff = { columns: { score: 'score', label: 'converted' }, groups: ['gender'], topK: 500 };
const counts = (r: Awaited<ReturnType<typeof audit>>) => r.attributes[0]!.groups.map((g) => [g.key, g.n, g.selected, g.tp]);

describe('audit(): the sources of the data', () => {
  it('a path, a stream and an opener give the same groups, counted as in the file', async () => {
    const byPath = await audit(DATA, decided, AT);
    const byStream = await audit({ name: 'data.csv', stream: createReadStream(DATA) }, decided, AT);
    const byOpen = await audit({ name: 'data.csv', open: () => createReadStream(DATA) }, decided, AT);
    expect(counts(byStream)).toEqual(counts(byPath));
    expect(counts(byOpen)).toEqual(counts(byPath));
    // recount of the women from the text itself
    const lines = readFileSync(DATA, 'utf8').trim().split('\n');
    const header = lines[0]!.split(',');
    const [g, t] = [header.indexOf('gender'), header.indexOf('targeted')];
    const women = lines.slice(1).map((l) => l.split(',')).filter((c) => c[g] === 'Female');
    expect(counts(byPath).find((r) => r[0] === 'Female')!.slice(1, 3)).toEqual([women.length, women.filter((c) => c[t] === '1').length]);
  });

  it('a top-k cut-off reads twice: an opener works, a one-time stream is refused with the fix', async () => {
    const byPath = await audit(DATA, cutOff, AT);
    const byOpen = await audit({ name: 'data.csv', open: () => createReadStream(DATA) }, cutOff, AT);
    expect(counts(byOpen)).toEqual(counts(byPath));
    expect(byPath.attributes[0]!.groups.reduce((s, x) => s + (x.selected ?? 0), 0)).toBeGreaterThanOrEqual(500);
    const once = audit({ name: 'data.csv', stream: Readable.from([readFileSync(DATA)]) }, cutOff, AT);
    await expect(once).rejects.toThrow(UsageError);
    await expect(audit({ name: 'data.csv', stream: Readable.from([readFileSync(DATA)]) }, cutOff, AT)).rejects.toThrow(/reads its input twice .* pass \{ name, open: \(\) => stream \}/);
  });
});
