import type { TallyTable } from '../core/types.js';
import type { AuditConfig } from '../model/config.js';
import type { AttributeResult } from '../model/audit-result.js';
import type { Finding } from '../model/finding.js';
import type { Notice } from '../model/notice.js';
import type { StrataAttribute, StrataSection } from '../model/split-sections.js';
import type { WindowSection } from '../model/audit-result.js';
import { internalTally, strataTally } from '../metrics/split-tallies.js';
import { strataAttribute, strataMembers } from '../metrics/strata-result.js';
import { judgeWindows, windowMembers, type JudgedWindow } from '../metrics/window-results.js';
import { judgedTests, type FamilyMember } from '../metrics/significance.js';
import { strataName } from '../model/split-attributes.js';
import { evaluateStrataRules } from '../policy/evaluate-strata.js';
import { evaluateWindows } from '../policy/evaluate-windows.js';
import { runStatus } from '../policy/exit-code.js';
import { maskSplitFindings, maskStrata, maskWindows, splitMasks } from '../privacy/suppress-splits.js';
import type { SuppressionPlan } from '../privacy/suppression-plan.js';

/** The splits of a run once measured: strata comparisons and window audits, and their tests for the Holm family. */
export interface MeasuredSplits {
  strata: StrataAttribute[];
  windows: JudgedWindow[];
  members: FamilyMember[];
}

/** Measures the splits from the table's internal intersections (before Holm; `judged`: the audited attributes). */
export function measureSplits(table: TallyTable, config: Readonly<AuditConfig>, judged: readonly AttributeResult[], plan: SuppressionPlan | undefined): MeasuredSplits {
  const masks = splitMasks(table, plan);
  const population = config.strata ? internalTally(table, strataName(null)) : undefined;
  const strata = population
    ? judged.flatMap((a) => {
        const split = strataTally(table, a.name);
        return split ? [strataAttribute(a, split, population, config)] : [];
      })
    : [];
  const hiddenIn = (window: string, attribute: string) => {
    const keys = new Set<string>();
    for (const g of judged.find((a) => a.name === attribute)?.groups ?? []) if (masks.windowGroup(window, attribute, g.key)) keys.add(g.key);
    return keys;
  };
  const windows = judgeWindows(table, config, hiddenIn);
  return { strata, windows, members: [...strataMembers(strata), ...windowMembers(windows, judgedTests(config).calibration)] };
}

/** The verdicts on the splits (after Holm): stratified rules on the whole run, then each window's rules and the drift rules. */
export function judgeSplits(splits: MeasuredSplits, judged: readonly AttributeResult[], config: Readonly<AuditConfig>): { whole: Finding[]; windows: Finding[] } {
  return { whole: evaluateStrataRules(splits.strata, judged, config), windows: evaluateWindows(splits.windows, config) };
}

/** The sections as published (suppression applied), the split findings as published, and the notices they give. */
export function publishSplits(
  splits: MeasuredSplits,
  findings: readonly Finding[],
  context: { table: TallyTable; config: Readonly<AuditConfig>; plan: SuppressionPlan | undefined; hiddenGroups: (attribute: string) => ReadonlyMap<string, 'primary' | 'secondary'> },
): { strata?: StrataSection; windows?: WindowSection; findings: Finding[]; notices: Notice[] } {
  const { table, config, plan } = context;
  const masks = splitMasks(table, plan);
  const strata = maskStrata(splits.strata, masks, context.hiddenGroups, config.missing);
  const shownFindings = maskSplitFindings(findings, masks, strata);
  const windows = maskWindows(splits.windows, masks, plan !== undefined).map((w) => ({ ...w, status: runStatus(findings.filter((f) => f.window === w.window)) }));
  const notices: Notice[] = [];
  const columns = config.strata ?? [];
  const first = strata[0];
  if (first && first.smallStrata.count > 0) {
    notices.push({ code: 'small-strata', args: { columns, count: first.smallStrata.count, strata: first.rows.length, rows: first.smallStrata.rows, minGroupSize: config.minGroupSize } });
  }
  for (const a of strata) {
    for (const g of a.groups.filter((x) => x.paradox)) {
      const { reference, crudeRateRatio, mhOddsRatio, standardisedRateRatio, crudeDd, cdd } = g;
      notices.push({ code: 'simpsons-paradox', args: { attribute: a.attribute, group: g.key, reference, columns, crudeRateRatio, mhOddsRatio, standardisedRateRatio, crudeDd, cdd } });
    }
  }
  return {
    ...(config.strata ? { strata: { columns: [...columns], attributes: strata } } : {}),
    ...(config.period ? { windows: { column: config.period.column, every: config.period.every, tz: config.period.tz, windows } } : {}),
    findings: shownFindings,
    notices,
  };
}
