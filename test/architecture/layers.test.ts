import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';
import { cycles, importGraph } from './import-graph.js';

/**
 * The pipeline, lowest layer first: a module may import from its own folder and from any
 * folder of a lower layer, never from a higher one or from another folder of its own layer.
 * This list is the one place the allowed direction is written.
 */
export const LAYERS: readonly (readonly string[])[] = [
  ['model', 'util'],
  ['stats'],
  ['core'],
  ['input/csv'],
  ['input/jsonl', 'input/parquet'],
  ['input/formats'],
  ['input/decode'],
  ['input/tally', 'input/aggregate', 'input/baseline'],
  ['metrics'],
  ['policy'],
  ['privacy'],
  ['config'],
  ['pipeline', 'sql'],
  ['render'],
  ['cli'],
  ['.'],
];

/** The folder a module belongs to: the longest prefix listed in LAYERS. */
export function folderOf(file: string): string {
  const folders = LAYERS.flat().filter((f) => f === '.' ? !file.includes('/') : file.startsWith(`${f}/`));
  return folders.sort((a, b) => b.length - a.length)[0] ?? '?';
}

const rank = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

/** Known exceptions, each to be removed by the change that fixes it; the list may only shrink. */
const KNOWN_UPWARD: readonly string[] = [];
const KNOWN_CYCLES: readonly string[][] = [];
const graph = importGraph(path.join(ROOT, 'src'));

describe('the layers of src/', () => {
  it('places every module in a listed folder', () => {
    expect([...graph.keys()].filter((f) => rank(folderOf(f)) < 0)).toEqual([]);
  });

  it('imports only from the same folder or a lower layer', () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) {
        const a = folderOf(from);
        const b = folderOf(to);
        if (a !== b && rank(b) >= rank(a)) upward.push(`${from} -> ${to}`);
      }
    }
    expect(upward.filter((edge) => !KNOWN_UPWARD.includes(edge))).toEqual([]);
    expect(KNOWN_UPWARD.filter((edge) => !upward.includes(edge))).toEqual([]);
  });

  it('has no import cycle between modules', () => {
    const known = (c: readonly string[]) => KNOWN_CYCLES.some((k) => k.join() === c.join());
    expect(cycles(graph).filter((c) => !known(c))).toEqual([]);
  });

  it('catches an upward import and a cycle (the check can fail)', () => {
    const bad = new Map([['model/a.ts', ['cli/b.ts']], ['cli/b.ts', ['model/a.ts']]]);
    expect(cycles(bad)).toEqual([['cli/b.ts', 'model/a.ts']]);
    expect(rank(folderOf('cli/b.ts'))).toBeGreaterThan(rank(folderOf('model/a.ts')));
  });
});
