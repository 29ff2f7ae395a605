import { valueAfter } from './labels.ts';
import { createReading } from './reading-result.ts';
import type { Row } from './rows.ts';
import type { DocumentReading } from './types.ts';

/**
 * The back of a resident ID card: the issuing authority and the validity period (有效期限 2015.04.23-2035.04.23, or
 * …-长期). A card whose period has ended is a problem, stated with its date.
 * @example parseResidentIdBack(toRows(lines), new Date('2026-12-03')).fields // { validFrom: '2015-04-23', validUntil: '2035-04-23' }
 */
export function parseResidentIdBack(rows: readonly Row[], today: Date = new Date()): DocumentReading {
  const out = createReading('resident_id_back');
  const issuer = valueAfter(rows, ['签发机关', '签发', '机关']);
  if (issuer) out.set('issuer', issuer.value.replace(/[^\p{Script=Han}]/gu, ''), issuer.row.confidence);
  const row = rows.find((r) => /\d{4}[.\-·,]?\d{2}[.\-·,]?\d{2}\D{0,2}(\d{4}[.\-·,]?\d{2}[.\-·,]?\d{2}|长期)/.test(r.text));
  const match = row && /(\d{4})[.\-·,]?(\d{2})[.\-·,]?(\d{2})\D{0,2}(?:(\d{4})[.\-·,]?(\d{2})[.\-·,]?(\d{2})|(长期))/.exec(row.text);
  if (!row || !match) return out.reading;
  out.set('validFrom', `${match[1]}-${match[2]}-${match[3]}`, row.confidence);
  const until = match[7] ?? `${match[4]}-${match[5]}-${match[6]}`;
  out.set('validUntil', until, row.confidence);
  if (until !== '长期' && until < today.toISOString().slice(0, 10)) {
    out.problem({ code: 'expired', message: {
      en: `This card expired on ${until}. The registry needs a valid document: please use your renewed card.`,
      zh: `该证件已于 ${until} 过期。注册局要求有效证件，请使用换领后的新证件。`,
    } });
  }
  return out.reading;
}
