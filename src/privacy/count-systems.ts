import type { Capabilities } from '../model/capabilities.js';
import { classQuantity } from './cell-counts.js';

/**
 * A count a reader could pin for a hidden group: a linear combination of the
 * cell's quantities (cell-model.ts) that is a number of rows (or an exposure
 * sum) and so is never negative. Each obeys the relations of the cell model.
 * The planner checks the counts a report publishes, their complements, and
 * the cells of the tables they span (confusion, consent × selected, the two
 * models' paired table), as a reader bounding one count at a time would.
 */
export interface CountSystem {
  id: string;
  /** quantity → coefficient */
  terms: readonly (readonly [quantity: string, coefficient: number])[];
  /** a sum of floats: pinned when its bounds meet up to rounding */
  isFloat?: boolean;
}

const system = (id: string, terms: Record<string, number>, isFloat = false): CountSystem => ({ id, terms: Object.entries(terms), ...(isFloat ? { isFloat } : {}) });

export const N_ROWS = system('n', { n: 1 });

/** The consent counts a verdict of the consent gate states a bound on, by the metric it judges. */
export const CONSENT_COUNT_OF: Readonly<Record<string, string>> = { unconsented_selected: 'consent.selectedOptedOut', unknown_consent_selected: 'consent.selectedUnknown' };

const [OUT, UNKNOWN, SEL_OUT, SEL_UNKNOWN] = ['consent.optedOut', 'consent.unknown', 'consent.selectedOptedOut', 'consent.selectedUnknown'];
const [C_SEL, C_BOTH, C_TP] = ['candidate.selected', 'candidate.both', 'candidate.tp'];

function base(caps: Capabilities): CountSystem[] {
  const out = [N_ROWS];
  if (caps.hasDecision) out.push(system('selected', { selected: 1 }), system('unselected', { n: 1, selected: -1 }));
  if (caps.hasLabel) out.push(system('positives', { positives: 1 }), system('negatives', { n: 1, positives: -1 }));
  if (caps.hasDecision && caps.hasLabel) {
    out.push(system('tp', { tp: 1 }), system('fp', { selected: 1, tp: -1 }), system('fn', { positives: 1, tp: -1 }), system('tn', { n: 1, selected: -1, positives: -1, tp: 1 }));
  }
  if (caps.hasRank) out.push(system('atK', { atK: 1 }), system('belowK', { n: 1, atK: -1 }), system('exposure', { exposure: 1 }, true));
  if (caps.hasRank && caps.hasLabel) out.push(system('relevantExposure', { relevantExposure: 1 }, true), system('otherExposure', { exposure: 1, relevantExposure: -1 }, true));
  return out;
}

/** Consent (opted in / out / unknown) and, with a decision, consent × selected. */
function consent(caps: Capabilities): CountSystem[] {
  if (!caps.hasConsent) return [];
  const out = [
    system(OUT, { [OUT]: 1 }),
    system(UNKNOWN, { [UNKNOWN]: 1 }),
    system('consent.optedIn', { n: 1, [OUT]: -1, [UNKNOWN]: -1 }),
    system('consent.known', { n: 1, [UNKNOWN]: -1 }),
    system('consent.notOptedOut', { n: 1, [OUT]: -1 }),
    system('consent.notOptedIn', { [OUT]: 1, [UNKNOWN]: 1 }),
  ];
  if (!caps.hasDecision) return out;
  return [
    ...out,
    system(SEL_OUT, { [SEL_OUT]: 1 }),
    system(SEL_UNKNOWN, { [SEL_UNKNOWN]: 1 }),
    system('consent.unselectedOptedOut', { [OUT]: 1, [SEL_OUT]: -1 }),
    system('consent.unselectedUnknown', { [UNKNOWN]: 1, [SEL_UNKNOWN]: -1 }),
    system('consent.selectedOptedIn', { selected: 1, [SEL_OUT]: -1, [SEL_UNKNOWN]: -1 }),
    system('consent.unselectedOptedIn', { n: 1, selected: -1, [OUT]: -1, [UNKNOWN]: -1, [SEL_OUT]: 1, [SEL_UNKNOWN]: 1 }),
  ];
}

/** The candidate's confusion counts and, with the audited decision, the two models' paired table. */
function candidate(caps: Capabilities): CountSystem[] {
  if (!caps.hasCandidate) return [];
  const out = [system(C_SEL, { [C_SEL]: 1 }), system('candidate.unselected', { n: 1, [C_SEL]: -1 })];
  if (caps.hasLabel) {
    out.push(
      system(C_TP, { [C_TP]: 1 }),
      system('candidate.fp', { [C_SEL]: 1, [C_TP]: -1 }),
      system('candidate.fn', { positives: 1, [C_TP]: -1 }),
      system('candidate.tn', { n: 1, [C_SEL]: -1, positives: -1, [C_TP]: 1 }),
    );
  }
  if (caps.hasDecision) {
    out.push(
      system(C_BOTH, { [C_BOTH]: 1 }),
      system('candidate.baselineOnly', { selected: 1, [C_BOTH]: -1 }),
      system('candidate.candidateOnly', { [C_SEL]: 1, [C_BOTH]: -1 }),
      system('candidate.neither', { n: 1, selected: -1, [C_SEL]: -1, [C_BOTH]: 1 }),
    );
  }
  return out;
}

/** Each class's rows and the rest; with an order, each tier or better and the rest. */
function classes(caps: Capabilities, names: readonly string[], order: readonly string[] | undefined): CountSystem[] {
  if (!caps.hasClasses || names.length === 0) return [];
  const sum = (of: readonly string[]) => Object.fromEntries(of.map((c) => [classQuantity(c), 1]));
  const split = (id: string, inside: readonly string[]) => [system(`class:${id}`, sum(inside)), system(`class:not ${id}`, sum(names.filter((c) => !inside.includes(c))))];
  const out = names.flatMap((c) => split(JSON.stringify(c), [c]));
  if (order) for (let j = 1; j < order.length - 1; j++) out.push(...split(`≥${JSON.stringify(order[j])}`, order.slice(0, j + 1)));
  // two classes: a class's rest is the other class
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = JSON.stringify([...s.terms].sort());
    return s.terms.length > 0 && !seen.has(key) && seen.add(key);
  });
}

/** The count systems a report with these inputs publishes; `classNames`: every class of the run (`--decision`), `order` its favourable order. */
export function publishedSystems(caps: Capabilities, classNames: readonly string[] = [], order?: readonly string[]): CountSystem[] {
  return [...base(caps), ...consent(caps), ...candidate(caps), ...classes(caps, classNames, order)];
}

/** The systems that are sums of the given one and other counts: a lower bound on it is one on each of them. */
export function containing(systems: readonly CountSystem[], id: string): CountSystem[] {
  const within: Record<string, readonly string[]> = {
    [SEL_OUT]: ['selected', OUT, 'consent.notOptedIn', 'consent.known', SEL_OUT],
    [SEL_UNKNOWN]: ['selected', UNKNOWN, 'consent.notOptedIn', 'consent.notOptedOut', SEL_UNKNOWN],
  };
  const ids = within[id] ?? [id];
  return systems.filter((s) => ids.includes(s.id));
}
