import { describe, expect, it } from 'vitest';
import { interpret, type OpenQuestion } from '../../../src/understanding/interpret.ts';
import { profileFields, type FieldId, type Profile } from '../../../src/domain/profile-fields.ts';

const asking = (field: FieldId, profile: Profile = { documentType: 'resident_id' }): OpenQuestion =>
  ({ step: 'field', kind: 'individual_mainland', fields: profileFields('individual_mainland', profile), profile, field });
const read = (text: string, question: OpenQuestion) =>
  Object.fromEntries(interpret(text, question).values.map((v) => [v.field, v.verdict.valid ? v.text : `invalid:${v.text}`]));

describe('region, city and address named inside a message at another question', () => {
  it('takes each named place with its value, and the open question\'s answer around them', () => {
    expect(read('张伟，地址是浙江省杭州市西湖区文三路90号，电话13812345678', asking('name'))).toEqual({
      name: '张伟', address: '浙江省杭州市西湖区文三路90号', phone: '13812345678',
    });
    expect(read('省份：广东，城市：深圳市', asking('idNumber'))).toEqual({ region: '广东', city: '深圳市' });
    expect(read('浙江，城市是杭州市', asking('region'))).toEqual({ region: '浙江', city: '杭州市' });
    expect(read('zhejiang, and the city is 杭州市', asking('region'))).toEqual({ region: 'zhejiang', city: '杭州市' });
    expect(read('李和，地址是浙江省杭州市西湖区文三路90号', asking('name'))).toEqual({ name: '李和', address: '浙江省杭州市西湖区文三路90号' });
    expect(read('my name is 李娜, city is 杭州市 and my address is 浙江省杭州市西湖区文三路90号', asking('name'))).toEqual({
      name: '李娜', city: '杭州市', address: '浙江省杭州市西湖区文三路90号',
    });
  });

  it('does not read an email address as the address, nor a place the message only mentions', () => {
    expect(read('my email address is li@example.com', asking('name'))).toEqual({ email: 'li@example.com' });
    expect(read('邮箱地址是li@example.com', asking('name'))).toEqual({ email: 'li@example.com' });
    expect(read('李娜, I live in a big city', asking('name'))).toEqual({ name: '李娜' });
  });

  it('refuses a named place that fails its field\'s check, with the value it read', () => {
    expect(read('张伟，省份：火星', asking('name'))).toEqual({ name: '张伟', region: 'invalid:火星' });
  });
});
