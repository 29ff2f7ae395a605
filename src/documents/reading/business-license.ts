import { valueAfter } from './labels.ts';
import { findUscc } from './numbers.ts';
import { createReading } from './reading-result.ts';
import type { Row } from './rows.ts';
import type { DocumentReading } from './types.ts';

/** Endings of organisation names, for a licence whose 名称 label was not read. */
const ORG_ENDING = /(有限公司|有限责任公司|股份有限公司|公司|集团|合伙企业|中心|厂|店|社|院|所)$/;

/**
 * A business licence (营业执照): the organisation name (名称) and the 18-character Unified Social Credit Code.
 * @example parseBusinessLicense(toRows(lines)).fields // { orgName: '北京示例科技有限公司', uscc: '91110000600037341L' }
 */
export function parseBusinessLicense(rows: readonly Row[]): DocumentReading {
  const out = createReading('business_license');
  const labelled = valueAfter(rows, ['统一社会信用代码', '信用代码']);
  const sources = labelled ? [labelled.row, ...rows] : rows;
  const found = sources.map((row) => ({ row, code: findUscc(row.text) })).filter((f) => f.code);
  const best = found.find((f) => f.code!.valid) ?? found[0];
  if (best) {
    out.set('uscc', best.code!.value, best.code!.valid ? best.row.confidence : best.row.confidence / 2);
    if (!best.code!.valid) {
      out.problem({ code: 'uscc_check', message: {
        en: `The code on the licence (${best.code!.value}) fails its own check character: it was misread, or the licence is not genuine.`,
        zh: `执照上的代码（${best.code!.value}）未通过校验位核验：可能识别有误，或执照有问题。`,
      } });
    }
  }
  const name = valueAfter(rows, ['名\\s*称', '^名']);
  const value = name?.value.replace(/[^\p{Script=Han}()（）A-Za-z0-9·]/gu, '');
  if (name && value) out.set('orgName', value, name.row.confidence);
  else {
    const row = rows.find((r) => ORG_ENDING.test(r.text) && !/执照|信用代码/.test(r.text));
    if (row) out.set('orgName', row.text, row.confidence * 0.8);
  }
  return out.reading;
}
