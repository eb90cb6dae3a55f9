import { describe, expect, it } from 'vitest';
import { createIdentifierScan, identifierKindOfHeader, identifierNotice, SAMPLE_ROWS } from '../../../../src/input/decode/identifier-columns.js';
import { noticeSentence } from '../../../../src/render/prose/notice-sentence.js';

describe('identifier-looking columns by header name', () => {
  const cases: [string, string | undefined][] = [
    ['name', 'name'], ['Full Name', 'name'], ['first_name', 'name'], ['lastName', 'name'], ['surname', 'name'], ['customer_name', 'name'],
    ['email', 'email'], ['E-Mail', 'email'], ['email_address', 'email'],
    ['phone', 'phone'], ['Phone Number', 'phone'], ['tel', 'phone'], ['mobile', 'phone'],
    ['address', 'address'], ['street_address', 'address'], ['Address Line 1', 'address'],
    ['dob', 'date-of-birth'], ['DOB', 'date-of-birth'], ['date_of_birth', 'date-of-birth'], ['birthDate', 'date-of-birth'],
    ['ip', 'ip-address'], ['ip_address', 'ip-address'], ['IPAddress', 'ip-address'],
    ['ssn', 'national-id'], ['national_id', 'national-id'], ['passport_number', 'national-id'],
    ['id', 'record-id'], ['customer_id', 'record-id'], ['CustomerID', 'record-id'], ['user_id', 'record-id'], ['uuid', 'record-id'], ['c_case_number', 'record-id'],
    // what an audit file also holds, and must not be flagged
    ['gender', undefined], ['age', undefined], ['age_cat', undefined], ['score', undefined], ['decile_score', undefined], ['targeted', undefined],
    ['region', undefined], ['product_name', undefined], ['campaign', undefined], ['screening_date', undefined], ['priors_count', undefined],
    ['two_year_recid', undefined], ['start', undefined], ['event', undefined], ['is_violent_recid', undefined], ['ethnicity', undefined],
  ];
  it.each(cases)('%s → %s', (header, kind) => {
    expect(identifierKindOfHeader(header)).toBe(kind);
  });
});

/** Runs a scan over columns given as arrays of values (one array per column). */
function scan(columns: Record<string, string[]>, used: number[] = []) {
  const header = Object.keys(columns);
  const s = createIdentifierScan(header, new Set(used));
  const rows = Math.max(...Object.values(columns).map((v) => v.length));
  for (let r = 0; r < rows; r++) s.add(header.map((h) => columns[h]![r] ?? ''));
  return s.finish().map((c) => [c.name, c.kind, c.by]);
}

describe('identifier-looking columns by their values (first rows only)', () => {
  it('recognises e-mail, IPv4/IPv6, SSN, phone, street address and birth dates in a birth-named column', () => {
    expect(
      scan({
        contact: ['ann@example.org', 'bo@example.com', ''],
        host: ['192.168.0.12', '2001:db8::1', '10.0.0.255'],
        ref: ['123-45-6789', '987-65-4321', '111-22-3333'],
        tel_no_2: ['+44 20 7946 0958', '(555) 123-4567', '07700 900123'],
        where: ['221B Baker Street', '10 Downing St', '1600 Pennsylvania Avenue NW'],
        birth_dt_local: ['1980-04-01', '02/11/1975', '1999-12-31'],
      }),
    ).toEqual([
      ['contact', 'email', 'values'],
      ['host', 'ip-address', 'values'],
      ['ref', 'national-id', 'values'],
      ['tel_no_2', 'phone', 'values'],
      ['where', 'address', 'values'],
      ['birth_dt_local', 'date-of-birth', 'values'],
    ]);
  });

  it('leaves audit-like values alone: scores, counts, amounts, event dates, timestamps, case codes', () => {
    expect(
      scan({
        s: ['0.3369', '0.1589', '1'],
        n: ['3', '12', '20000'],
        amount: ['1234567.89', '45000', '99.5'],
        screening: ['2013-08-14', '2014-01-02', '2013-12-30'],
        jail_in: ['2013-08-13 06:03:42', '2013-01-26 03:45:27', ''],
        code: ['13011352CF10A', '13001275CF10A', '13009779CF10A'],
        unix: ['1376352222', '1376352223', '1376352299'],
      }),
    ).toEqual([]);
  });

  it('needs most sampled values to match, and looks at no row after the first ' + SAMPLE_ROWS, () => {
    const late = [...Array<string>(SAMPLE_ROWS).fill(''), 'late@example.org'];
    const mixed = ['a@example.org', 'x', 'y', 'z'];
    expect(scan({ late, mixed })).toEqual([]);
  });

  it('skips the columns the audit uses, even when they look like identifiers', () => {
    expect(scan({ customer_id: ['C1'], email: ['a@example.org'] }, [0])).toEqual([['email', 'email', 'header']]);
  });

  it('the notice names columns and kinds, never a value', () => {
    const notice = identifierNotice([
      { index: 0, name: 'id', kind: 'record-id', by: 'header' },
      { index: 3, name: 'contact', kind: 'email', by: 'values' },
    ])!;
    expect(notice).toEqual({
      code: 'identifier-columns',
      args: { columns: [{ name: 'id', kind: 'record-id', by: 'header' }, { name: 'contact', kind: 'email', by: 'values' }], sampleRows: SAMPLE_ROWS },
    });
    expect({ code: notice.code, message: noticeSentence(notice) }).toEqual({
      code: 'identifier-columns',
      message:
        'the input has columns that look like direct identifiers: "id" (customer, user, case or record id), "contact" (e-mail address, by its values). ' +
        'fairgate did not read them for the audit (it glances at the first 100 rows of unused columns only to give this advice) and no report contains their values; ' +
        'audit extracts need not carry them (data minimisation): drop them before the file is shared or stored',
    });
    expect(identifierNotice([])).toBeUndefined();
  });
});
