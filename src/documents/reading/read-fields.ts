import type { DocumentKind } from '../../domain/documents.ts';
import type { PermitRegion } from '../../domain/identifiers/residence-permit.ts';
import { parseBusinessLicense } from './business-license.ts';
import { parseForeignPermanentResidentId } from './foreign-permanent-resident-id.ts';
import { parseMrz } from './mrz-zone.ts';
import { parseOneLineZone } from './permit-zone.ts';
import { expiredProblem } from './printed-dates.ts';
import { parseResidencePermitBack, parseResidencePermitFront } from './residence-permit.ts';
import { parseResidentIdBack } from './resident-id-back.ts';
import { parseResidentIdFront } from './resident-id.ts';
import { toRows, type Row } from './rows.ts';
import { parseTravelPermit } from './travel-permit.ts';
import { parseTravelPermitZone } from './travel-permit-zone.ts';
import type { DocumentReading, TextLine } from './types.ts';

/**
 * What the photo is expected to show: the document kind the registrant chose (the profile's `DocumentKind`), or only
 * the photo checks' family of it (`id_card`, `certificate`, `passport`, `permit`, `other`), then told by its printed title.
 */
export type ExpectedDocument = 'id_card' | 'certificate' | 'passport' | 'permit' | 'other' | DocumentKind;

/**
 * Lines of two or more characters read at least this surely count as document text. "No text" refuses a photo, so the
 * line sits far from what real photos give: pure noise and blank frames yield no line at all, a photo of a card with
 * pseudo-type lines of 0.50–0.66, real print 0.9 and above.
 */
const TEXT_CONFIDENCE = 0.45;

type Parse = (rows: readonly Row[], all: string, today: Date) => DocumentReading | undefined;

const certificate: Parse = (rows) => nonEmpty(parseBusinessLicense(rows));
const idCard: Parse = (rows, all) => nonEmpty(isBack(rows, all) ? parseResidentIdBack(rows) : parseResidentIdFront(rows));
const residencePermit = (region?: PermitRegion): Parse => (rows, all, today) =>
  nonEmpty(isBack(rows, all) ? parseResidencePermitBack(rows) : parseResidencePermitFront(rows, region, today));
const travelPermit = (region: PermitRegion): Parse => (rows, _all, today) => {
  const printed = nonEmpty(parseTravelPermit(rows, region, today));
  const zone = parseTravelPermitZone(rows);
  return zone && printed ? merged(printed, zone) : zone ?? printed;
};
const foreignPr: Parse = (rows, all, today) => zones(rows, all, today) ?? nonEmpty(parseForeignPermanentResidentId(rows, today));

/**
 * The zones of passports and permits. The zone whose check digits confirm most of number, birth date and expiry wins
 * (a permit's three lines also parse as an ICAO card whose checks fail); one whose checks all failed is said as such.
 */
const zones: Parse = (rows) => {
  const candidates = [parseTravelPermitZone(rows), parseMrz(rows), parseOneLineZone(rows)].filter((r): r is DocumentReading => r !== undefined);
  const checked = (r: DocumentReading) => (['documentNumber', 'birthDate', 'validUntil'] as const).filter((f) => r.fields[f]).length;
  const confirmed = candidates.filter((r) => checked(r) > 0).sort((a, b) => checked(b) - checked(a));
  return confirmed[0] ?? candidates.find((r) => Object.keys(r.fields).length > 0) ?? candidates.find((r) => r.document !== 'passport');
};

/**
 * A card of the `id_card` family, told by its printed title (residence permit, permanent resident card) or, on a photo
 * side without one, by its number: a residence permit's starts 810000, 820000 or 830000.
 */
const byCardTitle: Parse = (rows, all, today) => {
  if (/居住证/.test(all)) return residencePermit()(rows, all, today);
  if (/永久居留|PERMANENT/i.test(all)) return foreignPr(rows, all, today);
  const card = idCard(rows, all, today);
  return /^8[1-3]0000/.test(card?.fields.idNumber ?? '') ? residencePermit()(rows, all, today) : card;
};

