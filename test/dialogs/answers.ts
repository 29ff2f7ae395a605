import type { RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import type { FieldId } from '../../src/domain/profile-fields.ts';
import type { TestConversation } from '../support/conversation.ts';

/** Valid answers for every field of every registrant kind (real checksums, consistent regions and postal codes). */
export const VALID_ANSWERS: Readonly<Record<RegistrantKind, Partial<Record<FieldId, string>>>> = {
  enterprise_mainland: {
    documentType: '1', idNumber: '91110000600037341L', orgName: '北京某某科技有限公司', contactName: '李四', region: '北京', city: '北京市',
    address: '北京市海淀区中关村大街1号', postalCode: '100080', phone: '010-62345678', email: 'it@example.com',
  },
  enterprise_outside: {
    idNumber: '0', orgName: 'Example Trading Limited', contactName: 'John Smith', region: 'Hong Kong', city: 'Hong Kong',
    address: "1 Queen's Road Central, Hong Kong", postalCode: '999077', phone: '+852 9123 4567', email: 'admin@example.hk',
  },
  individual_mainland: {
    documentType: '1', idNumber: '11010519491231002X', name: '张三', region: '浙江', city: '杭州市', address: '浙江省杭州市西湖区文三路90号',
    postalCode: '310012', phone: '13812345678', email: 'zhang.san@example.com',
  },
  individual_hk_macao: {
    documentType: '1', idNumber: '810000199001011230', name: '陈大文', region: '广东', city: '深圳市', address: '广东省深圳市南山区科技园1号',
    postalCode: '518057', phone: '+852 9123 4567', email: 'chan@example.com',
  },
  individual_taiwan: {
    documentType: '2', idNumber: '12345678', name: '林志明', region: '福建', city: '厦门市', address: '福建省厦门市思明区中山路1号',
    postalCode: '361001', phone: '13912345678', email: 'lin@example.com',
  },
  individual_foreign: {
    documentType: '1', idNumber: 'X1234567', name: 'John Smith', region: '上海', city: '上海市', address: '上海市浦东新区世纪大道100号',
    postalCode: '200120', phone: '+44 7911 123456', email: 'john.smith@example.co.uk',
  },
};

/** Answers whatever profile field the bot asks, until it stops asking; fails on a field with no prepared answer. */
export async function fillProfile(chat: TestConversation, answers: Partial<Record<FieldId, string>>): Promise<FieldId[]> {
  const asked: FieldId[] = [];
  for (let guard = 0; guard < 20; guard += 1) {
    const context = await chat.context();
    const flow = ((await chat.state()) as { flow?: string } | undefined)?.flow;
    if (flow !== 'collectingProfile') return asked;
    const field = context?.requested as FieldId;
    const answer = answers[field];
    if (answer === undefined) throw new Error(`no prepared answer for ${field}`);
    asked.push(field);
    await chat.say(answer);
  }
  throw new Error('the profile never completed');
}
