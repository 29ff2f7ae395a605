import { describe, expect, it } from 'vitest';
import { explainFailure, FAILURE_REASONS } from '../../../src/registrar/failure-reasons.ts';

describe('failure reasons', () => {
  it('every reason has both languages and a fix in both languages', () => {
    for (const [code, r] of Object.entries(FAILURE_REASONS)) {
      expect(r.code).toBe(code);
      expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(r.en).toMatch(/^[\x20-\x7e]+$/);
      expect(r.fix.en.length).toBeGreaterThan(20);
      expect(r.fix.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('explains the registrar text exactly', () => {
    expect(explainFailure('证件电子信息核验不合格')).toMatchObject({ code: 'data_check_failed', en: 'The electronic check of the document data failed' });
  });

  it('explains the English text, ignoring case and spacing', () => {
    expect(explainFailure('  no document was SUBMITTED ')?.code).toBe('no_document');
  });

  it('explains a registrar text that wraps a known reason, with full-width punctuation', () => {
    expect(explainFailure('审核失败，所有者（中文）字段必须包含中文字符')?.code).toBe('chinese_name_required');
  });

  it('returns undefined for unknown or empty text', () => {
    expect(explainFailure('其他原因')).toBeUndefined();
    expect(explainFailure('  ')).toBeUndefined();
  });
});
