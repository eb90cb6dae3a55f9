import { linkSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOutputCollisions, readPath, reportPath } from '../../../src/cli/output-collisions.js';
import { identify, sameFile } from '../../../src/cli/same-file.js';

const roots: string[] = [];
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch folder with the file `data/d.csv`, a different file `data/other.csv` of the same bytes, and a folder `x/`. */
function world(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'fairgate-alias-'));
  roots.push(root);
  mkdirSync(path.join(root, 'data'));
  mkdirSync(path.join(root, 'x'));
  writeFileSync(path.join(root, 'data', 'd.csv'), 'g,d\nA,1\n');
  writeFileSync(path.join(root, 'data', 'other.csv'), 'g,d\nA,1\n');
  return root;
}

/** One way to name the same file again (relative to the root): each makes what it needs on disk. */
type Step = 'symlink-relative' | 'symlink-absolute' | 'hardlink' | 'dot' | 'dotdot-existing' | 'dotdot-missing' | 'folder-symlink' | 'double-slash';
const stepArb = fc.constantFrom<Step>('symlink-relative', 'symlink-absolute', 'hardlink', 'dot', 'dotdot-existing', 'dotdot-missing', 'folder-symlink', 'double-slash');

let serial = 0;
function alias(root: string, current: string, step: Step, exists: boolean): string {
  const name = `alias${serial++}`;
  const dir = path.dirname(current);
  const base = path.basename(current);
  switch (step) {
    case 'symlink-relative':
    case 'symlink-absolute':
      if (!exists) return `./${current}`; // a link to a file not yet written is replaced by the report, not followed
      symlinkSync(step === 'symlink-relative' ? path.relative(root, path.join(root, current)) : path.join(root, current), path.join(root, name));
      return name;
    case 'hardlink':
      if (!exists) return `${dir}/./${base}`;
      linkSync(path.join(root, current), path.join(root, `${name}.csv`));
      return `${name}.csv`;
    case 'dot':
      return `./${dir}/./${base}`;
    case 'dotdot-existing':
      return `x/../${current}`;
    case 'dotdot-missing':
      return `nothing-here/../${current}`;
    case 'folder-symlink':
      symlinkSync(path.join(root, dir), path.join(root, name));
      return `${name}/${base}`;
    case 'double-slash':
      return `${dir}//${base}`;
  }
}

const aliasOf = (root: string, start: string, steps: readonly Step[], exists = true) => steps.reduce((p, s) => alias(root, p, s, exists), start);

describe('outputs and inputs are compared as files, not as strings', () => {
  it('property: any two names of one file (symlink chains, hard links, ./, a/../, folder links) are the same file; another file with the same bytes is not', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 4 }), fc.array(stepArb, { maxLength: 4 }), (first, second) => {
        const root = world();
        const a = aliasOf(root, 'data/d.csv', first);
        const b = aliasOf(root, 'data/d.csv', second);
        const other = aliasOf(root, 'data/other.csv', second);
        const at = (p: string) => ({ path: identify(path.resolve(root, p)) });
        expect(sameFile(at(a), at(b))).toBeDefined();
        expect(sameFile(at(a), at(other))).toBeUndefined();
        expect(() => checkOutputCollisions([readPath('the input data file', a, path.resolve(root, a))], [reportPath(b, path.resolve(root, b))])).toThrow(
          new RegExp(`^-o ${b.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is the input data file.*: writing there would destroy an input, so nothing was read or written; give -o another path$`),
        );
        expect(() => checkOutputCollisions([readPath('the input data file', a, path.resolve(root, a))], [reportPath(other, path.resolve(root, other))])).not.toThrow();
      }),
      { numRuns: 80 },
    );
  });

  it('property: two outputs not yet written, named through ./, a/../ or a linked folder, are the same file', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 4 }), (steps) => {
        const root = world();
        const b = aliasOf(root, 'data/new.json', steps, false);
        const writes = [reportPath('data/new.json', path.join(root, 'data/new.json')), reportPath(b, path.resolve(root, b))];
        expect(() => checkOutputCollisions([], writes)).toThrow(/^-o data\/new\.json and -o .* are the same file.*: one output would replace the other/);
        expect(() => checkOutputCollisions([], [writes[0]!, reportPath('data/new2.json', path.join(root, 'data/new2.json'))])).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('names how the two paths meet: by a symbolic link, by a hard link, or not at all when the path is the same', () => {
    const root = world();
    symlinkSync('data/d.csv', path.join(root, 'soft.csv'));
    linkSync(path.join(root, 'data/d.csv'), path.join(root, 'hard.csv'));
    const data = readPath('the input data file', 'data/d.csv', path.join(root, 'data/d.csv'));
    const run = (o: string) => () => checkOutputCollisions([data], [reportPath(o, path.resolve(root, o))]);
    expect(run('soft.csv')).toThrow('-o soft.csv is the input data file data/d.csv (the same file through a symbolic link): ');
    expect(run('hard.csv')).toThrow('-o hard.csv is the input data file data/d.csv (the same file through a hard link): ');
    expect(run('x/../data/d.csv')).toThrow('-o x/../data/d.csv is the input data file data/d.csv: ');
    expect(run('data/d.csv')).toThrow(/^-o data\/d\.csv is the input data file: /);
  });

  it('a dangling symbolic link is replaced by the report, not followed: it does not collide with the file it names', () => {
    const root = world();
    symlinkSync('data/later.json', path.join(root, 'dangling.json'));
    const writes = [reportPath('dangling.json', path.join(root, 'dangling.json')), reportPath('data/later.json', path.join(root, 'data/later.json'))];
    expect(() => checkOutputCollisions([], writes)).not.toThrow();
  });
});
