import { fixed, type CatalogueCase } from './case.js';

const PATHS = ['file', 'stdin'] as const;
const rows = (header: string, lines: readonly string[]) => fixed(`${[header, ...lines].join('\n')}\n`);

/**
 * Names and values that could be taken for something else: each is just a
 * name, its own group (test/e2e/prototype-names.test.ts, test/unit/core/group-key.test.ts
 * and test/unit/core/normalize-values.test.ts check the counts).
 */
export const NAME_CASES: readonly CatalogueCase[] = [
  {
    input: 'columns and values named constructor, __proto__, toString, hasOwnProperty (accepted: names like any other)',
    data: rows('constructor,__proto__,toString,y', ['__proto__,constructor,1,1', 'toString,hasOwnProperty,0,1', '__proto__,valueOf,1,0', 'hasOwnProperty,constructor,0,0']),
    args: ['-g', 'constructor,__proto__,constructor+__proto__', '--prediction', 'toString', '--label', 'y', '--min-group-size', '1'],
    stderr: '',
    exit: 0,
    paths: PATHS,
  },
  {
    input: 'a | inside values of an intersection: x|y with z, and x with y|z (accepted: two groups, keys x\\|y|z and x|y\\|z)',
    data: rows('g,h,d', ['x|y,z,1', 'x,y|z,0', 'x|y,z,1', 'x,y|z,1']),
    args: ['-g', 'g+h', '--prediction', 'd', '--min-group-size', '1'],
    stderr: '',
    exit: 0,
    paths: PATHS,
  },
  {
    input: 'a cell that reads (missing) beside empty cells (accepted: two groups, (missing) and \\(missing))',
    data: rows('g,d', ['(missing),1', ',0', '(missing),1', ',1']),
    args: ['-g', 'g', '--prediction', 'd', '--min-group-size', '1'],
    stderr: '',
    exit: 0,
    paths: PATHS,
  },
  {
    input: 'values that differ only in Unicode normalisation or invisible characters, José and Jose + U+0301 (accepted: two groups, printed Jose\\u0301, and a notice; --normalize-values merges them)',
    data: rows('g,d', ['José,1', 'Jose\u0301,0', 'José,1', 'Jose\u0301,1']),
    args: ['-g', 'g', '--prediction', 'd', '--min-group-size', '1'],
    stderr: '',
    exit: 0,
    paths: PATHS,
  },
  {
    input: 'group values with a terminal hyperlink escape, a bidi override, a zero-width joiner, markup, a Markdown link, a bare URL and an e-mail address (accepted: shown as text, with \\uXXXX escapes, in every format)',
    data: rows('g,d', ['"\u001b]8;;http://evil.example\u0007x\u001b]8;; \u202eA\u200d",1', '"<b>[l](http://evil.example) www.evil.example me@evil.example</b>",0', '"\u001b]8;;http://evil.example\u0007x\u001b]8;; \u202eA\u200d",0', '"<b>[l](http://evil.example) www.evil.example me@evil.example</b>",0']),
    args: ['-g', 'g', '--prediction', 'd', '--min-group-size', '1'],
    stderr: '',
    exit: 0,
    paths: PATHS,
  },
  {
    input: 'a county column nested in a state column, with small counties, under --suppress-below 3 (accepted: suppression also protects the sums of counties in a state)',
    data: rows('county,state,d', ['c1,s1,1', 'c2,s1,0', 'c2,s1,1', 'c2,s1,0', 'c3,s2,1', 'c3,s2,0', 'c3,s2,1', 'c4,s2,0', 'c4,s2,1', 'c4,s2,1']),
    args: ['-g', 'county,state', '--prediction', 'd', '--min-group-size', '1', '--suppress-below', '3'],
    stderr: '',
    exit: 0,
    paths: PATHS,
  },
];
