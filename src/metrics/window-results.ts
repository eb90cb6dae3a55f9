import { OVERALL_GROUP, type TallyTable } from '../core/types.js';
import type { AuditConfig } from '../model/config.js';
import type { AttributeResult, GroupResult } from '../model/audit-result.js';
import type { WindowSize } from '../model/split-settings.js';
import { isoDate, windowEnd, windowOfLabel } from '../model/window-calendar.js';
import { attributeResult } from './attribute-result.js';
import { groupResult } from './group-result.js';
import { intervalSettings } from './intervals.js';
import { disparityMembers, type FamilyMember } from './significance.js';
import { windowTallies } from './split-tallies.js';

/** One window's audit before its rules are judged. */
export interface JudgedWindow {
  window: string;
  start: string | null;
  end: string | null;
  overall: GroupResult;
  attributes: AttributeResult[];
}

/** A window's first day and the day after its last, as ISO dates (null for the window of rows without a date). */
export function windowRange(label: string, every: WindowSize): { start: string | null; end: string | null } {
  const start = windowOfLabel(label, every);
  return start === undefined ? { start: null, end: null } : { start: isoDate(start), end: isoDate(windowEnd(start, every)) };
}

/**
 * Every time window audited as the whole run is: per-group metrics with their
 * intervals, each group against the reference chosen within the window, the
 * tests (adjusted across the run's family by the caller). `masked(window,
 * attribute)`: groups hidden by small-cell suppression, never a reference.
 */
export function judgeWindows(table: TallyTable, config: Readonly<AuditConfig>, masked: (window: string, attribute: string) => ReadonlySet<string> = () => new Set()): JudgedWindow[] {
  if (!config.period) return [];
  const settings = intervalSettings(config.confidence);
  return windowTallies(table).map((w) => ({
    window: w.window,
    ...windowRange(w.window, config.period!.every),
    overall: groupResult(OVERALL_GROUP, {}, w.overall, table.capabilities, settings),
    attributes: w.attributes.map((a) => attributeResult(a, table.capabilities, config, masked(w.window, a.spec.name), true)),
  }));
}

/** The windows' tests, for the run's Holm family (their groups' calibration tests when a calibration rule is configured; never the scores' KS test). */
export function windowMembers(windows: readonly JudgedWindow[], isCalibrationJudged = false): FamilyMember[] {
  return windows.flatMap((w) => disparityMembers(w.attributes, `window ${w.window}`, { scoreKs: false, calibration: isCalibrationJudged }));
}
