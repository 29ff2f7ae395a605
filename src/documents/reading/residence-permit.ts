import { validateResidencePermit, type PermitRegion } from '../../domain/identifiers/residence-permit.ts';
import { parseResidentIdBack } from './resident-id-back.ts';
import { parseResidentIdFront } from './resident-id.ts';
import type { Row } from './rows.ts';
import type { DocumentReading } from './types.ts';

/**
 * The photo side of a Residence Permit for Hong Kong, Macao or Taiwan residents (港澳/台湾居民居住证), laid out like the
 * resident ID card (姓名 … 公民身份号码), read as it is. Its 18-character number must also pass the permit's own rule
 * (810000 Hong Kong, 820000 Macao, 830000 Taiwan, and `region`'s when given): a number that passes its check character
 * but not that rule (a mainland ID card sent for the permit) is a problem.
 * @example parseResidencePermitFront(toRows(lines), 'hk_macao').fields // { name: '陈欣琪', idNumber: '810000199004230028', … }
 */
export function parseResidencePermitFront(rows: readonly Row[], region?: PermitRegion, today: Date = new Date()): DocumentReading {
  const reading: DocumentReading = { ...parseResidentIdFront(rows), document: 'residence_permit_front' };
  const number = reading.fields.idNumber;
  if (!number || reading.problems.some((p) => p.code === 'id_number_check')) return reading;
  const verdict = validateResidencePermit(number, region, today);
  return verdict.valid ? reading : { ...reading, problems: [...reading.problems, { code: 'document_number_invalid', message: verdict.error.message }] };
}

/**
 * The back of a residence permit: the issuing authority and the validity period. The travel permit number printed
 * there belongs to another document and is not read as this one's.
 */
export function parseResidencePermitBack(rows: readonly Row[]): DocumentReading {
  return parseResidentIdBack(rows, 'residence_permit_back');
}
