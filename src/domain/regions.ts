import type { Localized } from '../i18n/localized.ts';
import { toHalfWidth } from './text.ts';

/** A province-level region of China, or `outside` for an address outside China. */
export type RegionId =
  | 'beijing' | 'tianjin' | 'hebei' | 'shanxi' | 'inner_mongolia' | 'liaoning' | 'jilin' | 'heilongjiang'
  | 'shanghai' | 'jiangsu' | 'zhejiang' | 'anhui' | 'fujian' | 'jiangxi' | 'shandong' | 'henan' | 'hubei'
  | 'hunan' | 'guangdong' | 'guangxi' | 'hainan' | 'chongqing' | 'sichuan' | 'guizhou' | 'yunnan' | 'tibet'
  | 'shaanxi' | 'gansu' | 'qinghai' | 'ningxia' | 'xinjiang' | 'hong_kong' | 'macao' | 'taiwan' | 'outside';

/** One selectable region: its names, whether it is in the Chinese mainland, and its postal-code prefixes. */
export type Region = {
  readonly id: RegionId;
  readonly label: Localized;
  readonly mainland: boolean;
  /** First two digits of the region's postal codes (China Post); empty outside the mainland. */
  readonly postalPrefixes: readonly string[];
  /** First two digits of its GB/T 2260 address codes (the start of an ID number); mainland only. */
  readonly divisionCode?: string;
  /** ISO 3166-1 alpha-2 code the registrar's `Country` takes; absent for `outside`, which is no single country. */
  readonly country?: string;
  /** Pinyin without the administrative suffix, lower case, syllables separated by spaces. */
  readonly pinyin: string;
  readonly aliases: readonly string[];
};

function mainland(id: RegionId, en: string, zh: string, pinyin: string, divisionCode: string, postalPrefixes: string[], aliases: string[] = []): Region {
  return { id, label: { en, zh }, mainland: true, postalPrefixes, divisionCode, country: 'CN', pinyin, aliases };
}

/** Every region, mainland first in GB/T 2260 order; postal prefixes per China Post's province table. */
export const REGIONS: readonly Region[] = [
  mainland('beijing', 'Beijing', '北京市', 'bei jing', '11', ['10']),
  mainland('tianjin', 'Tianjin', '天津市', 'tian jin', '12', ['30']),
  mainland('hebei', 'Hebei', '河北省', 'he bei', '13', ['05', '06', '07']),
  mainland('shanxi', 'Shanxi', '山西省', 'shan xi', '14', ['03', '04']),
  mainland('inner_mongolia', 'Inner Mongolia', '内蒙古自治区', 'nei meng gu', '15', ['01', '02'], ['内蒙', '內蒙古', 'neimongol', 'nmg']),
  mainland('liaoning', 'Liaoning', '辽宁省', 'liao ning', '21', ['11', '12'], ['遼寧']),
  mainland('jilin', 'Jilin', '吉林省', 'ji lin', '22', ['13']),
  mainland('heilongjiang', 'Heilongjiang', '黑龙江省', 'hei long jiang', '23', ['15', '16'], ['黑龍江']),
  mainland('shanghai', 'Shanghai', '上海市', 'shang hai', '31', ['20']),
  mainland('jiangsu', 'Jiangsu', '江苏省', 'jiang su', '32', ['21', '22'], ['江蘇']),
  mainland('zhejiang', 'Zhejiang', '浙江省', 'zhe jiang', '33', ['31', '32']),
  mainland('anhui', 'Anhui', '安徽省', 'an hui', '34', ['23', '24']),
  mainland('fujian', 'Fujian', '福建省', 'fu jian', '35', ['35', '36']),
  mainland('jiangxi', 'Jiangxi', '江西省', 'jiang xi', '36', ['33', '34']),
  mainland('shandong', 'Shandong', '山东省', 'shan dong', '37', ['25', '26', '27'], ['山東']),
  mainland('henan', 'Henan', '河南省', 'he nan', '41', ['45', '46', '47']),
  mainland('hubei', 'Hubei', '湖北省', 'hu bei', '42', ['43', '44']),
  mainland('hunan', 'Hunan', '湖南省', 'hu nan', '43', ['41', '42']),
  mainland('guangdong', 'Guangdong', '广东省', 'guang dong', '44', ['51', '52'], ['廣東']),
  mainland('guangxi', 'Guangxi', '广西壮族自治区', 'guang xi', '45', ['53', '54'], ['廣西', 'guangxizhuang']),
  mainland('hainan', 'Hainan', '海南省', 'hai nan', '46', ['57']),
  mainland('chongqing', 'Chongqing', '重庆市', 'chong qing', '50', ['40'], ['重慶']),
  mainland('sichuan', 'Sichuan', '四川省', 'si chuan', '51', ['61', '62', '63', '64']),
  mainland('guizhou', 'Guizhou', '贵州省', 'gui zhou', '52', ['55', '56'], ['貴州']),
  mainland('yunnan', 'Yunnan', '云南省', 'yun nan', '53', ['65', '66', '67'], ['雲南']),
  mainland('tibet', 'Tibet (Xizang)', '西藏自治区', 'xi zang', '54', ['85', '86'], ['tibet']),
  // Shaanxi keeps its official double "a" so it stays distinguishable from Shanxi (both are "shan xi" in plain pinyin).
  mainland('shaanxi', 'Shaanxi', '陕西省', 'shaan xi', '61', ['71', '72'], ['陝西']),
  mainland('gansu', 'Gansu', '甘肃省', 'gan su', '62', ['73', '74'], ['甘肅']),
  mainland('qinghai', 'Qinghai', '青海省', 'qing hai', '63', ['81']),
  mainland('ningxia', 'Ningxia', '宁夏回族自治区', 'ning xia', '64', ['75'], ['寧夏', 'ningxiahui']),
  mainland('xinjiang', 'Xinjiang', '新疆维吾尔自治区', 'xin jiang', '65', ['83', '84'], ['xinjianguygur', 'xinjianguyghur', 'xinjiangweiwuer']),
  { id: 'hong_kong', label: { en: 'Hong Kong (China)', zh: '中国香港' }, mainland: false, postalPrefixes: [], country: 'HK', pinyin: 'xiang gang', aliases: ['香港', 'hongkong', 'hk', 'hksar'] },
  { id: 'macao', label: { en: 'Macao (China)', zh: '中国澳门' }, mainland: false, postalPrefixes: [], country: 'MO', pinyin: 'ao men', aliases: ['澳门', '澳門', 'macao', 'macau', 'mo'] },
  { id: 'taiwan', label: { en: 'Taiwan (China)', zh: '中国台湾' }, mainland: false, postalPrefixes: [], country: 'TW', pinyin: 'tai wan', aliases: ['台湾', '台灣', '臺灣', 'taiwan', 'tw'] },
  { id: 'outside', label: { en: 'Outside China', zh: '中国以外' }, mainland: false, postalPrefixes: [], pinyin: '', aliases: ['outside', 'overseas', 'abroad', 'foreign', '境外', '海外', '国外', '國外', '中国以外', '以外'] },
];

