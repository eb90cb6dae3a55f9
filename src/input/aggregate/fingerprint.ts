import { z } from 'zod';
import type { AuditConfig } from '../../model/config.js';
import { AUC_EXACT_LIMIT, AUC_GRID_STEP } from '../../core/auc-histogram.js';
import type { PeriodSettings } from '../../model/split-settings.js';
import { bandMap } from '../../model/bands-schema.js';

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
  /** the numeric outcome column (`--outcome`); absent in files of earlier versions (none) */
  outcome?: string | null;
  /** the candidate model's column (`--candidate`); absent when none */
  candidate?: string;
  /** the multi-class decision column (`--decision`) and its order; absent when none */
  decision?: string;
  favourable?: string[];
  /** the budget of the exact value maps in MB; absent in files of earlier versions, which kept exactly the 10,000-pair floor (0) */
  exactMemoryMB?: number;
  /** the legitimate factors and the time windows: their intersections are tallied (absent when not used) */
  strata?: string[];
  period?: PeriodSettings;
  /** the group columns banded before tallying (`--bins age=…`; absent when none is) */
  bands?: Record<string, number[]>;
  /** the consent column and how its values read (`--consent`; absent when none is) */
  consent?: { column: string; yes: string[]; no: string[] };
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
    outcome: config.columns.outcome ?? null,
    exactMemoryMB: config.exactMemoryMB,
    ...(config.columns.candidate !== undefined ? { candidate: config.columns.candidate } : {}),
    ...(config.columns.decision !== undefined ? { decision: config.columns.decision } : {}),
    ...(config.favourable ? { favourable: [...config.favourable] } : {}),
    ...(config.strata ? { strata: [...config.strata] } : {}),
    ...(config.period ? { period: { ...config.period } } : {}),
    ...(Object.keys(config.bands).length > 0 ? { bands: { ...config.bands } } : {}),
    ...(config.columns.consent !== undefined && config.consent ? { consent: { column: config.columns.consent, yes: [...config.consent.yes], no: [...config.consent.no] } } : {}),
  };
}

/** A fingerprint read from a file: the keys earlier versions did not write, at what those versions did. */
export function withFingerprintDefaults(f: Fingerprint): Fingerprint & Required<Pick<Fingerprint, 'outcome' | 'exactMemoryMB'>> {
  return { ...f, outcome: f.outcome ?? null, exactMemoryMB: f.exactMemoryMB ?? 0 };
}

/** The keys where two fingerprints differ, each as `key: a vs b`. */
export function fingerprintDifferences(a: Fingerprint, b: Fingerprint): string[] {
  const flat = (f: Fingerprint): Record<string, unknown> => {
    const { columns, ...rest } = withFingerprintDefaults(f);
    return { 'columns.prediction': columns.prediction, 'columns.score': columns.score, 'columns.label': columns.label, ...rest };
  };
  const x = flat(a);
  const y = flat(b);
  return [...new Set([...Object.keys(x), ...Object.keys(y)])]
    .filter((key) => JSON.stringify(x[key]) !== JSON.stringify(y[key]))
    .map((key) => `${key}: ${JSON.stringify(x[key])} vs ${JSON.stringify(y[key])}`);
}

/** The fingerprint as a config layer (`columns`, decoding, groups, bins), for audits that start from statistics; its bands join after validation (config/fingerprint-config.ts). */
export function fingerprintLayer(f: Fingerprint): Record<string, unknown> {
  const { outcome, exactMemoryMB } = withFingerprintDefaults(f);
  const columns = { ...Object.fromEntries(Object.entries(f.columns).filter(([, v]) => v !== null)), ...(outcome !== null ? { outcome } : {}), ...(f.consent ? { consent: f.consent.column } : {}), ...(f.candidate !== undefined ? { candidate: f.candidate } : {}), ...(f.decision !== undefined ? { decision: f.decision } : {}) };
  return {
    columns,
    groups: f.groups,
    missing: f.missing,
    bins: f.bins,
    exactMemoryMB,
    ...(f.threshold !== null ? { threshold: f.threshold } : {}),
    ...(f.predictionPositive ? { predictionPositive: f.predictionPositive } : {}),
    ...(f.labelPositive ? { labelPositive: f.labelPositive } : {}),
    ...(f.strata ? { strata: f.strata } : {}),
    ...(f.consent ? { consent: { yes: f.consent.yes, no: f.consent.no } } : {}),
    ...(f.favourable ? { favourable: f.favourable } : {}),
    ...(f.period ? { period: f.period.column, every: f.period.every, tz: f.period.tz } : {}),
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
  // absent in files of earlier versions: withFingerprintDefaults gives what those versions did
  outcome: z.string().nullable().optional(),
  exactMemoryMB: z.number().min(0).optional(),
  candidate: z.string().optional(),
  decision: z.string().optional(),
  favourable: z.array(z.string()).min(2).optional(),
  strata: z.array(z.string()).min(1).optional(),
  period: z.object({ column: z.string(), every: z.enum(['day', 'week', 'month']), tz: z.string() }).optional(),
  bands: bandMap.optional(),
  consent: z.object({ column: z.string(), yes: z.array(z.string()), no: z.array(z.string()) }).optional(),
});
