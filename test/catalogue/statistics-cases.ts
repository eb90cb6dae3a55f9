import { fixed, withRows, type CatalogueCase } from './case.js';
import { editedAggregate, olderSqlResult, sqlResult, validAggregate, type Json } from './statistics-files.js';

const data = fixed(withRows([])(0));
const FILE = ['file'] as const;
const REDO = 'the file is damaged or was edited: re-create it with fairgate aggregate';
const RERUN = 'run the query printed by fairgate sql again and save its whole result';
/** `audit --from-aggregates <files…>`, judged with the standard flags' rule. */
const fromAggregates = (...files: string[]): Pick<CatalogueCase, 'args' | 'isStatisticsRun' | 'data'> => ({ data, isStatisticsRun: true, args: ['--from-aggregates', ...files] });
const female = (a: Json) => a.attributes[0].groups.find((g: Json) => g.key === 'Female').tally;

/** Aggregate files and warehouse results (`--from-aggregates`): read as untrusted input, and checked for consistency before anything is judged. */
export const STATISTICS_CASES: readonly CatalogueCase[] = [
  { input: 'an aggregate path that is a directory', ...fromAggregates('parts'), files: () => ({ parts: { kind: 'directory' } }), stderr: 'fairgate: parts: is a directory; give a statistics file\n', exit: 2, paths: FILE },
  {
    input: 'an aggregate path that is a named pipe (FIFO)',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': { kind: 'fifo' } }),
    stderr: 'fairgate: a.json: is a named pipe (FIFO), not a file: fairgate would wait for it forever; give a statistics file\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a 600 MB aggregate file',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': { kind: 'sparse', bytes: 600 * 1024 * 1024 } }),
    stderr: 'fairgate: a.json: the statistics file is 600.0 MiB, more than the 256.0 MiB fairgate reads; is this the right file?\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: '200,000 nested arrays',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': `${'['.repeat(200_000)}${']'.repeat(200_000)}` }),
    stderr: 'fairgate: a.json, line 1, column 33: nested more than 32 levels deep, which no fairgate aggregate or query result is; is this the right file?\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'an unknown enum value in an aggregate',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': editedAggregate((a) => (a.fingerprint.missing = 'ignore')) }),
    stderr: 'fairgate: a.json: not a valid fairgate aggregate: fingerprint.missing: expected one of "group", "drop", got "ignore"; re-create it with fairgate aggregate\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a negative count in an aggregate',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': editedAggregate((a) => (female(a).selected = -1)) }),
    stderr: 'fairgate: a.json: not a valid fairgate aggregate: attributes.0.groups.0.tally.selected: expected a number >= 0, got -1; re-create it with fairgate aggregate\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a forged aggregate: more true positives than selected rows',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': editedAggregate((a) => (female(a).tp = 2)) }),
    stderr: `fairgate: a.json: group gender=Female: tp is 2 but selected is 1, and tp counts some of those rows; ${REDO}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a count that contradicts the rest of its group',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': editedAggregate((a) => (female(a).selected = 2)) }),
    stderr: `fairgate: a.json: group gender=Female: selected + positives − tp is 3, more than n (2): the true negatives would be -1; ${REDO}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a forged aggregate: an extra group, consistent in itself, so that the groups add up to more than the population',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': editedAggregate((a) => a.attributes[0].groups.push({ key: 'Other', values: ['Other'], tally: female(a) })) }),
    stderr: `fairgate: a.json: attribute gender: its groups hold 6 rows, but the population has 4; ${REDO}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: "a calibration bin whose rows do not match its scores",
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': editedAggregate((a) => (female(a).bins.rows[8] += 1)) }),
    stderr: `fairgate: a.json: group gender=Female: calibration bin 8 has 2 rows whose scores sum to 0.82, outside [1.6, 1.8]; ${REDO}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a group whose key does not match its values',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': editedAggregate((a) => (a.attributes[0].groups[0].key = 'female')) }),
    stderr: `fairgate: a.json: group gender=female: its key should be "Female" for the values ["Female"]; ${REDO}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a group key listed twice (two groups would merge)',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': editedAggregate((a) => (a.attributes[0].groups[0].key = 'Male')) }),
    stderr: `fairgate: a.json: attribute gender: a group key appears twice; ${REDO}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'the same aggregate given twice',
    ...fromAggregates('a.json', 'b.json'),
    files: () => ({ 'a.json': validAggregate(), 'b.json': validAggregate() }),
    stderr: 'fairgate: b.json: is the same file as a.json; merging it again would count its rows twice: give each part once\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'two aggregates of the same data',
    ...fromAggregates('a.json', 'b.json'),
    files: () => ({ 'a.json': validAggregate(), 'b.json': editedAggregate((a) => (a.tool.version = 'another')) }),
    stderr: 'fairgate: b.json: holds the statistics of the same data as a.json (data.csv, SHA-256 7de271169464…); merging it again would count its rows twice: give each part once\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a warehouse result with an unknown kind of row',
    ...fromAggregates('stats.csv'),
    files: () => ({ 'stats.csv': sqlResult(['bins,gender,Female,8,,,,1,1,1,1,0.82,0.6724,0.0324,']) }),
    stderr: `fairgate: stats.csv: row 2 of the result (kind "bins"), column kind: expected one of meta, dropped, invalid, value, bin, auc, class, outcome, consent, candidate, got "bins"; ${RERUN}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a warehouse result with a count that is not a number',
    ...fromAggregates('stats.csv'),
    files: () => ({ 'stats.csv': sqlResult(['bin,gender,Female,8,,,,one,1,1,1,0.82,0.6724,0.0324,']) }),
    stderr: `fairgate: stats.csv: row 2 of the result (kind "bin"), column n: expected a whole number ≥ 1, got "one"; ${RERUN}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a warehouse result with a calibration bin out of range',
    ...fromAggregates('stats.csv'),
    files: () => ({ 'stats.csv': sqlResult(['bin,gender,Female,18,,,,1,1,1,1,0.82,0.6724,0.0324,']) }),
    stderr: `fairgate: stats.csv: row 2 of the result (kind "bin"), column bin: expected a whole number from 0 to 9, got "18"; ${RERUN}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a warehouse result from the query of an earlier fairgate (no sum_score_squared column)',
    ...fromAggregates('stats.csv'),
    files: () => ({ 'stats.csv': olderSqlResult(['bin,gender,Female,8,,,,1,1,1,1,0.82,0.0324,']) }),
    stderr: `fairgate: stats.csv: row 2 of the result (kind "bin"), column sum_score_squared: expected a finite number, got nothing; ${RERUN}\n`,
    exit: 2,
    paths: FILE,
  },
  {
    input: 'an aggregate of format version 1 (before the bins summed the squared scores)',
    ...fromAggregates('a.json'),
    files: () => ({ 'a.json': editedAggregate((a) => (a.version = 1)) }),
    stderr: 'fairgate: a.json: aggregate format version 1 is not supported by this fairgate (it reads version 2, whose calibration bins also sum the squared scores); re-create it with fairgate aggregate of this version\n',
    exit: 2,
    paths: FILE,
  },
  {
    input: 'a warehouse result without its meta row',
    ...fromAggregates('stats.csv'),
    files: () => ({ 'stats.csv': sqlResult([]).split('\n').filter((l) => !l.startsWith('meta')).join('\n') }),
    stderr: 'fairgate: stats.csv: no "meta" row: save the whole result of the query printed by fairgate sql\n',
    exit: 2,
    paths: FILE,
  },
];
