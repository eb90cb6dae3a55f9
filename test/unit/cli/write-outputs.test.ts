import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { runInterruptCleanups } from '../../../src/cli/interrupt-cleanup.js';
import { OutputError } from '../../../src/cli/output-error.js';
import { stageOutputs, writeOutputs, type RenderedOutput } from '../../../src/cli/write-outputs.js';
import { digest, snapshot } from '../../helpers/dir-snapshot.js';

const roots: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fairgate-write-'));
  roots.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Where one output goes and what is there before: nothing, an old report, or an obstacle that makes it fail. */
type Setup = { folder: 'here' | 'new' | 'new/deep'; before: 'none' | 'old' | 'directory' | 'parent-is-file' };

const setupArb = fc.record({
  folder: fc.constantFrom<Setup['folder']>('here', 'new', 'new/deep'),
  before: fc.constantFrom<Setup['before']>('none', 'old', 'old', 'none', 'directory', 'parent-is-file'),
});

/** Lays out the outputs' surroundings; returns the rendered outputs. */
function layOut(root: string, setups: readonly Setup[]): RenderedOutput[] {
  return setups.map((s, i) => {
    const folder = s.before === 'parent-is-file' ? `blocker${i}` : s.folder === 'here' ? '.' : `${s.folder.replace('new', `new${i}`)}`;
    if (s.before === 'parent-is-file') writeFileSync(path.join(root, folder), 'a file, not a folder');
    const target = path.join(root, folder, `r${i}.json`);
    if (s.before === 'old' || s.before === 'directory') mkdirSync(path.dirname(target), { recursive: true });
    if (s.before === 'old') writeFileSync(target, `old ${i}`);
    if (s.before === 'directory') {
      mkdirSync(target);
      writeFileSync(path.join(target, 'inside'), 'kept');
    }
    // text, bytes (a PDF's, which must arrive unchanged), or text in pieces (a JSON report)
    const content = i % 3 === 0 ? `new report ${i}\n`.repeat(i + 1) : i % 3 === 1 ? new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, i]) : Array.from({ length: i + 1 }, (_, j) => `piece ${j} é\n`);
    return { path: target, shown: `-o out${i}`, content };
  });
}

describe('writing reports: every one in place, or none', () => {
  it('property: a failure anywhere leaves the folder exactly as it was (same files, same inodes); success adds exactly the reports', () => {
    fc.assert(
      fc.property(fc.array(setupArb, { minLength: 1, maxLength: 4 }), (setups) => {
        const root = scratch();
        const outputs = layOut(root, setups);
        const before = snapshot(root);
        const expected = snapshot(root, { inodes: false });
        const firstBad = setups.findIndex((s) => s.before === 'directory' || s.before === 'parent-is-file');
        let error: unknown;
        try {
          writeOutputs(outputs);
        } catch (e) {
          error = e;
        }
        if (firstBad < 0) {
          expect(error).toBeUndefined();
          for (const o of outputs) {
            const rel = path.relative(root, o.path);
            const bytes = typeof o.content === 'string' ? Buffer.from(o.content) : o.content instanceof Uint8Array ? Buffer.from(o.content) : Buffer.from([...o.content].join(''));
            expected.set(rel, `file:${bytes.length}:${digest(bytes)}`);
            for (let d = path.dirname(rel); d !== '.'; d = path.dirname(d)) expected.set(d, 'dir');
          }
          expect(snapshot(root, { inodes: false })).toEqual(expected);
        } else {
          // staging fails at the first obstacle under a file; a directory as target fails at its rename, after earlier renames, which are undone
          const failing = setups.findIndex((s) => s.before === 'parent-is-file');
          const named = failing >= 0 ? failing : firstBad;
          expect(error).toBeInstanceOf(OutputError);
          expect((error as Error).message).toMatch(new RegExp(`^-o out${named}: `));
          expect((error as Error).message).toContain('no report file was written');
          expect(snapshot(root)).toEqual(before);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('a failed rename puts back the reports already renamed: the old file, by the same inode', () => {
    const root = scratch();
    const outputs = layOut(root, [{ folder: 'here', before: 'old' }, { folder: 'new', before: 'none' }, { folder: 'here', before: 'directory' }]);
    const inode = statSync(outputs[0]!.path).ino;
    expect(() => writeOutputs(outputs)).toThrow(/^-o out2: is a directory, not a file \(EISDIR\); no report file was written/);
    expect(readFileSync(outputs[0]!.path, 'utf8')).toBe('old 0');
    expect(statSync(outputs[0]!.path).ino).toBe(inode);
    expect([...snapshot(root, { inodes: false }).keys()]).toEqual(['r0.json', 'r2.json', 'r2.json/inside']);
  });

  it('staged reports are temporaries beside their targets, removed by discard or by a signal, never shown as reports', () => {
    const root = scratch();
    const outputs = layOut(root, [{ folder: 'new/deep', before: 'none' }, { folder: 'here', before: 'old' }]);
    const before = snapshot(root);
    const staged = stageOutputs(outputs);
    const during = [...snapshot(root).keys()];
    expect(during.filter((k) => k.endsWith('.fairgate-tmp')).map((k) => path.dirname(k))).toEqual(['.', 'new0/deep'].sort());
    expect(during.filter((k) => k.endsWith('.fairgate-tmp')).every((k) => path.basename(k).startsWith('.r'))).toBe(true);
    expect(readFileSync(outputs[1]!.path, 'utf8')).toBe('old 1');
    runInterruptCleanups(); // what SIGINT, SIGTERM and SIGHUP do
    expect(snapshot(root)).toEqual(before);
    staged.discard(); // nothing left to remove: no error
    expect(snapshot(root)).toEqual(before);
  });

  it('after a commit nothing is registered for removal: a late signal leaves the reports', () => {
    const root = scratch();
    const outputs = layOut(root, [{ folder: 'new', before: 'none' }]);
    stageOutputs(outputs).commit();
    runInterruptCleanups();
    expect(readFileSync(outputs[0]!.path, 'utf8')).toBe(outputs[0]!.content);
    expect([...snapshot(root).keys()]).toEqual(['new0', 'new0/r0.json']);
  });

  it('a file mode the umask allows, as a plain write would give', () => {
    const root = scratch();
    const [o] = layOut(root, [{ folder: 'here', before: 'none' }]);
    writeOutputs([o!]);
    expect(statSync(o!.path).mode & 0o777).toBe(0o666 & ~process.umask());
  });
});
