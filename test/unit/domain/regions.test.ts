import { describe, expect, it } from 'vitest';
import { REGIONS, findRegion, getRegion, provincePinyin, regionOfPostalCode } from '../../../src/domain/regions.ts';

describe('REGIONS', () => {
  it('has the 31 mainland regions, Hong Kong, Macao, Taiwan and outside', () => {
    expect(REGIONS).toHaveLength(35);
    expect(REGIONS.filter((r) => r.mainland)).toHaveLength(31);
    expect(REGIONS.filter((r) => !r.mainland).map((r) => r.id)).toEqual(['hong_kong', 'macao', 'taiwan', 'outside']);
  });

  it('gives every mainland region postal prefixes, and no prefix to two regions', () => {
    const prefixes = REGIONS.flatMap((r) => r.postalPrefixes);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    expect(REGIONS.filter((r) => r.mainland && r.postalPrefixes.length === 0)).toEqual([]);
    expect(getRegion('sichuan').postalPrefixes).toEqual(['61', '62', '63', '64']);
  });

  it('gives every region but outside its ISO country: CN in the mainland, HK, MO, TW', () => {
    expect(new Set(REGIONS.filter((r) => r.mainland).map((r) => r.country))).toEqual(new Set(['CN']));
    expect(REGIONS.filter((r) => !r.mainland).map((r) => r.country)).toEqual(['HK', 'MO', 'TW', undefined]);
  });

  it('finds every region back from each of its own names', () => {
    for (const region of REGIONS) {
      for (const name of [region.id, region.label.en, region.label.zh, region.pinyin, ...region.aliases].filter(Boolean)) {
        expect({ name, found: findRegion(name) }).toEqual({ name, found: region.id });
      }
    }
  });
});

describe('findRegion', () => {
  it.each([
    ['浙江', 'zhejiang'], ['浙江省', 'zhejiang'], ['zhejiang', 'zhejiang'], ['Zhejiang Province', 'zhejiang'], ['zhe jiang', 'zhejiang'],
    ['ＺＨＥＪＩＡＮＧ', 'zhejiang'], ['北京市', 'beijing'], ['Beijing Municipality', 'beijing'], ['广西壮族自治区', 'guangxi'],
    ['Guangxi Zhuang Autonomous Region', 'guangxi'], ['Xinjiang Uygur Autonomous Region', 'xinjiang'], ['内蒙古自治区', 'inner_mongolia'],
    ['Inner Mongolia', 'inner_mongolia'], ['Shanxi', 'shanxi'], ['Shaanxi', 'shaanxi'], ['陕西省', 'shaanxi'], ['Tibet', 'tibet'],
    ['Xizang', 'tibet'], ['中国香港', 'hong_kong'], ['Hong Kong SAR, China', 'hong_kong'], ['香港特别行政区', 'hong_kong'],
    ['Macau', 'macao'], ['澳門特別行政區', 'macao'], ['臺灣', 'taiwan'], ['Taiwan, China', 'taiwan'], ['outside China', 'outside'], ['海外', 'outside'],
  ])('finds %s', (text, id) => {
    expect(findRegion(text)).toBe(id);
  });

  it('returns undefined for unknown names, empty text and very long text', () => {
    expect(findRegion('Atlantis')).toBeUndefined();
    expect(findRegion('')).toBeUndefined();
    expect(findRegion('省')).toBeUndefined();
    expect(findRegion('zhejiang'.repeat(20_000))).toBeUndefined();
  });
});

describe('provincePinyin', () => {
  it('follows the registrar convention: lower case, no "sheng", spaced syllables', () => {
    expect(provincePinyin('zhejiang')).toBe('zhe jiang');
    expect(provincePinyin('heilongjiang')).toBe('hei long jiang');
    expect(provincePinyin('inner_mongolia')).toBe('nei meng gu');
    expect(provincePinyin('shaanxi')).toBe('shaan xi');
    expect(provincePinyin('shanxi')).toBe('shan xi');
    expect(provincePinyin('outside')).toBe('');
  });
});

describe('regionOfPostalCode', () => {
  it('maps a code to its province by prefix', () => {
    expect(regionOfPostalCode('310024')?.id).toBe('zhejiang');
    expect(regionOfPostalCode('410000')?.id).toBe('hunan');
    expect(regionOfPostalCode('180000')).toBeUndefined();
  });
});
