import { describe, expect, it } from 'vitest';
import { runValidate } from '../../../src/commands/validate.ts';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runValidate(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('dvbot validate', () => {
  it('prints a valid verdict as JSON and exits 0', async () => {
    const r = await run('uscc', '91110000600037341l', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ valid: true, normalized: '91110000600037341L' });
    expect(r.err).toBe('');
  });

  it('prints an invalid verdict as JSON, exits 0, and follows --lang', async () => {
    const en = await run('resident-id', '110105491231002', '--json');
    expect(en.code).toBe(0);
    expect(JSON.parse(en.out)).toMatchObject({ valid: false, error: { code: 'resident_id_legacy_15' } });
    expect(Object.keys(JSON.parse(en.out))).toEqual(['valid', 'error']);
    const zh = await run('--json', '--lang', 'zh', 'postal-code', '12');
    expect(JSON.parse(zh.out)).toEqual({ valid: false, error: { code: 'postal_code_format', message: '中国内地的邮政编码为6位数字，您输入的是“12”。示例：310024。' } });
  });

  it('includes warnings in JSON', async () => {
    const r = await run('email', 'test@test.club', '--json', '--lang=en');
    expect(JSON.parse(r.out)).toMatchObject({ valid: true, normalized: 'test@test.club', warnings: [{ code: 'new_gtld_email' }] });
  });

  it('prints a readable line without --json', async () => {
    expect((await run('phone', '0571-87654321 转 123')).out).toBe('valid: +86.57187654321;ext=123');
    expect((await run('mobile', '14012345678', '--lang', 'zh')).out).toMatch(/^无效：.*\[mobile_invalid\]$/);
    expect((await run('email', 'a@b.xyz')).out.split('\n')).toHaveLength(2);
  });

  it('takes a value that starts with "-" after "--"', async () => {
    const r = await run('org-certificate-number', '--json', '--', '-');
    expect(JSON.parse(r.out)).toMatchObject({ valid: false, error: { code: 'org_certificate_number_none' } });
  });

  it('exits 2 with usage listing the fields on bad usage', async () => {
    for (const args of [['nope', 'x'], ['email'], [], ['email', 'a@b.com', 'extra'], ['email', 'a@b.com', '--lang', 'fr'], ['email', 'a@b.com', '--verbose']]) {
      const r = await run(...args);
      expect({ args, code: r.code, out: r.out }).toEqual({ args, code: 2, out: '' });
      expect(r.err).toContain('usage: dvbot validate FIELD VALUE');
      expect(r.err).toContain('foreign-permanent-resident-id');
    }
    expect((await run('nope', 'x')).err.split('\n')[0]).toBe('unknown field "nope"');
  });
});