/** Whose travel permit the printed title names, if any (the residence permits' titles have no 来往). */
function travelPermitRegion(all: string): PermitRegion | undefined {
  if (/来往大陆|台湾居民来往|TAIWAN\s*RESIDENTS/i.test(all)) return 'taiwan';
  if (/来往内地|HONG\s*KONG\s*AND\s*MACAO\s*RESIDENTS/i.test(all)) return 'hk_macao';
  return undefined;
}

/** A permit, by its zone (a travel permit's merged with its printed fields), else by its printed title. */
const byPermitTitle: Parse = (rows, all, today) => {
  const zone = zones(rows, all, today);
  if (zone?.document === 'travel_permit_hk_macao' || zone?.document === 'travel_permit_taiwan') {
    return travelPermit(zone.document === 'travel_permit_taiwan' ? 'taiwan' : 'hk_macao')(rows, all, today);
  }
  const region = travelPermitRegion(all);
  return zone ?? (region ? travelPermit(region)(rows, all, today) : undefined);
};

/** Anything: zones first, then the printed titles. */
const anyDocument: Parse = (rows, all, today) => {
  if (/居住证|永久居留|PERMANENT/i.test(all)) return byCardTitle(rows, all, today);
  const permit = byPermitTitle(rows, all, today);
  if (permit) return permit;
  if (/营业执照|信用代码/.test(all)) return certificate(rows, all, today);
  if (isBack(rows, all) || /身份号码|姓名|民族/.test(all)) return idCard(rows, all, today);
  return undefined;
};

const PARSERS: Readonly<Record<ExpectedDocument, Parse>> = {
  id_card: byCardTitle, certificate, passport: zones, permit: byPermitTitle, other: anyDocument,
  business_license: certificate, uscc_certificate: certificate, public_institution_certificate: certificate, overseas_registration: certificate,
  resident_id: idCard, temporary_id: idCard, household_booklet: anyDocument, household_certificate: anyDocument,
  residence_permit_hk_macao: residencePermit('hk_macao'), residence_permit_taiwan: residencePermit('taiwan'),
  travel_permit_hk_macao: travelPermit('hk_macao'), travel_permit_taiwan: travelPermit('taiwan'),
  foreign_permanent_resident_id: foreignPr,
};

/**
 * Turns the OCR lines of one photo into the fields the registry compares, with the parser of the expected document
 * (or, for a photo family, the one its title names). A photo with no text at all gets `hasText: false`; text that fits
 * no document gets `document: null` and no fields. A document whose validity ended before `today` has the problem
 * `expired`, stated with its date.
 * @example readFields(lines, 'id_card') // { document: 'resident_id_front', fields: { name: '陈欣琪', idNumber: '…' }, … }
 */
export function readFields(lines: readonly TextLine[], expected: ExpectedDocument = 'other', today: Date = new Date()): DocumentReading {
  const rows = toRows(lines.filter((l) => l.text.trim().length > 0));
  const hasText = rows.some((r) => r.confidence >= TEXT_CONFIDENCE && r.text.length >= 2);
  const none: DocumentReading = { document: null, fields: {}, confidence: {}, problems: [], hasText };
  if (!hasText) return none;
  const reading = PARSERS[expected](rows, rows.map((r) => r.text).join('\n'), today);
  return reading ? withExpiry(reading, today) : none;
}

function withExpiry(reading: DocumentReading, today: Date): DocumentReading {
  const expired = reading.fields.validUntil && expiredProblem(reading.fields.validUntil, today);
  return expired ? { ...reading, problems: [...reading.problems, expired] } : reading;
}

/** The zone's checked fields over the printed ones; the printed ones fill what the zone has not (the Chinese name). */
function merged(printed: DocumentReading, zone: DocumentReading): DocumentReading {
  return {
    ...zone, fields: { ...printed.fields, ...zone.fields }, confidence: { ...printed.confidence, ...zone.confidence },
    problems: [...zone.problems, ...printed.problems],
  };
}

function isBack(rows: readonly Row[], all: string): boolean {
  return /签发机关|有效期限|居民身份证/.test(all) && !rows.some((r) => /身份号码|姓\s*名/.test(r.text));
}

function nonEmpty(reading: DocumentReading): DocumentReading | undefined {
  return Object.keys(reading.fields).length > 0 || reading.problems.length > 0 ? reading : undefined;
}
