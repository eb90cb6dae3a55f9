import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { multilineText, textWidth, wrapLines } from '../../../src/render/charts/wrap-text.js';

describe('chart text that wraps instead of being cut', () => {
  it('breaks at spaces and separators, and inside a word only when it alone is too wide', () => {
    expect(wrapLines('Female', 200)).toEqual(['Female']);
    expect(wrapLines('Applicants from the north-eastern metropolitan region', 140)).toEqual(['Applicants from the', 'north-eastern', 'metropolitan region']);
    expect(wrapLines('Returning customers|previously declined', 150)).toEqual(['Returning customers|', 'previously declined']);
    const word = 'Supercalifragilisticexpialidocious';
    const lines = wrapLines(word, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(word);
  });

  it('keeps every line within the width (unless one character is wider) and loses no character', () => {
    const piece = fc.constantFrom('a', 'W', 'i', ' ', '|', '-', '東', '😀', 'é', ',');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 80 }).map((p) => p.join('')), fc.integer({ min: 20, max: 300 }), (text, width) => {
        const lines = wrapLines(text, width);
        for (const line of lines) expect(textWidth(line) <= width || Array.from(line).length === 1).toBe(true);
        // only the spaces at the breaks go
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });

  it('writes the lines as escaped tspans, one line height apart', () => {
    expect(multilineText(['<a>', 'b&c'], '10', 20, 'class="label"')).toBe('<text class="label" y="20"><tspan x="10">&lt;a&gt;</tspan><tspan x="10" dy="14">b&amp;c</tspan></text>');
  });
});
