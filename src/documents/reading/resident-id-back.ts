import { valueAfter } from './labels.ts';
import { findValidity } from './printed-dates.ts';
import { createReading } from './reading-result.ts';
import type { Row } from './rows.ts';
import type { DocumentReading } from './types.ts';

/**
 * The back of a resident ID card, or of a residence permit (laid out alike): the issuing authority and the validity
 * period (有效期限 2015.04.23-2035.04.23, or …-长期).
 * @example parseResidentIdBack(toRows(lines)).fields // { validFrom: '2015-04-23', validUntil: '2035-04-23' }
 */
export function parseResidentIdBack(rows: readonly Row[], document: 'resident_id_back' | 'residence_permit_back' = 'resident_id_back'): DocumentReading {
  const out = createReading(document);
  const issuer = valueAfter(rows, ['签发机关', '签发', '机关']);
  if (issuer) out.set('issuer', issuer.value.replace(/[^\p{Script=Han}]/gu, ''), issuer.row.confidence);
  const validity = findValidity(rows);
  if (!validity) return out.reading;
  out.set('validFrom', validity.validFrom, validity.row.confidence);
  out.set('validUntil', validity.validUntil, validity.row.confidence);
  return out.reading;
}
