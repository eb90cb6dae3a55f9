import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasHiddenDifferences, visibleJson, visibleText } from '../../../src/render/visible-text.js';

/** The reading of a display: `\\` is a backslash, `\uXXXX` a UTF-16 unit, any other character itself (JSON's escapes). */
function decode(shown: string): string {
  return shown.replace(/\\\\|\\u([0-9a-f]{4})/g, (all, hex: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : '\\'));
}

/** Characters that hide, reorder, compose or look like escapes. */
const TRICKY = ['\\', 'u', '0', '2', 'd', 'e', 'A', ' ', '\u0301', '\u00e9', 'E\u0301', '\u212b', '\u00c5', '\u1100', '\u1161', '\uac00', '\u200d', '\u200b', '\u202e', '\u2066', '\ufeff', '\u00ad', '\u00a0', '\ufe0f', '\u001b', '\u009b', '\n', '\u2028', '😀'];
const tricky = fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 8 });
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;

describe('visibleText: text from the input, displayed', () => {
  it('leaves ordinary names alone (NFC, no hidden characters, no backslash)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (s) => {
        fc.pre(!s.includes('\\') && !HIDDEN.test(s) && s.normalize('NFC') === s);
        expect(visibleText(s)).toBe(s);
      }),
    );
    for (const s of ['Female', 'Non-binary', 'Müller', 'São Paulo', '日本', 'नमस्ते', 'Ελληνικά', 'C:\\data']) expect(visibleText(s)).toBe(s);
  });

  it('reads back as exactly the string it shows, so two different strings never display alike (fast-check)', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        expect(decode(visibleText(s))).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('shows no hidden character, and nothing that composes differently under NFC', () => {
    fc.assert(
      fc.property(tricky, (s) => {
        const shown = visibleText(s);
        expect(shown).not.toMatch(HIDDEN);
        expect(shown.normalize('NFC')).toBe(shown);
      }),
      { numRuns: 3000 },
    );
  });

  it('tells apart what looks the same: NFC and NFD, a zero-width joiner, a byte order mark, a bidi mark, a literal escape', () => {
    const looksAlike = ['José', 'Jose\u0301', 'Jos\u200de', '\ufeffJosé', 'José\u200e', 'Jos\\u00e9'];
    const shown = looksAlike.map((v) => visibleText(v));
    expect(shown).toEqual(['José', 'Jose\\u0301', 'Jos\\u200de', '\\ufeffJosé', 'José\\u200e', 'Jos\\\\u00e9']);
    expect(new Set(shown).size).toBe(looksAlike.length);
    expect(looksAlike.map(hasHiddenDifferences)).toEqual([false, true, true, true, true, false]);
  });
});

describe('visibleJson: the same characters escaped inside JSON strings', () => {
  it('parses back to the same value, with no hidden character left in the text (fast-check)', () => {
    fc.assert(
      fc.property(fc.dictionary(tricky, fc.oneof(tricky, fc.array(tricky, { maxLength: 3 }))), (value) => {
        const text = visibleJson(JSON.stringify(value, null, 2));
        expect(JSON.parse(text)).toEqual(value);
        expect(text.replace(/\n/g, '')).not.toMatch(HIDDEN);
      }),
      { numRuns: 1000 },
    );
  });
});
