import type { Reporter } from './types.js';

/** The machine contract (SPEC §4), validated against schema/report.schema.json in the tests. */
export const renderJson: Reporter = (result) => `${JSON.stringify(result, null, 2)}\n`;
