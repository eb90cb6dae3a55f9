import type { AuditConfig } from '../../model/config.js';
import { InputError } from '../../model/errors.js';
import { CONSENT_UNKNOWN, OPTED_IN, OPTED_OUT, type ConsentCode } from '../../core/consent-tally.js';
import { columnIndex } from './columns.js';

/** How a cell of the consent column (`--consent`) reads: opted in, opted out, or unknown (empty). */
export interface ConsentColumn {
  /** header position of the consent column */
  readonly index: number;
  /** the code of a cell's text (called once per distinct value); an InputError for a value in neither set */
  code(text: string, line: number): ConsentCode;
}

/** `"yes", "y", …` for a message. */
const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * The consent column's reading: a value of the opted-in set (case-insensitive,
 * trimmed) is 0, of the opted-out set 1, an empty cell unknown; any other value
 * is an input error that names it, the two sets and the flags that map it.
 * Undefined without `--consent`.
 */
export function createConsentColumn(header: readonly string[], config: Readonly<AuditConfig>, file: string): ConsentColumn | undefined {
  const name = config.columns.consent;
  const settings = config.consent;
  if (name === undefined || settings === undefined) return undefined;
  const index = columnIndex(header, name, file, '--consent');
  const yes = new Set(settings.yes.map((v) => v.toLowerCase()));
  const no = new Set(settings.no.map((v) => v.toLowerCase()));
  const at = { column: { number: index + 1, name: header[index]! } };
  return {
    index,
    code(text, line) {
      const value = text.trim();
      if (value === '') return CONSENT_UNKNOWN;
      const lower = value.toLowerCase();
      if (yes.has(lower)) return OPTED_IN;
      if (no.has(lower)) return OPTED_OUT;
      throw new InputError(
        file,
        line,
        `consent ${JSON.stringify(value)} is neither opted in (${quoted(settings.yes)}) nor opted out (${quoted(settings.no)}); map it with --consent-yes or --consent-no (config consent.yes / consent.no), or leave the cell empty for unknown`,
        at,
      );
    },
  };
}
