import { fingerprintLayer, type Fingerprint } from '../input/aggregate/fingerprint.js';
import { validateFileConfig, type ParsedFileConfig, type Validation } from './validate-config.js';

/**
 * The fingerprint of statistics as a validated config layer (`columns`,
 * decoding, groups, bins, bands), for audits that start from statistics.
 * `bins:` holds either the calibration count or bands, so the bands join after.
 */
export function fingerprintConfig(f: Fingerprint): Validation<ParsedFileConfig> {
  const layer = validateFileConfig(fingerprintLayer(f));
  if (!layer.ok || !f.bands) return layer;
  return { ok: true, config: { ...layer.config, bands: Object.assign(Object.create(null) as Record<string, number[]>, f.bands) } };
}
