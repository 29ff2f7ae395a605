import { expect, it } from 'vitest';
import { maskText } from '../../../src/handoff/mask-text.ts';

it('masks ID numbers, phones and emails in free text, and leaves short numbers alone', () => {
  expect(maskText('my ID is 11010519491231002X, call 138 1234 5678 or mail ana.souza@example.com; room 402')).toBe(
    'my ID is 110*************2X, call 138******78 or mail a***@example.com; room 402',
  );
  expect(maskText('邮箱 zhang@example.cn 电话+86 13812345678')).toBe('邮箱 z***@example.cn 电话+861********78');
});