const BY_ID: ReadonlyMap<RegionId, Region> = new Map(REGIONS.map((r) => [r.id, r]));
/** Administrative words around a name, Chinese (simplified and traditional) and English, removed before matching. */
const SUFFIXES = [
  '维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '特別行政區', '自治区', '自治區', '省', '市',
  'specialadministrativeregion', 'autonomousregion', 'municipality', 'province', 'region', 'sheng', 'city', 'china', 'prc', 'sar', 'shi',
];
const PREFIXES = ['中华人民共和国', '中國', '中国', 'china', 'prc'];
const LOOKUP: ReadonlyMap<string, RegionId> = new Map(REGIONS.flatMap((r) =>
  [r.id, r.label.en, r.label.zh, r.pinyin, ...r.aliases].map((name) => [stripName(matchKey(name)), r.id] as const)));

function matchKey(text: string): string {
  return toHalfWidth(text).toLowerCase().replace(/[^a-z\u3400-\u9fff]/g, '');
}

function stripName(key: string): string {
  let current = key;
  for (let changed = true; changed;) {
    changed = false;
    for (const affix of SUFFIXES) {
      if (current.length > affix.length && current.endsWith(affix)) { current = current.slice(0, -affix.length); changed = true; }
    }
    for (const affix of PREFIXES) {
      if (current.length > affix.length && current.startsWith(affix)) { current = current.slice(affix.length); changed = true; }
    }
  }
  return current;
}

/**
 * Finds the region a user named, in Chinese or English, with or without the administrative word.
 * @example findRegion('Zhejiang Province') // 'zhejiang'; findRegion('浙江省') // 'zhejiang'; findRegion('zhe jiang') // 'zhejiang'
 */
export function findRegion(text: string): RegionId | undefined {
  if (text.length > 100) return undefined;
  const key = matchKey(text);
  return key ? LOOKUP.get(stripName(key)) : undefined;
}

/** The region's table entry. */
export function getRegion(id: RegionId): Region {
  const region = BY_ID.get(id);
  if (!region) throw new Error(`unknown region ${id}`);
  return region;
}

/**
 * Province name as the registrar's English profile expects it: pinyin without "sheng", lower case,
 * syllables separated by spaces (浙江省 → "zhe jiang"). Empty for `outside`, whose province is free text.
 */
export function provincePinyin(id: RegionId): string {
  return getRegion(id).pinyin;
}

/** The mainland region whose postal codes start with the first two digits of `code`, if any. */
export function regionOfPostalCode(code: string): Region | undefined {
  const prefix = code.slice(0, 2);
  return REGIONS.find((r) => r.postalPrefixes.includes(prefix));
}
