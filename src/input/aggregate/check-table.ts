import { talliedAttributes } from '../../model/split-attributes.js';
import { groupKey } from '../../core/group-key.js';
import type { TallyTable } from '../../core/types.js';
import { MISSING_GROUP } from '../../core/types.js';
import { InputError } from '../../model/errors.js';
import { countOf } from '../../util/plural.js';
import type { DropReason } from '../decode/decode-row.js';
import type { Fingerprint } from './fingerprint.js';
import { tallyProblem } from './check-tally.js';

const DROP_REASONS: readonly DropReason[] = ['missing_prediction', 'missing_label', 'missing_score', 'missing_rank', 'missing_list', 'missing_outcome'];
const COUNTS = ['n', 'selected', 'positives', 'tp'] as const;

/**
 * Statistics read from a file must describe one population, before anything
 * is judged from them: each group's counts consistent (check-tally.ts); the
 * attributes those of the fingerprint, each group's key made from its values;
 * every attribute's groups adding up to the population (less the rows an
 * attribute leaves out under `--missing drop`); rows read = used + dropped;
 * the column dependencies about audited columns. The first problem is an
 * error naming the file, the group and the field.
 */
export function checkStatisticsTable(table: TallyTable, fingerprint: Fingerprint, file: string, remedy: string): void {
  const refuse = (where: string, problem: string): never => {
    throw new InputError(file, undefined, `${where}: ${problem}; the file is damaged or was edited: ${remedy}`);
  };
  const { columns: c, threshold } = fingerprint;
  const caps = table.capabilities;
  if (caps.hasDecision !== (c.prediction !== null || threshold !== null) || caps.hasLabel !== (c.label !== null) || caps.hasScore !== (c.score !== null)) {
    refuse('capabilities', `${JSON.stringify(caps)} do not match the fingerprint's columns ${JSON.stringify(c)}`);
  }
  const overall = tallyProblem(table.overall, table.capabilities);
  if (overall) refuse('the whole population', overall);
  const dropped = Object.entries(table.rowsDropped);
  for (const [reason, count] of dropped) {
    if (!(DROP_REASONS as readonly string[]).includes(reason)) refuse('rows.dropped', `unknown reason ${JSON.stringify(reason)}; expected one of ${DROP_REASONS.join(', ')}`);
    if (!Number.isSafeInteger(count) || count < 0) refuse(`rows.dropped.${reason}`, `expected a whole number of rows, got ${count}`);
  }
  const droppedRows = dropped.reduce((s, [, c]) => s + c, 0);
  if (table.rowsUsed !== table.overall.n) refuse('rows.used', `${table.rowsUsed} rows used, but the population has ${table.overall.n}`);
  if (table.rowsRead !== table.rowsUsed + droppedRows) refuse('rows.read', `${table.rowsRead} rows read, but ${table.rowsUsed} used + ${droppedRows} left out is ${table.rowsUsed + droppedRows}`);
  // the audited attributes, then the internal intersections of strata and time windows the fingerprint implies
  const tallied = talliedAttributes(fingerprint);
  const names = table.attributes.map((a) => a.spec.name);
  const expectedNames = tallied.map((a) => a.name);
  if (names.join('\u0000') !== expectedNames.join('\u0000')) refuse('attributes', `the attributes are ${names.join(', ') || 'none'}, but the fingerprint lists ${expectedNames.join(', ')}`);
  for (const [i, a] of table.attributes.entries()) {
    const spec = tallied[i]!;
    if (a.spec.columns.join('\u0000') !== spec.columns.join('\u0000')) refuse(`attribute ${a.spec.name}`, `its columns are ${a.spec.columns.join(', ')}`);
    if (a.spec.role !== spec.role || (spec.role !== undefined && a.spec.of !== spec.of)) refuse(`attribute ${a.spec.name}`, `its role is ${JSON.stringify(a.spec.role ?? null)} of ${JSON.stringify(a.spec.of ?? null)}`);
    const sum = { n: 0, selected: 0, positives: 0, tp: 0 };
    for (const [key, g] of a.groups) {
      const where = `group ${a.spec.name}=${key}`;
      if (g.values.length !== a.spec.columns.length || g.values.some((v) => v === '')) refuse(where, `expected ${countOf(a.spec.columns.length, 'non-empty values')}, got ${JSON.stringify(g.values)}`);
      if (groupKey(g.values) !== key) refuse(where, `its key should be ${JSON.stringify(groupKey(g.values))} for the values ${JSON.stringify(g.values)}`);
      if (fingerprint.missing === 'drop' && g.values.includes(MISSING_GROUP)) refuse(where, 'a (missing) group, but empty cells were dropped (--missing drop)');
      if (g.tally.n === 0) refuse(where, 'n is 0: a group has at least one row');
      const problem = tallyProblem(g.tally, table.capabilities);
      if (problem) refuse(where, problem);
      for (const f of COUNTS) sum[f] += g.tally[f];
    }
    const expected = table.overall.n - a.rowsExcluded;
    if (fingerprint.missing === 'group' && a.rowsExcluded !== 0) refuse(`attribute ${a.spec.name}`, `rowsExcluded is ${a.rowsExcluded}, but empty cells form a group (--missing group)`);
    if (sum.n !== expected) refuse(`attribute ${a.spec.name}`, `its groups hold ${sum.n} rows, but the population has ${table.overall.n}${a.rowsExcluded ? `, less ${a.rowsExcluded} left out: ${expected}` : ''}`);
    for (const f of COUNTS) {
      const isOff = fingerprint.missing === 'group' ? sum[f] !== table.overall[f] : sum[f] > table.overall[f];
      if (isOff) refuse(`attribute ${a.spec.name}`, `its groups' ${f} add up to ${sum[f]}, but the population's ${f} is ${table.overall[f]}`);
    }
  }
  const columns = new Set(table.attributes.flatMap((a) => a.spec.columns));
  const pairs = new Set<string>();
  for (const d of table.dependencies ?? []) {
    const pair = `${d.from}\u0000${d.to}`;
    if (!columns.has(d.from) || !columns.has(d.to) || d.from === d.to || pairs.has(pair)) refuse('dependencies', `${JSON.stringify(d.from)} → ${JSON.stringify(d.to)} is not a pair of distinct audited columns listed once`);
    pairs.add(pair);
    for (const [x, y] of d.values) if (x !== '' && y === null) refuse(`dependencies ${d.from} → ${d.to}`, `the value ${JSON.stringify(x)} occurs with several values, so the pair would have been dropped`);
  }
}
