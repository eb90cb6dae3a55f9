import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdownCell, escapeXml, escapeXmlAttribute, neutraliseCsvCell } from '../../../src/render/escape.js';
import { xmlAttributeValue, xmlTextValue } from '../../helpers/xml-values.js';

describe('escapeHtml', () => {
  it('turns markup into text and shows control characters', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;');
    expect(escapeHtml('a\u001b[31mb')).toBe('a\\u001b[31mb');
  });
});

describe('escapeXml', () => {
  it('escapes the five entities and strips characters XML 1.0 cannot carry', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(escapeXml('x\u0000\u0008\u000b\u001fy\uffff\ud800z')).toBe('xyz');
    expect(escapeXml('tab\tlf\ncr\r😀')).toBe('tab\tlf\ncr\r😀');
  });

  // the characters escapeXml strips: those XML 1.0 cannot carry even as references
  const keptInXml = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  // raw values from fast-xml-parser, decoded as a conforming XML parser does (test/helpers/xml-values.ts)
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: false, processEntities: false });
  const roundTrip = (s: string) => {
    const xml = `<r a="${escapeXmlAttribute(s)}">${escapeXml(s)}</r>`;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parser.parse(xml) as { r: { a: string; '#text'?: string } };
    // a literal CR in character data reads back as LF (XML end-of-line handling); attributes keep it as a reference
    expect(xmlTextValue(parsed.r['#text'] ?? '')).toBe(keptInXml(s).replace(/\r\n?/g, '\n'));
    expect(xmlAttributeValue(parsed.r.a)).toBe(keptInXml(s));
  };

  it('always yields well-formed XML text and attributes that parse back (minus stripped characters)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), roundTrip));
  });

  it('C1 controls and bidi overrides are written as references that parse back; the oracle is not fooled by &amp;#x…', () => {
    // the property's counterexample once found by this property: U+2066 (a bidi isolate); fast-xml-parser's own
    // decoding left the reference undecoded, so the test failed whenever the generator produced C1 or bidi
    expect(escapeXml('\u2066')).toBe('&#x2066;');
    expect(escapeXmlAttribute('a\tb\nc\rd\u009b')).toBe('a&#9;b&#10;c&#13;d&#x9B;');
    for (const s of ['\u2066', '\u0085', '\u007f\u009f', 'x\u202ey', '&#x41;', '&amp;', 'tab\tlf\ncr\r', '\ud83d\ude00\u200e']) roundTrip(s);
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('\u007f', '\u0085', '\u009f', '\u200e', '\u202e', '\u2066', '\u2069', '&', '#', 'x', ';', '\t', '\n', '\r', '\u0000', '\ud800', '\udc00', 'a'), maxLength: 16 }), roundTrip));
  });
});

describe('escapeMarkdownCell', () => {
  it('keeps a hostile name inside its table cell, inert', () => {
    expect(escapeMarkdownCell('a|b')).toBe('a\\|b');
    expect(escapeMarkdownCell('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdownCell('**x** [l](http://e) `c` @team #12 ~s~ _i_')).toBe('\\*\\*x\\*\\* \\[l\\](http&#58;//e) \\`c\\` &#64;<!-- -->team &#35;12 \\~s\\~ \\_i\\_');
    expect(escapeMarkdownCell('two\nlines\r')).toBe('two\\\\u000alines\\\\u000d');
  });
});

describe('neutraliseCsvCell', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tTab', "'\tTab"],
    ['\rCR', `"'\rCR"`],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['plain', 'plain'],
    ['in-between=ok', 'in-between=ok'],
  ])('%j → %j', (input, expected) => {
    expect(neutraliseCsvCell(input)).toBe(expected);
  });

  it('round-trips through an RFC 4180 parser and never starts a formula', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const cell = (parse(`${neutraliseCsvCell(s)}\r\n`, { relax_quotes: false, skip_empty_lines: false }) as string[][])[0]![0];
        const isFormula = /^[=+\-@\t\r]/.test(s);
        expect(cell).toBe(isFormula ? `'${s}` : s);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
