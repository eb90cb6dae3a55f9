import { emptyCandidateTally } from '../../core/candidate-tally.js';
import { emptyConsentTally } from '../../core/consent-tally.js';
import type { GroupTally } from '../../core/types.js';
import { InputError } from '../../model/errors.js';
import { countOf } from '../../util/plural.js';
import type { Fingerprint } from './fingerprint.js';
import { numberOf } from './sql-rows.js';

// The consent (`--consent`) and candidate (`--candidate`) rows of a `fairgate sql` result: how they are
// checked, refused as the CSV reader refuses their cells, and added to a group's tally.

type Row = Record<string, unknown>;

const num = (x: unknown): number => numberOf(x) ?? 0;

/** A new group's tally gets zero counts of what the statistics count, as a group of the one-pass audit has. */
export function startExtras(t: GroupTally, fingerprint: Fingerprint): void {
  if (fingerprint.consent) t.consent = emptyConsentTally();
  if (fingerprint.candidate !== undefined) t.candidate = emptyCandidateTally();
}

/** A group's rows that opted out or have no consent recorded (`n`), and the selected among them (`selected`). */
export function addConsentRow(t: GroupTally, r: Row): void {
  const c = (t.consent ??= emptyConsentTally());
  if (r.detail === 'opted_out') {
    c.optedOut += num(r.n);
    c.selectedOptedOut += num(r.selected);
  } else {
    c.unknown += num(r.n);
    c.selectedUnknown += num(r.selected);
  }
}

/** A group's rows the candidate selects (`n`), of which the audited decision selects too (`selected`) and with label 1 (`tp`). */
export function addCandidateRow(t: GroupTally, r: Row): void {
  const c = (t.candidate ??= emptyCandidateTally());
  c.selected += num(r.n);
  c.both += num(r.selected);
  c.tp += num(r.tp);
}

const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** The CSV reader's refusal of a consent or candidate cell, for an `invalid` row of the result (undefined for other roles). */
export function extraRefusal(r: Row, fingerprint: Fingerprint, file: string): InputError | undefined {
  const n = num(r.n);
  const rows = `${countOf(n, 'rows')} ${n === 1 ? 'has' : 'have'}`;
  const example = r.detail === null || r.detail === undefined ? '' : String(r.detail);
  if (r.attribute === 'consent' && fingerprint.consent) {
    const { column, yes, no } = fingerprint.consent;
    return new InputError(file, undefined, `${rows} a consent in column "${column}" that is neither opted in (${quoted(yes)}) nor opted out (${quoted(no)}), e.g. ${JSON.stringify(example)}; map it with --consent-yes or --consent-no (config consent.yes / consent.no), or leave the cell empty for unknown`);
  }
  if (r.attribute === 'candidate' && fingerprint.candidate !== undefined) {
    const column = fingerprint.candidate;
    // the example is the least non-empty one: none when every such cell is empty
    if (example === '') return new InputError(file, undefined, `${rows} an empty candidate cell in column "${column}"; --candidate compares two models on the same rows, so every row needs both decisions: fill them in or remove the rows`);
    const how = fingerprint.threshold !== null
      ? `with --score and --threshold the candidate is a score column, cut at the same threshold (${fingerprint.threshold})`
      : 'the candidate is read like --prediction, as 1/0, true/false or yes/no, or list its positive values with --prediction-positive';
    return new InputError(file, undefined, `${rows} a candidate in column "${column}" that is empty or ${fingerprint.threshold !== null ? 'not a number' : 'neither positive nor negative'}, e.g. ${JSON.stringify(example)}; ${how}`);
  }
  return undefined;
}
