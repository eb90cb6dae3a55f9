import { z } from 'zod';
import type { AuditConfig } from '../../model/config.js';
import { AUC_EXACT_LIMIT, AUC_GRID_STEP } from '../../core/auc-histogram.js';

/**
 * The part of a config that decides what the statistics are: which columns,
 * how cells are decoded, which groups, how empty demographic cells count, the
 * calibration bins and the AUC histogram's limits. Statistics merge only when
 * these are equal; rules, references and thresholds of judgement may differ.
 */
export interface Fingerprint {
  columns: { prediction: string | null; score: string | null; label: string | null };
  predictionPositive: string[] | null;
  labelPositive: string[] | null;
  threshold: number | null;
  groups: string[];
  missing: AuditConfig['missing'];
  bins: number;
  aucExactLimit: number;
  aucGridStep: number;
}

export function fingerprintOf(config: Readonly<AuditConfig>): Fingerprint {
  const { prediction, score, label } = config.columns;
  return {
    columns: { prediction: prediction ?? null, score: score ?? null, label: label ?? null },
    predictionPositive: config.predictionPositive ? [...config.predictionPositive] : null,
    labelPositive: config.labelPositive ? [...config.labelPositive] : null,
    threshold: config.threshold,
    groups: [...config.groups],
    missing: config.missing,
    bins: config.bins,
    aucExactLimit: AUC_EXACT_LIMIT,
    aucGridStep: AUC_GRID_STEP,
  };
}

/** The keys where two fingerprints differ, each as `key: a vs b`. */
export function fingerprintDifferences(a: Fingerprint, b: Fingerprint): string[] {
  const flat = (f: Fingerprint): Record<string, unknown> => {
    const { columns, ...rest } = f;
    return { 'columns.prediction': columns.prediction, 'columns.score': columns.score, 'columns.label': columns.label, ...rest };
  };
  const x = flat(a);
  const y = flat(b);
  return Object.keys(x)
    .filter((key) => JSON.stringify(x[key]) !== JSON.stringify(y[key]))
    .map((key) => `${key}: ${JSON.stringify(x[key])} vs ${JSON.stringify(y[key])}`);
}

/** The fingerprint as a config layer (`columns`, decoding, groups, bins), for audits that start from statistics. */
export function fingerprintLayer(f: Fingerprint): Record<string, unknown> {
  const columns = Object.fromEntries(Object.entries(f.columns).filter(([, v]) => v !== null));
  return {
    columns,
    groups: f.groups,
    missing: f.missing,
    bins: f.bins,
    ...(f.threshold !== null ? { threshold: f.threshold } : {}),
    ...(f.predictionPositive ? { predictionPositive: f.predictionPositive } : {}),
    ...(f.labelPositive ? { labelPositive: f.labelPositive } : {}),
  };
}

/** A fingerprint read from a file (an aggregate, a warehouse result's meta row). */
export const fingerprintSchema = z.object({
  columns: z.object({ prediction: z.string().nullable(), score: z.string().nullable(), label: z.string().nullable() }),
  predictionPositive: z.array(z.string()).nullable(),
  labelPositive: z.array(z.string()).nullable(),
  threshold: z.number().nullable(),
  groups: z.array(z.string()).min(1),
  missing: z.enum(['group', 'drop']),
  bins: z.number().int().min(2),
  aucExactLimit: z.number(),
  aucGridStep: z.number(),
});
