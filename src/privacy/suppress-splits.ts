import type { TallyTable } from '../core/types.js';
import { isWithheldInequality, withholdBetweenGroup } from './withhold-inequality.js';
import type { MissingMode } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import type { SuppressionMark } from '../model/sections.js';
import type { StrataAttribute, StrataGroup } from '../model/split-sections.js';
import { isStratified } from '../model/split-settings.js';
import { strataName, windowName } from '../model/split-attributes.js';
import type { JudgedWindow } from '../metrics/window-results.js';
import { maskGroup, suppressedFinding } from './apply-suppression.js';
import type { SuppressionPlan } from './suppression-plan.js';

/** The masks of the splits' cells, looked up by their parts (keys are built, never split: values may hold `|`). */
export interface SplitMasks {
  /** a group of an attribute within a window */
  windowGroup(window: string, attribute: string, group: string): SuppressionMark | undefined;
  /** a window's population */
  window(window: string): SuppressionMark | undefined;
  /** a group of an attribute within a stratum */
  stratumGroup(attribute: string, group: string, stratum: string): SuppressionMark | undefined;
  /** a stratum's population */
  stratum(stratum: string): SuppressionMark | undefined;
  /** whether any cell of an attribute's strata is masked */
  hasStratumMask(attribute: string): boolean;
  /** whether any group of an attribute is masked within a window (window labels hold no `|`) */
  hasWindowMask(window: string, attribute: string): boolean;
}

export function splitMasks(table: TallyTable, plan: SuppressionPlan | undefined): SplitMasks {
  const masksOf = (name: string) => {
    const i = table.attributes.findIndex((a) => a.spec.role !== undefined && a.spec.name === name);
    return i < 0 ? undefined : plan?.masks[i];
  };
  return {
    windowGroup: (window, attribute, group) => masksOf(windowName(attribute))?.get(`${window}|${group}`),
    window: (window) => masksOf(windowName(null))?.get(window),
    stratumGroup: (attribute, group, stratum) => masksOf(strataName(attribute))?.get(`${group}|${stratum}`),
    stratum: (stratum) => masksOf(strataName(null))?.get(stratum),
    hasStratumMask: (attribute) => (masksOf(strataName(attribute))?.size ?? 0) > 0,
    hasWindowMask: (window, attribute) => [...(masksOf(windowName(attribute))?.keys() ?? [])].some((k) => k.startsWith(`${window}|`)),
  };
}

/** The windows as published: hidden groups and populations masked; calibration bins left out under suppression (a bin is a cell too). */
export function maskWindows(windows: readonly JudgedWindow[], masks: SplitMasks, isOn: boolean): JudgedWindow[] {
  const shown = (g: JudgedWindow['overall']) => {
    if (!isOn || g.calibration === undefined) return g;
    const { calibration: _, ...rest } = g;
    return rest;
  };
  return windows.map((w) => {
    const overallMark = masks.window(w.window);
    return {
      ...w,
      overall: shown(overallMark ? maskGroup(w.overall, overallMark) : w.overall),
      attributes: w.attributes.map((a) =>
        withholdBetweenGroup({ ...a, groups: a.groups.map((g) => shown(((m) => (m ? maskGroup(g, m) : g))(masks.windowGroup(w.window, a.name, g.key)))) }, masks.hasWindowMask(w.window, a.name)),
      ),
    };
  });
}

/** A hidden finding keeps its window (the window is no secret), nothing measured. */
function hidden(f: Finding, mark: SuppressionMark): Finding {
  return { ...suppressedFinding(f, mark), ...(f.window !== undefined ? { window: f.window } : {}) };
}

/** Findings of the splits as published: those on a hidden cell (a window's group, the earlier window's of a drift, a withheld stratified comparison) say only that they are hidden. */
export function maskSplitFindings(findings: readonly Finding[], masks: SplitMasks, strata: readonly StrataAttribute[]): Finding[] {
  return findings.map((f) => {
    if (f.window !== undefined) {
      const mark =
        masks.windowGroup(f.window, f.attribute, f.group) ??
        (f.earlier ? masks.windowGroup(f.earlier.window, f.attribute, f.group) : undefined) ??
        (isWithheldInequality(f, masks.hasWindowMask(f.window, f.attribute)) ? 'secondary' : undefined);
      return mark ? hidden(f, mark) : f;
    }
    if (!isStratified(f.metric)) return f;
    const mark = strata.find((a) => a.attribute === f.attribute)?.groups.find((g) => g.key === f.group)?.suppressed;
    return mark ? hidden(f, mark) : f;
  });
}

function withheld(g: StrataGroup, mark: SuppressionMark, isGroupHidden: boolean): StrataGroup {
  return { key: g.key, n: isGroupHidden ? null : g.n, suppressed: mark, reference: g.reference, crudeDd: null, cdd: null, crudeRateRatio: null, crudeOddsRatio: null, mhOddsRatio: null, standardisedRateRatio: null, paradox: false };
}

/**
 * The strata section as published. Hidden cells (a stratum, or a group
 * within one) show no counts. A group's stratified statistics are functions
 * of its cells, its comparison's cells and the strata's populations, so they
 * are withheld (`secondary`) when any of those is hidden — and for every
 * group when a stratum's population is hidden, or under `--missing drop` any
 * cell of the attribute (every other row of the attribute is then not a sum
 * of published counts). A group hidden in its attribute is hidden here too.
 */
export function maskStrata(attributes: readonly StrataAttribute[], masks: SplitMasks, hiddenGroups: (attribute: string) => ReadonlyMap<string, SuppressionMark>, missing: MissingMode): StrataAttribute[] {
  return attributes.map((a) => {
    const isCellHidden = (group: string) => a.rows.some((r) => masks.stratumGroup(a.attribute, group, r.key) !== undefined);
    const isAllWithheld = a.rows.some((r) => masks.stratum(r.key) !== undefined) || (missing === 'drop' && masks.hasStratumMask(a.attribute));
    const rows = a.rows.map((r) => {
      const mark = masks.stratum(r.key);
      const groups = r.groups.map((c) => ((m) => (m ? { group: c.group, n: null, selected: null, suppressed: m } : c))(masks.stratumGroup(a.attribute, c.group, r.key)));
      return mark ? { ...r, n: null, selected: null, suppressed: mark, groups } : { ...r, groups };
    });
    const groups = a.groups.map((g) => {
      const own = hiddenGroups(a.attribute).get(g.key);
      if (own) return withheld(g, own, true);
      const isNamed = g.reference !== null && g.reference !== '(rest)';
      return isAllWithheld || isCellHidden(g.key) || (isNamed && isCellHidden(g.reference!)) ? withheld(g, 'secondary', false) : g;
    });
    const small = rows.filter((r) => r.isSmall);
    return { ...a, rows, groups, smallStrata: { count: small.length, rows: small.some((r) => r.n === null) ? null : a.smallStrata.rows } };
  });
}
