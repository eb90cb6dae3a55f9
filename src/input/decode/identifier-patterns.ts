import { isIP } from 'node:net';
import type { IdentifierKind } from '../../model/notice.js';

export interface IdentifierPattern {
  /** header names, lower-cased with everything but letters and digits removed (`E-Mail` → `email`) */
  header: RegExp;
  /** a cheap test of one value; a column is flagged when most sampled values pass it */
  value?: (v: string) => boolean;
  /** value tests run only on columns whose (compact) name matches this, where the values alone are ambiguous */
  valueOnlyIn?: RegExp;
}

const PERSON = '(customer|client|user|member|account|person|patient|applicant|candidate|employee|student|subscriber|contact|cust|acct)';

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[A-Za-z]{2,}$/;
// A phone number written as one: a leading + or 0, or separators, and 9–15 digits.
const PHONE_SHAPE = /^\+?[\d(][\d\s().-]{5,}\d$/;
const isPhone = (v: string) => {
  const digits = v.replace(/\D/g, '').length;
  if (digits < 9 || digits > 15 || !PHONE_SHAPE.test(v)) return false;
  if (/^[+-]?\d+(\.\d+)?$/.test(v)) return /^(\+|0)/.test(v); // a plain number is a phone only with + or a trunk 0
  return !/^\d{4}-\d{2}-\d{2}/.test(v); // not a date
};
const STREET = /^\d+[a-z]?\s+(\S+\s+)*(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|terrace|strasse|straße|rue|weg)\.?(\s|,|$)/i;
const DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$|^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const isBirthDate = (v: string) => {
  const m = DATE.exec(v);
  const year = m ? Number(m[1] ?? m[6]) : NaN;
  return year >= 1900 && year <= 2099;
};

/** Small on purpose: common spellings. Value tests run in this order, the most specific shapes first (an SSN is also phone-shaped). */
export const IDENTIFIER_PATTERNS = {
  name: {
    header: new RegExp(`^(${PERSON}|full|first|last|given|family|middle|maiden|display|legal)?names?$|^(f|l|sur|fore|given)name$|^(first|last)$`),
  },
  email: { header: /^(e?mail|emailaddress|emailaddr|mailaddress)$/, value: (v) => EMAIL.test(v) },
  'ip-address': { header: /^(ip|ipaddress|ipaddr|ipv4|ipv6|clientip|remoteaddr|remoteip|sourceip)$/, value: (v) => isIP(v) !== 0 },
  'national-id': {
    header: /^(ssn|socialsecuritynumber|socialsecurityno|nationalid|nationalidnumber|nino|nationalinsurancenumber|passport|passportnumber|passportno|taxid|tin|sin|personalnumber|driverslicen[cs]e|licen[cs]enumber)$/,
    value: (v) => /^\d{3}-\d{2}-\d{4}$/.test(v),
  },
  'date-of-birth': {
    header: /^(dob|dateofbirth|birthdate|birthday|birthdt|bday|born)$/,
    value: isBirthDate,
    valueOnlyIn: /birth|dob|born|bday/,
  },
  address: {
    header: /^(address|streetaddress|street|addressline\d?|addr\d?|homeaddress|postaladdress|mailingaddress)$/,
    value: (v) => STREET.test(v),
  },
  phone: {
    header: /^(phone|phonenumber|phoneno|telephone|tel|telno|mobile|mobilenumber|mobilephone|cell|cellphone|msisdn|fax)$/,
    value: isPhone,
  },
  'record-id': {
    header: new RegExp(`^(id|uuid|guid|${PERSON}(id|number|no|num|nr|ref)|[a-z]{0,3}case(number|no|nr|id)|recordid|mrn|medicalrecordnumber)$`),
  },
} as const satisfies Record<IdentifierKind, IdentifierPattern>;

/** `Customer ID` → `customerid`: the form the header patterns match. */
export function compactName(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}
