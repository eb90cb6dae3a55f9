import { z } from 'zod';

/**
 * A `{ name: text }` mapping whose keys are names from the data (attribute
 * names, from a CSV header), e.g. `referenceGroups`. zod's record assigns each
 * key to a plain object, which loses an own `__proto__` key and lets
 * `constructor` or `toString` be read back from Object.prototype; this builds a
 * null-prototype object instead, so every name is just a name.
 */
export const nameMap = z.unknown().transform((value, ctx) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    ctx.addIssue({ code: 'invalid_type', expected: 'object', input: value });
    return z.NEVER;
  }
  const out = Object.create(null) as Record<string, string>;
  for (const [key, text] of Object.entries(value)) {
    if (typeof text === 'string') out[key] = text;
    else ctx.addIssue({ code: 'invalid_type', expected: 'string', input: text, path: [key] });
  }
  return out;
});
