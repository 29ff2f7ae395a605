import { performance } from 'node:perf_hooks';
import { interpret, type OpenQuestion } from '../../src/understanding/interpret.ts';
import { profileFields, type FieldId, type Profile } from '../../src/domain/profile-fields.ts';
import type { RegistrantKind } from '../../src/domain/registrant-kinds.ts';

const question = (field: FieldId, kind: RegistrantKind = 'individual_mainland', profile: Profile = { documentType: 'resident_id' }): OpenQuestion =>
  ({ step: 'field', kind, fields: profileFields(kind, profile), profile, field });

/** Messages as people type them, each with the question it answers (the mix of the conversation tests). */
const MESSAGES: [string, OpenQuestion][] = [
  ["I'm 陈静", question('name')], ['本人刘洋，男', question('name')], ['赵磊，手机13512345678，邮箱zhaolei@example.com', question('name')],
  ['身份证号110108198808081113', question('idNumber')], ['廣東', question('region')], ['the city is 杭州市', question('city')],
  ['浙江省杭州市西湖区文三路90号', question('address')], ['是310012吧', question('postalCode')], ['我的手机是13712345678', question('phone')],
  ["sorry, the phone I gave was wrong, it's 13712345678", question('email')], ['其实是单位的', question('phone')],
  ['why do you need my phone number?', question('phone')], ['zw@example.com', question('email')], ['张三', question('name')],
];

/** Per-message cost of the interpreter (median and p99 in µs), and of the field's validator alone on the same messages. */
export function measureInterpreter(rounds = 2_000): { p50Us: number; p99Us: number; validatorP50Us: number; messages: number } {
  const time = (fn: (text: string, q: OpenQuestion) => unknown) => {
    const durations: number[] = [];
    for (let r = 0; r < rounds; r += 1) {
      for (const [text, q] of MESSAGES) {
        const before = performance.now();
        fn(text, q);
        durations.push((performance.now() - before) * 1000);
      }
    }
    return durations.sort((a, b) => a - b);
  };
  const validate = (text: string, q: OpenQuestion) => q.fields.find((f) => f.id === q.field)?.validate(text, q.profile);
  time(interpret); // warm-up: JIT and the lazily built OpenCC converter
  time(validate);
  const cost = time(interpret);
  const baseline = time(validate);
  const at = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))] ?? 0;
  return { p50Us: at(cost, 0.5), p99Us: at(cost, 0.99), validatorP50Us: at(baseline, 0.5), messages: cost.length };
}
