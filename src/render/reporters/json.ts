import { unicodeEscape } from '../escape.js';
import type { Reporter } from './types.js';

/**
 * JSON.stringify escapes the C0 controls but writes DEL, the C1 controls (U+009B is a CSI to many
 * terminals), bidi overrides and the line separators raw. They can only occur inside strings, so
 * as \uXXXX escapes the JSON parses back the same and stays inert when someone cats it.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]/g;

/** The machine-readable report: its shape is schema/report.schema.json (the tests validate every report against it). */
export const renderJson: Reporter = (result) => `${JSON.stringify(result, null, 2).replace(RAW_IN_JSON, unicodeEscape)}\n`;
