import { describe, expect, it } from 'vitest';
import { checklist, type ChecklistEntry } from '../../../src/domain/checklist.ts';
import { REGISTRANT_KINDS } from '../../../src/domain/registrant-kinds.ts';

const ids = (entries: ChecklistEntry[]) => entries.map((e) => e.id);
const group = (entries: ChecklistEntry[], name: ChecklistEntry['group']) => ids(entries.filter((e) => e.group === name));
const PHOTO_RULES = ['photo_rule.format', 'photo_rule.size', 'photo_rule.clarity', 'photo_rule.completeness', 'photo_rule.authenticity'];

describe('checklist: documents per registrant kind', () => {
  it.each([
    ['enterprise_mainland', ['document.business_license', 'document.alternatives']],
    ['enterprise_outside', ['document.overseas_registration']],
    ['individual_mainland', ['document.resident_id', 'document.alternatives']],
    ['individual_hk_macao', ['document.residence_permit_hk_macao', 'document.alternatives']],
    ['individual_taiwan', ['document.residence_permit_taiwan', 'document.alternatives']],
    ['individual_foreign', ['document.passport', 'document.alternatives']],
  ] as const)('%s', (kind, expected) => {
    const entries = checklist(kind, ['example.com']);
    expect(group(entries, 'document')).toEqual(expected);
    expect(group(entries, 'qualification')).toEqual([]);
  });

  it('has the photo rules for everyone, and the merge rule only where an ID card is used', () => {
    for (const kind of REGISTRANT_KINDS) {
      const rules = group(checklist(kind, []), 'photo_rule');
      expect(rules).toEqual(kind === 'individual_mainland' ? [...PHOTO_RULES, 'photo_rule.id_card_both_sides'] : PHOTO_RULES);
    }
  });

  it('writes every entry in both languages', () => {
    for (const kind of REGISTRANT_KINDS) {
      for (const entry of checklist(kind, ['a.gov.cn', 'b.trademark', 'c.restaurant', 'd.cn'])) {
        expect(entry.title.en).not.toBe('');
        expect(entry.title.zh).toMatch(/[\u4e00-\u9fff]/);
        if (entry.detail) expect(entry.detail.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('lists the mainland individual documents in the registrar order', () => {
    expect(checklist('individual_mainland', []).slice(0, 2)).toMatchInlineSnapshot(`
      [
        {
          "detail": {
            "en": "Provide both the front and back sides only if the system explicitly requests it or if the review fails.",
            "zh": "仅当系统明确要求或审核未通过时，才需提供正反两面。",
          },
          "group": "document",
          "id": "document.resident_id",
          "title": {
            "en": "ID card (side with photo)",
            "zh": "身份证（人像面）",
          },
        },
        {
          "detail": {
            "en": "1. Temporary ID card (Recommended)
      2. Household registration booklet (Your personal page, stamped with the official household registration seal.)
      3. Household registration certificate (Stamped with the official seal of the public security bureau.)",
            "zh": "1. 临时身份证（推荐）
      2. 户口簿（本人页，需加盖户口专用章。）
      3. 户籍证明（需加盖公安机关公章。）",
          },
          "group": "document",
          "id": "document.alternatives",
          "title": {
            "en": "If you do not have it, one of these instead",
            "zh": "如果没有，可改用以下任一证件",
          },
        },
      ]
    `);
  });
});

describe('checklist: special suffixes', () => {
  const GOV = ['qualification.gov_cn.application_form', 'qualification.gov_cn.agency_proof', 'qualification.gov_cn.contact_id', 'qualification.gov_cn.rules'];
  const TRADEMARK = ['qualification.trademark.owner_name', 'qualification.trademark.proof'];
  const RESTAURANT = ['qualification.restaurant.commitment', 'qualification.restaurant.catering_services',
    'qualification.restaurant.catering_information', 'qualification.restaurant.catering_enterprise_services'];
  const CN = ['qualification.cn.enhanced'];

  it.each([
    [['example.com'], []],
    [['agency.gov.cn'], GOV],
    [['brand.trademark'], TRADEMARK],
    [['noodles.restaurant'], RESTAURANT],
    [['shop.cn'], CN],
    [['例子.中国'], CN],
    [['shop.com.cn', 'shop.cn', 'shop.中国'], CN],
    [['brand.trademark', 'shop.cn'], [...TRADEMARK, ...CN]],
    [['shop.cn', 'noodles.restaurant', 'agency.gov.cn'], [...GOV, ...RESTAURANT, ...CN]],
    [['a.gov.cn', 'b.trademark', 'c.restaurant', 'd.cn', 'e.com'], [...GOV, ...TRADEMARK, ...RESTAURANT, ...CN]],
  ])('%j', (domains, expected) => {
    expect(group(checklist('enterprise_mainland', domains), 'qualification')).toEqual(expected);
  });

  it('asks every kind of registrant for the same suffix qualifications', () => {
    for (const kind of REGISTRANT_KINDS) {
      expect(group(checklist(kind, ['b.trademark', 'c.restaurant', 'd.cn']), 'qualification')).toEqual([...TRADEMARK, ...RESTAURANT, ...CN]);
    }
  });

  it('warns individuals that only a government agency can register .gov.cn', () => {
    expect(group(checklist('individual_mainland', ['a.gov.cn']), 'qualification')).toEqual(['qualification.gov_cn.agency_only', ...GOV]);
    expect(group(checklist('enterprise_outside', ['a.gov.cn']), 'qualification')[0]).toBe('qualification.gov_cn.agency_only');
  });

  it('explains the .gov.cn form and the limits', () => {
    const entries = checklist('enterprise_mainland', ['agency.gov.cn']).filter((e) => e.group === 'qualification');
    expect(entries.map((e) => [e.title.en, e.detail?.en])).toMatchInlineSnapshot(`
      [
        [
          ".gov.cn: Domain Name Registration Application Form, stamped with your official seal",
          "The form is generated for you during identity verification: download it, print it, fill it out and stamp it. Items marked * are required. The "Registrant" name on the form must match the name on the official seal and the registrant name in the registration system.",
        ],
        [
          ".gov.cn: copy of a valid Organization Code Certificate",
          "It proves the applicant is a government agency: the organization type must be "government agency legal person".",
        ],
        [
          ".gov.cn: copy of the registration contact's ID card",
          undefined,
        ],
        [
          ".gov.cn: at most two domains per agency, and CNNIC will call you",
          "A government agency can hold no more than two .gov.cn domain names: one for its portal website and one for its email system. After receiving the application, CNNIC calls to verify the details; the registration contact must be available for that call.",
        ],
      ]
    `);
  });

  it('says .cn enhanced verification is needed only on notice, within 10 calendar days', () => {
    const [entry] = checklist('individual_mainland', ['shop.cn']).filter((e) => e.group === 'qualification');
    expect(entry?.title.en).toBe('.cn/.中国: enhanced verification, only if you receive an official notice');
    expect(entry?.detail?.en).toContain('within 10 calendar days');
    expect(entry?.detail?.zh).toContain('10 个自然日');
  });

  it('offers the .restaurant roles with their materials', () => {
    const entries = checklist('enterprise_mainland', ['noodles.restaurant']).filter((e) => e.id.startsWith('qualification.restaurant.catering'));
    expect(entries.map((e) => e.title.en)).toEqual([
      '.restaurant, if you provide catering services',
      '.restaurant, if you provide catering information services',
      '.restaurant, if you provide services to catering enterprises',
    ]);
    expect(entries[1]?.detail?.en).toContain('website URL');
  });
});
