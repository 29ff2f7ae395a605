/**
 * Situations people describe instead of naming them: "verified but the site still won't open", "nobody has looked at
 * it yet", "the certificate has no number", "can I talk to someone". Each is a shape of the sentence (a state, then a
 * turn, then a symptom) rather than one keyword, so it is matched here on the folded text (synonyms.ts) and added as
 * one more feature: the model then learns from every example with that shape, whatever its words. A cue names a
 * situation, not an intent, and several intents may share one (a failed review and a refused ICP filing both "fail").
 */

/** The situations recognized, each a feature of its own. */
export type Cue = 'verified_but_broken' | 'passed_but_domain' | 'waiting' | 'negated_success' | 'money' | 'scam' | 'person'
  | 'no_number' | 'many_domains' | 'after_done';

// The state "it is verified", "it passed", said many ways, in both languages.
const DONE_EN = '(verified|approved|approval|passed|done|complete|completed|finished|success|successful|succeeded|normal|green|ok|okay|went through|gone through|accepted)';
const DONE_ZH = '(实名|认证|审核|通过|成功|正常|批了|批下来|搞定|好了|完成)';
// A turn in the story: but, still, yet.
const TURN_EN = '(but|still|yet|though|however|even though|although|how come|why)';
const TURN_ZH = '(但|可是|还是|仍|依然|却|怎么|为什么|就是|还)';
// The symptom of a website that does not answer.
const BROKEN_SITE_EN = "(not (open|load|work|resolve|show|point)|can not (open|reach|load|access|visit|see|get)|down|blank|dead|error|nothing (shows|loads|comes up)|no one can|nobody can|not reachable|unreachable|not found|spins|timeout|timed out|times out|refused to connect|dns_probe|nxdomain|404|502|503)";
const BROKEN_SITE_ZH = '(打不开|上不去|用不了|没反应|挂了|挂的|报错|错误|找不到服务器|访问|看不到|显示不出|空白|白屏|404|502)';
const SITE_EN = '(website|domain|page|browser|visitor|customer|shop|store|link)';

// One pattern per situation, from its alternative shapes in English and in Chinese.
const anyOf = (...shapes: readonly (string | RegExp)[]) =>
  new RegExp(shapes.map((shape) => (typeof shape === 'string' ? shape : shape.source)).join('|'));

