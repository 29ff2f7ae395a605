import { afterAll, describe, expect, it } from 'vitest';
import { createTextReader } from '../../../src/photos/read/reader.ts';
import { readDocument } from '../../../src/documents/reading/read-document.ts';
import type { ExpectedDocument } from '../../../src/documents/reading/read-fields.ts';
import type { ReadFieldName, ReadingProblemCode } from '../../../src/documents/reading/types.ts';
import { idCardFront } from '../../fixtures/reading/id-card.ts';
import { photographCard, type Take } from '../../fixtures/reading/photos.ts';
import {
  permanentResident2023Number, permanentResidentCard, residencePermitBack, residencePermitNumber, travelPermitBack, travelPermitFront,
  type TravelPermitZone,
} from '../../fixtures/reading/resident-permits.ts';

const reader = createTextReader({ timeoutMs: 60_000 });
afterAll(() => reader.close());

type Card = { kind: ExpectedDocument; png: () => Promise<Buffer>; truth: Partial<Record<ReadFieldName, string>>; problems?: ReadingProblemCode[] };

const HK_ZONE: TravelPermitZone = { taiwan: false, number: 'H12345678', issues: '01', expiry: '290510', sex: 'F', birth: '900423', holderId: 'A1234563', surname: 'CHEN', given: 'XINQI' };
const TW_ZONE: TravelPermitZone = { ...HK_ZONE, taiwan: true, number: '01234567', holderId: 'A123456789', surname: 'LIN', given: 'MEIHUA', birth: '881102' };
const HK_RP = residencePermitNumber('810000', '19900423', '002');
const TW_RP = residencePermitNumber('830000', '19881102', '004');
const FPR_2023 = permanentResident2023Number('1124019790214001');

/** Every document the seed lists for Hong Kong, Macao and Taiwan residents and foreigners (passports have their own tests). */
const CARDS: Record<string, Card> = {
  'HK/Macao travel permit, printed side': {
    kind: 'travel_permit_hk_macao',
    png: () => travelPermitFront({ region: 'hk_macao', name: '陈欣琪', nameLatin: 'CHEN, XINQI', sex: '女', birth: '1990.04.23', validity: '2019.05.10-2029.05.10', number: 'H12345678', issues: '01' }),
    truth: { name: '陈欣琪', nameLatin: 'CHEN XINQI', documentNumber: 'H12345678', birthDate: '1990-04-23', validUntil: '2029-05-10' },
  },
  'Taiwan travel permit, printed side': {
    kind: 'travel_permit_taiwan',
    png: () => travelPermitFront({ region: 'taiwan', name: '林美华', nameLatin: 'LIN, MEIHUA', sex: '女', birth: '1988.11.02', validity: '2021.03.01-2031.03.01', number: '01234567', issues: '02' }),
    truth: { name: '林美华', nameLatin: 'LIN MEIHUA', documentNumber: '01234567', birthDate: '1988-11-02', validUntil: '2031-03-01' },
  },
  'HK/Macao travel permit, zone side': {
    kind: 'travel_permit_hk_macao', png: () => travelPermitBack(HK_ZONE),
    truth: { documentNumber: 'H12345678', birthDate: '1990-04-23', validUntil: '2029-05-10' },
  },
  'Taiwan travel permit, zone side': {
    kind: 'travel_permit_taiwan', png: () => travelPermitBack(TW_ZONE),
    truth: { documentNumber: '01234567', birthDate: '1988-11-02', validUntil: '2029-05-10' },
  },
  'HK/Macao residence permit, photo side': {
    kind: 'residence_permit_hk_macao',
    png: () => idCardFront({ name: '陈欣琪', sex: '女', ethnicity: '汉', birth: [1990, 4, 23], address: ['广东省深圳市福田区', '福华路88号'], idNumber: HK_RP }),
    truth: { name: '陈欣琪', idNumber: HK_RP, birthDate: '1990-04-23' },
  },
  'Taiwan residence permit, photo side': {
    kind: 'residence_permit_taiwan',
    png: () => idCardFront({ name: '林美华', sex: '女', ethnicity: '汉', birth: [1988, 11, 2], address: ['福建省厦门市思明区', '湖滨南路1号'], idNumber: TW_RP }),
    truth: { name: '林美华', idNumber: TW_RP, birthDate: '1988-11-02' },
  },
  'residence permit, back, expired': {
    kind: 'residence_permit_hk_macao',
    png: () => residencePermitBack({ region: 'hk_macao', issuer: '深圳市公安局', validity: '2019.09.01-2024.09.01', travelPermit: 'H12345678' }),
    truth: { validUntil: '2024-09-01' }, problems: ['expired'],
  },
  'permanent resident card, 2017': {
    kind: 'foreign_permanent_resident_id',
    png: () => permanentResidentCard({ nameLatin: 'SMITH, JOHN', name: '史密斯', sex: '男/M', birth: '1985.07.12', nationality: '加拿大/CAN', validity: '2017.06.01-2027.06.01', number: 'CAN110085071201' }),
    truth: { nameLatin: 'SMITH JOHN', name: '史密斯', documentNumber: 'CAN110085071201', birthDate: '1985-07-12', validUntil: '2027-06-01' },
  },
  'permanent resident card, 2023': {
    kind: 'foreign_permanent_resident_id',
    png: () => permanentResidentCard({ nameLatin: 'MULLER, ANNA', sex: '女/F', birth: '1979.02.14', nationality: '德国/DEU', validity: '2024.01.15-2034.01.15', number: FPR_2023 }),
    truth: { nameLatin: 'MULLER ANNA', documentNumber: FPR_2023, birthDate: '1979-02-14', validUntil: '2034-01-15' },
  },
};

const TAKES: Record<string, Take> = { 'upright': {}, 'tilted 5°': { tilt: 5 }, 'blurred': { blur: 1.5 }, 'upside down': { turn: 180 }, 'sideways': { turn: 90 } };

type Tally = { exact: number; misread: number; notRead: number };
const tally: Record<string, Tally> = {};
afterAll(() => console.log(`permits and permanent resident cards, per field over ${Object.keys(TAKES).join(', ')}: ${JSON.stringify(tally)}`));

describe('reading the permits of Hong Kong, Macao and Taiwan residents and the permanent resident card, made in the test', () => {
  it.each(Object.entries(CARDS))('%s: every field the registry compares read exactly in every take, nothing misread', async (_, card) => {
    const png = await card.png();
    const outcomes: string[] = [];
    for (const [takeName, take] of Object.entries(TAKES)) {
      const attempt = await readDocument(reader, await photographCard(png, take), card.kind);
      expect(attempt.ok).toBe(true);
      if (!attempt.ok) continue;
      for (const [field, truth] of Object.entries(card.truth)) {
        const got = attempt.reading.fields[field as ReadFieldName];
        const t = (tally[field] ??= { exact: 0, misread: 0, notRead: 0 });
        const outcome = got === undefined ? 'notRead' : got === truth ? 'exact' : 'misread';
        t[outcome] += 1;
        if (outcome !== 'exact') outcomes.push(`${takeName}: ${field} ${outcome}${got === undefined ? '' : ` (${got})`}`);
      }
      expect(attempt.reading.problems.map((p) => p.code)).toEqual(card.problems ?? []);
    }
    expect(outcomes).toEqual([]);
  }, 300_000);
});
