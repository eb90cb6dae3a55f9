import type { AuditConfig } from '../../model/config.js';
import { InputError } from '../../model/errors.js';

// A module of its own so that the tally worker threads, which need only this, do not load the ll144 report section.

/** Adds the ll144 mapping to a "column not found" error for the sex or race column. */
export function ll144ColumnHint(config: Readonly<AuditConfig>, column: string, find: () => number): number {
  try {
    return find();
  } catch (error) {
    const o = config.ll144;
    if (!(error instanceof InputError) || !o || (column !== o.sex && column !== o.race)) throw error;
    const role = column === o.sex ? 'sex' : 'race';
    const hint = `the ll144 preset reads ${role} from column "${column}": map it in the config, e.g. ll144: { ${role}: <column> }`;
    // the error's detail, not its message cut after a location prefix: the location may name a column too
    throw new InputError(error.file, error.line, `${error.detail}; ${hint}`, { cause: error, ...(error.column ? { column: error.column } : {}) });
  }
}
