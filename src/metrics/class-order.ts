import type { AuditConfig } from '../model/config.js';
import type { GroupTally } from '../core/types.js';
import { InputError } from '../model/errors.js';
import { listNames } from '../util/suggest.js';

/**
 * The classes of the run's multi-class decision, most favourable first with
 * `--favourable`, else by name; checked against the classes the rows hold: at
 * least two, and an order that names each of them exactly once (a class it
 * leaves out could not be placed; one the data lacks is a typo or the wrong
 * column). Undefined without `--decision`.
 */
export function classOrder(overall: GroupTally, config: Readonly<AuditConfig>, file: string): string[] | undefined {
  const column = config.columns.decision;
  if (column === undefined) return undefined;
  const found = [...(overall.classes?.keys() ?? [])];
  if (found.length < 2) {
    const what = found.length === 0 ? 'no class' : `one class only ("${found[0]}")`;
    throw new InputError(file, undefined, `--decision "${column}" holds ${what} in the ${overall.n} rows audited; class shares compare at least two classes: check the column, or audit a yes/no decision with --prediction`);
  }
  const unknown = config.rules.find((r) => r.class !== undefined && !found.includes(r.class));
  if (unknown) {
    throw new InputError(file, undefined, `rule "${unknown.id}" judges class "${unknown.class}", not a class of "${column}"; its classes are ${listNames(found)}`);
  }
  const order = config.favourable;
  if (order === undefined) return found;
  const absent = order.filter((c) => !found.includes(c));
  if (absent.length > 0) {
    throw new InputError(file, undefined, `--favourable names ${listNames(absent)}, not a class of "${column}"; its classes are ${listNames(found)}: write them from most to least favourable, e.g. "${found.join('>')}"`);
  }
  const left = found.filter((c) => !order.includes(c));
  if (left.length > 0) {
    throw new InputError(file, undefined, `--favourable leaves out ${listNames(left)}, a class of "${column}"; name every class once, from most to least favourable (its classes are ${listNames(found)})`);
  }
  return [...order];
}
