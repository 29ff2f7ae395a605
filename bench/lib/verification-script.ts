import { fromPromise } from 'xstate';
import { verificationMachine } from '../../dialogs/verification/machine.ts';

/**
 * The real verification dialog with its I/O replaced by instant answers, so a turn measures the dialog, the domain
 * rules (checksums, pinyin, phone metadata) and the store — not a mail server or a photo decoder.
 */
export const benchVerificationMachine = verificationMachine.provide({
  actors: { requestHuman: fromPromise(async () => ({ position: 1 })) },
});

/** Fourteen texts of conversation `n`: greeting to the English profile, every field checked, one postal code re-asked. */
export function verificationScript(n: number): string[] {
  return ['hello', '3', `example-${n}.cn, example-${n}.com`, 'ok', '1', '11010519491231002X', '张三', '浙江', '杭州市',
    `浙江省杭州市西湖区文三路${n % 500}号`, '100080', '310012', '13812345678', `user${n}@example.com`];
}
