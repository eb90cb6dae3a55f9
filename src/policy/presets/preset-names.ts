import type { PresetName } from '../../model/config.js';

/** Every preset, in the order `--help` and error messages list them. */
export const PRESET_NAMES = ['four-fifths', 'll144', 'strict'] as const satisfies readonly PresetName[];
