import { describe, expect, it } from 'vitest';
import { DOCUMENTS, allDocumentsFor, documentsFor, type DocumentKind } from '../../../src/domain/documents.ts';
import { REGISTRANT_KINDS } from '../../../src/domain/registrant-kinds.ts';

describe('documentsFor', () => {
  it('lists the preferred and alternative documents of every kind, as in the checklist', () => {
    expect(Object.fromEntries(REGISTRANT_KINDS.map((k) => [k, documentsFor(k)]))).toEqual({
      enterprise_mainland: { preferred: ['business_license'], alternatives: ['uscc_certificate', 'public_institution_certificate'] },
      enterprise_outside: { preferred: ['overseas_registration'], alternatives: [] },
      individual_mainland: { preferred: ['resident_id'], alternatives: ['temporary_id', 'household_booklet', 'household_certificate'] },
      individual_hk_macao: { preferred: ['residence_permit_hk_macao'], alternatives: ['travel_permit_hk_macao'] },
      individual_taiwan: { preferred: ['residence_permit_taiwan'], alternatives: ['travel_permit_taiwan'] },
      individual_foreign: { preferred: ['passport'], alternatives: ['foreign_permanent_resident_id'] },
    });
  });

  it('uses every document for exactly one kind', () => {
    const used = REGISTRANT_KINDS.flatMap((k) => allDocumentsFor(k));
    expect(new Set(used).size).toBe(used.length);
    expect(used.sort()).toEqual(Object.keys(DOCUMENTS).sort());
  });
});

describe('DOCUMENTS', () => {
  it('keys every spec by its own id', () => {
    for (const [key, spec] of Object.entries(DOCUMENTS)) expect(spec.id).toBe(key);
  });

  it("maps each document to the registrar's credential type", () => {
    expect(Object.fromEntries(Object.values(DOCUMENTS).map((d) => [d.id, d.credentialType]))).toEqual({
      business_license: 'YYZZ', uscc_certificate: 'XYDM', public_institution_certificate: 'SHIYEDANWEI', overseas_registration: 'WAIGUOJIGOU',
      resident_id: 'SFZ', temporary_id: 'SFZ', household_booklet: 'QT', household_certificate: 'QT',
      residence_permit_hk_macao: 'HKMOJUMIN', travel_permit_hk_macao: 'TXZ', residence_permit_taiwan: 'HKMOJUMIN', travel_permit_taiwan: 'TW',
      passport: 'HZ', foreign_permanent_resident_id: 'WAIGUOREN',
    });
  });

  it('asks for the ID card photo side only', () => {
    expect(Object.values(DOCUMENTS).filter((d) => d.sides === 'photo_side').map((d) => d.id)).toEqual(['resident_id']);
    expect(DOCUMENTS.resident_id.note?.en).toBe('Provide both the front and back sides only if the system explicitly requests it or if the review fails.');
  });

  it.each<[DocumentKind, string, string]>([
    ['business_license', '91110000600037341l', '91110000600037341L'],
    ['public_institution_certificate', '12100000400000624D', '12100000400000624D'],
    ['overseas_registration', '0', '0'],
    ['household_booklet', '11010519491231002x', '11010519491231002X'],
    ['residence_permit_hk_macao', '810000199408230021', '810000199408230021'],
    ['residence_permit_taiwan', '830000199201300022', '830000199201300022'],
    ['passport', 'E12345678', 'E12345678'],
  ])('validates the number of %s', (kind, input, normalized) => {
    expect(DOCUMENTS[kind].validateNumber(input)).toEqual({ valid: true, normalized, warnings: [] });
  });

  it('rejects a number of the wrong kind', () => {
    expect(DOCUMENTS.business_license.validateNumber('11010519491231002X').valid).toBe(false);
    expect(DOCUMENTS.residence_permit_taiwan.validateNumber('810000199408230021').valid).toBe(false);
    expect(DOCUMENTS.resident_id.validateNumber('91110000600037341L').valid).toBe(false);
  });

  it('tells outside-mainland organizations that screenshots are not valid', () => {
    expect(DOCUMENTS.overseas_registration.note?.en).toContain('website screenshots are not valid');
    expect(DOCUMENTS.overseas_registration.note?.zh).toContain('网站截图无效');
  });
});
