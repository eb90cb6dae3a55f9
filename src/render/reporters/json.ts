import { visibleJson } from '../visible-text.js';
import type { Reporter } from './types.js';

/*
 * JSON.stringify escapes the C0 controls but writes DEL, the C1 controls (U+009B is a CSI to many
 * terminals), bidi overrides, zero-width and other invisible characters, the line separators and text
 * not in NFC raw. They can only occur inside strings, so as \uXXXX escapes (visible-text.ts) the JSON
 * parses back the same, stays inert when someone cats it, and no two group names look alike in it.
 */

/** The machine contract (SPEC §4), validated against schema/report.schema.json in the tests. */
export const renderJson: Reporter = (result) => `${visibleJson(JSON.stringify(result, null, 2))}\n`;