const CUES: Readonly<Record<Cue, RegExp>> = {
  verified_but_broken: anyOf(
    `\\b${DONE_EN}\\b.{0,60}\\b${TURN_EN}\\b.{0,50}${BROKEN_SITE_EN}`,
    `${SITE_EN}.{0,30}${BROKEN_SITE_EN}.{0,40}\\b(${TURN_EN}|after|since|once)\\b.{0,40}\\b${DONE_EN}\\b`,
    `${DONE_ZH}.{0,20}${TURN_ZH}.{0,16}(网站|网页|页面|浏览器|访客|客户|域名)?.{0,6}${BROKEN_SITE_ZH}`,
  ),
  passed_but_domain: anyOf(
    /\b(profile|template|registrant)\b.{0,40}\b(approved|passed|verified|success|successful|green|ok|done)\b.{0,50}\bdomain\b.{0,40}\b(not|unverified|still|no|nope|nah|nothing|has not|did not|pending|incomplete)\b/,
    /\b(profile|template|registrant)\b.{0,40}\b(approved|passed|verified|success|successful|green|ok|done)\b.{0,20}\b(but|yet)\b.{0,30}\b(nothing|not|no)\b.{0,30}\bdomain\b/,
    /(模板|信息).{0,12}(通过|成功|认证了|过了|变绿|好了).{0,20}域名.{0,16}(还|没|未|不|仍|一点)/,
  ),
  waiting: anyOf(
    /\b(nobody|no one|noone|anyone|someone) .{0,12}(looked|checked|reviewed|touched|seen|look|check)\b/,
    /\b(been|still) (waiting|pending|sitting|stuck in (review|pending))/,
    /\bit has been ((\d+|a few|a couple of?|two|three) (days?|hours?|weeks?)|a while)\b|\b(heard|received|got) nothing\b/,
    /\b(since|from) (yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|this morning)\b/,
    /\bwhen (will|do|can|does) (i|we|it|this|that|you|someone|anyone)\b.{0,30}\b(hear|know|find out|done|sorted|finished|ready|back|checked|looked|result)/,
    /(还没|没有|没)人(看|审|处理|理|管)|(一点|没有|没)(消息|动静|回复)|等了(好|很)?(久|几天|一天|两天|\d+天)/,
    /一直(在|是)?(审核中|待审核|处理中)|还在审核|(什么时候|多久|几时|啥时候).{0,8}(有消息|有结果|出结果|好|完|审|轮到)/,
  ),
  negated_success: anyOf(
    /\b(not|never) (successful|succeed|succeeded|accepted|pass|passed|approved)\b/,
    /\b(did not|was not|has not|were not|have not) (go|gone|went|get|got|been)? ?(through|accepted|passed|approved)\b/,
    /\bcame back\b.{0,20}\b(failed|not|red|rejected)|\b(sent|bounced) back\b|\bknocked (it )?back\b/,
    /(没|不|未)(成功|通过|过|批下来|批准)|驳回|变红/,
  ),
  money: anyOf(
    // A card is money only as a means of payment: "both sides of the card" is the ID card (bare once "id card" is folded).
    /\b(pay|paying|pays|cost|free|money|rmb|yuan|dollars?|usd|bucks|owe|charge|charges)\b|\b(credit|debit|bank) card\b|[$¥€£]|\d+\s?(rmb|yuan|usd|dollars?|元)/,
    // "How much" about this, not about time ("how much longer") or another thing ("how much is ethereum").
    /\bhow much\b(?=.{0,20}\b(it|this|that|you|i|we|verif\w*|check|kyc|real name|for)\b)(?! (longer|time|more time|wait))/,
    /费用|钱|付|免费|收费|\d+\s?(块|元)|银行卡/,
  ),
  scam: anyOf(/\b(scam|legit|legitimate|fraud|fake|real|genuine|phishing|is that you|from you)\b/, /骗|是真的吗|真的假的|是不是你们|系咪你哋|靠谱/),
  person: anyOf(
    /\b(speak|talk|chat|call|connect|put me through)\b.{0,20}\b(someone|somebody|anyone|person|human|staff|team|agent|support|people|representative)\b/,
    // Handing over the conversation, not the domain: "transfer me to a live person", not "transfer the domain to my son".
    /\b(transfer|pass|hand|forward|escalate) (me|us|this|my case|the chat)\b.{0,20}\b(someone|person|human|staff|team|agent|support|people)\b/,
    /\b(real|actual|live) (human|person|people)\b|\bget me (a|someone|somebody|an)\b|\bwho can i (speak|talk|chat)\b|\bcontact (a|an) (human|person|agent|real)/,
    /\b(staff member|customer service|support team|manager|supervisor)\b/,
    /真人|人工|工作人员|客服|同事|负责人|找(个)?人|(跟|同|和)人(说|聊|讲)|有人(能|可以|吗)|要人/,
  ),
  no_number: anyOf(
    /\b(no|without|not|missing|can not find|no sign of|nowhere)\b.{0,30}\b(number|code|no\.?|id number)\b/,
    /\bnumber\b.{0,20}\b(missing|not (there|shown|printed)|nowhere)\b|\bnumber\b.{0,40}\b(has|have|shows?) none\b/,
    // A bare 无 stays out: 无锡路1号 is an address.
    /(没有|没|找不到|没印|不显示|看不到).{0,8}(号码|代码|号)|无(号码|代码|编号)|号码.{0,4}(没有|找不到)/,
  ),
  many_domains: anyOf(
    /\b(another|second|other|more|several|multiple|many|all (of )?my|each|every|\d+) (domains?|sites?|websites?|names?)\b/,
    /\b(again|each time|every time|redo|re-do)\b.{0,20}\b(domain|site)/,
    /(另一个|又买了|多个|几个|好几个|\d+个|所有|每个|全部|其他)(的)?(域名|网站)/,
  ),
  after_done: anyOf(
    /\b(now that|once|after|since)\b.{0,30}\b(verified|approved|passed|done|complete|finished|normal)\b/,
    /\b(verified|approved|passed|done|normal)\b.{0,20}\b(now what|what now|what next|whats next|what is next|anything else|next step)/,
    /(通过|成功|完成|正常|搞定|好了)(了)?.{0,8}(之后|以后|后|接下来|然后|下一步|还要|还有|跟住)/,
  ),
};

/** Every word the cue patterns spell out ("timed", "nobody"): known words, not typos to correct. */
export function cueWords(): string[] {
  return Object.values(CUES).flatMap((pattern) => pattern.source.replace(/\\[a-z]/g, ' ').match(/[a-z]+/g) ?? []);
}

/**
 * The situations `folded` describes (text already lower-cased and folded by canonicalize).
 * @example findCues('verification passed but the site still does not open') // ['verified_but_broken']
 */
export function findCues(folded: string): Cue[] {
  return (Object.keys(CUES) as Cue[]).filter((cue) => CUES[cue].test(folded));
}
