import type { FieldId } from '../domain/profile-fields.ts';

// What people write before an answer ("I'm …", "我叫…", "邮编是…"), in the folded (lower-case, simplified) text.
const SAY = String.raw`(?:(?:hi|hello|ok|okay|sure|well|um+|嗯|好的?|你好)[\s,，!！.。]*)?`;
const IS = String.raw`\s*(?:is|was|are|:|：|=|是|为|叫|:)?\s*`;
const LEAD_INS: Partial<Record<FieldId, RegExp>> = {
  name: new RegExp(`^${SAY}(?:(?:my )?(?:full )?name${IS}|(?:i'?m|i am|it'?s|this is|call me)\\s+|(?:我的)?(?:名字|姓名)${IS}|我叫|我是|本人(?:叫|是)?|叫)\\s*`, 'u'),
  contactName: new RegExp(`^${SAY}(?:(?:the )?contact(?: person)?${IS}|(?:it'?s|use)\\s+|联系人${IS})\\s*`, 'u'),
  orgName: new RegExp(`^${SAY}(?:(?:the |our )?(?:company|organi[sz]ation)(?:'s)? name${IS}|(?:it'?s|we are)\\s+|(?:单位|公司|企业)(?:名称|名字|全称)${IS}|我们(?:公司|单位)(?:叫|是))\\s*`, 'u'),
  city: new RegExp(`^${SAY}(?:(?:the )?city${IS}|(?:it'?s|in)\\s+|城市${IS}|在)\\s*`, 'u'),
  address: new RegExp(`^${SAY}(?:(?:my |the )?(?:mailing )?address${IS}|(?:我的)?(?:通信|通讯|邮寄)?地址${IS})\\s*`, 'u'),
  region: new RegExp(`^${SAY}(?:(?:the )?(?:province|region)${IS}|i live in\\s+|(?:我)?(?:在|住在)|省份${IS})\\s*`, 'u'),
  idNumber: new RegExp(`^${SAY}(?:(?:my )?(?:id|passport|permit|certificate|document)?\\s*(?:number|no\\.?)${IS}|(?:身份证|证件|护照)?号码?${IS})\\s*`, 'u'),
  postalCode: new RegExp(`^${SAY}(?:(?:the )?(?:zip|postal|post)\\s*code${IS}|zip${IS}|邮编${IS}|邮政编码${IS})\\s*`, 'u'),
};

/**
 * How many characters of the folded message are the words before the answer to `field` (0 when there are none).
 * @example leadInLength('name', 'my name is 刘洋') // 11
 */
export function leadInLength(field: FieldId, folded: string): number {
  const pattern = LEAD_INS[field];
  return pattern?.exec(folded)?.[0].length ?? 0;
}
