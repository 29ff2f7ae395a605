import { describe, expect, it } from 'vitest';
import { maskValue, summarize } from '../../../src/domain/profile-summary.ts';
import type { FieldId, Profile } from '../../../src/domain/profile-fields.ts';

describe('maskValue', () => {
  it.each<[FieldId, string, string]>([
    ['idNumber', '11010519491231002X', '1101**********002X'],
    ['idNumber', '91110000600037341L', '9111**********341L'],
    ['idNumber', 'E12345678', 'E1*****78'],
    ['idNumber', '0', '0'],
    ['phone', '+86.13812345678', '+86.138****5678'],
    ['phone', '+86.57187654321;ext=123', '+86.571****4321;ext=123'],
    ['phone', '+852.2345678', '+852.*****78'],
    ['email', 'alice@example.com', 'a***@example.com'],
    ['email', 'a@example.com', 'a***@example.com'],
    ['name', '张三', '张*'],
    ['name', '欧阳娜娜', '欧***'],
    ['name', 'John Smith', 'J*** S****'],
    ['contactName', '迪丽热巴·迪力木拉提', '迪***·迪****'],
    ['address', '浙江省杭州市西湖区文三路 90 号', '浙江省杭州市****'],
    ['address', '文三路', '文****'],
    ['postalCode', '310012', '310012'],
    ['orgName', '杭州某某科技有限公司', '杭州某某科技有限公司'],
  ])('%s %s → %s', (field, value, expected) => {
    expect(maskValue(field, value)).toBe(expected);
  });
});

const PROFILE: Profile = {
  documentType: 'resident_id', idNumber: '11010519491231002X', name: '张三', region: 'zhejiang', city: '杭州市',
  address: '浙江省杭州市西湖区文三路 90 号', postalCode: '310012', phone: '+86.13812345678', email: 'zhang@example.com',
};

describe('summarize', () => {
  it('masks personal data by default and adds the English profile', () => {
    expect(summarize('individual_mainland', PROFILE, 'en')).toMatchInlineSnapshot(`
      [
        {
          "field": "documentType",
          "label": "Document type",
          "value": "ID card (side with photo)",
        },
        {
          "field": "idNumber",
          "label": "ID number (18 digits)",
          "value": "1101**********002X",
        },
        {
          "field": "name",
          "label": "Registrant name",
          "value": "张*",
        },
        {
          "field": "region",
          "label": "Region",
          "value": "Zhejiang",
        },
        {
          "field": "city",
          "label": "City",
          "value": "杭州市",
        },
        {
          "field": "address",
          "label": "Mailing address",
          "value": "浙江省杭州市****",
        },
        {
          "field": "postalCode",
          "label": "Postal code",
          "value": "310012",
        },
        {
          "field": "phone",
          "label": "Phone number",
          "value": "+86.138****5678",
        },
        {
          "field": "email",
          "label": "Email",
          "value": "z***@example.com",
        },
        {
          "field": "english.name",
          "label": "Name (English)",
          "value": "Z**** S**",
        },
        {
          "field": "english.province",
          "label": "Province (English)",
          "value": "zhe jiang",
        },
        {
          "field": "english.city",
          "label": "City (English)",
          "value": "hang zhou shi",
        },
        {
          "field": "english.address",
          "label": "Address (English)",
          "value": "zhe ji****",
        },
      ]
    `);
  });

  it('shows everything to the registrant, in Chinese', () => {
    const rows = summarize('individual_mainland', PROFILE, 'zh', { mask: false });
    expect(rows.map((r) => `${r.label}: ${r.value}`)).toEqual([
      '证件类型: 身份证（人像面）', '身份证号码（18 位）: 11010519491231002X', '注册者姓名: 张三', '所属地区: 浙江省', '城市: 杭州市',
      '通信地址: 浙江省杭州市西湖区文三路 90 号', '邮政编码: 310012', '联系电话: +86 138 1234 5678', '电子邮箱: zhang@example.com',
      '英文姓名: Zhang San', '英文省份: zhe jiang', '英文城市: hang zhou shi', '英文地址: zhe jiang sheng hang zhou shi xi hu qu wen san lu 90 hao',
    ]);
  });

  it('lists only answered fields, and the organization for enterprises', () => {
    expect(summarize('enterprise_mainland', { orgName: '《读者》杂志社', idNumber: '91110000600037341L' }, 'en', { mask: false })).toEqual([
      { field: 'idNumber', label: 'Unified Social Credit Code (18 characters)', value: '91110000600037341L' },
      { field: 'orgName', label: 'Organization name', value: '《读者》杂志社' },
    ]);
    expect(summarize('individual_foreign', {}, 'en')).toEqual([]);
  });
});
