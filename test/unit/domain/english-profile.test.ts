import { describe, expect, it } from 'vitest';
import { nameToPinyin, textToPinyin, toEnglishProfile } from '../../../src/domain/english-profile.ts';

describe('nameToPinyin', () => {
  it.each([
    ['张三', 'Zhang San'],
    ['欧阳娜娜', 'Ouyang Nana'],
    ['单田芳', 'Shan Tianfang'],
    ['曾小贤', 'Zeng Xiaoxian'],
    ['司马光', 'Sima Guang'],
    ['吕小雨', 'Lyu Xiaoyu'],
    ['王', 'Wang'],
    ['张 三', 'Zhang San'],
    ['迪丽热巴·迪力木拉提', 'Dilireba Dilimulati'],
    ['John Smith', 'John Smith'],
    ['Anne-Marie O’Neil', 'Anne-Marie O’Neil'],
  ])('%s → %s', (name, expected) => {
    expect(nameToPinyin(name)).toBe(expected);
  });
});

describe('textToPinyin', () => {
  it.each([
    ['浙江省杭州市西湖区文三路', 'zhe jiang sheng hang zhou shi xi hu qu wen san lu'],
    ['浙江省杭州市西湖区文三路 90 号 3 幢 201 室', 'zhe jiang sheng hang zhou shi xi hu qu wen san lu 90 hao 3 zhuang 201 shi'],
    ['北京市朝阳区建国路88号，SOHO 现代城A座', 'bei jing shi chao yang qu jian guo lu 88 hao, soho xian dai cheng a zuo'],
    ['重庆市', 'chong qing shi'],
    ['阿里巴巴（中国）有限公司', 'a li ba ba (zhong guo) you xian gong si'],
    ['《读者》杂志社', 'du zhe za zhi she'],
    ['1 Queen’s Road Central', "1 Queen's Road Central"],
  ])('%s → %s', (text, expected) => {
    expect(textToPinyin(text)).toBe(expected);
  });
});

describe('toEnglishProfile', () => {
  it('fills in an individual profile, the province without "sheng"', () => {
    expect(toEnglishProfile('individual_mainland', {
      name: '欧阳娜娜', region: 'zhejiang', city: '杭州市', address: '浙江省杭州市西湖区文三路 90 号', phone: '+86.13812345678',
    })).toEqual({ name: 'Ouyang Nana', province: 'zhe jiang', city: 'hang zhou shi', address: 'zhe jiang sheng hang zhou shi xi hu qu wen san lu 90 hao' });
  });

  it('drops "·" and "《》" from the organization name and keeps it ASCII-clean', () => {
    expect(toEnglishProfile('enterprise_mainland', { orgName: '《读者》杂志社·北京分社', name: '张三', region: 'beijing', address: '北京市东城区' })).toEqual({
      orgName: 'du zhe za zhi she bei jing fen she', province: 'bei jing', address: 'bei jing shi dong cheng qu',
    });
    expect(toEnglishProfile('enterprise_mainland', { orgName: '杭州“好运”科技有限公司', region: 'zhejiang', address: '杭州市' }).orgName)
      .toBe('hang zhou hao yun ke ji you xian gong si');
  });

  it('keeps Latin names as they are and names places outside the mainland in English', () => {
    expect(toEnglishProfile('enterprise_outside', { orgName: 'Example·Trading 《Asia》 Limited', region: 'hong_kong', city: 'Hong Kong', address: '1 Queen’s Road Central' })).toEqual({
      orgName: 'Example Trading Asia Limited', province: 'hong kong', city: 'Hong Kong', address: "1 Queen's Road Central",
    });
    expect(toEnglishProfile('enterprise_outside', { region: 'outside', city: 'Singapore', address: '1 Raffles Place' }).province).toBe('Singapore');
    expect(toEnglishProfile('individual_foreign', { name: 'John Smith', region: 'shanghai', address: '上海市' }).name).toBe('John Smith');
  });

  it('leaves out what has not been answered yet', () => {
    expect(toEnglishProfile('individual_mainland', {})).toEqual({ province: '', address: '' });
  });
});
