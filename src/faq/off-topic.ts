/**
 * Nearby topics that are not domain identity verification but share its words ("documents", "how long", "price",
 * "real-name", "修改"): ICP filing, hosting, SSL, mail setup, other services' real-name checks, domain orders. A message
 * about one of them must not get a confident answer about the registrar's verification process, and its out-of-scope
 * answer can say where the question belongs.
 */
import { simplified } from './simplified.ts';
import type { IntentId } from './intents.ts';
import { normalizeText } from './features.ts';

/** A nearby topic the bot does not handle, named so that its out-of-scope answer can point to the right place. */
export type OffTopic = 'icp_filing' | 'ssl' | 'mail_setup' | 'hosting' | 'other_real_name' | 'domain_orders' | 'company';

type TopicRule = {
  readonly topic: OffTopic;
  readonly pattern: RegExp;
  /** When this also matches, the message may still be about verification (e.g. "verified, do I need ICP filing next?"). */
  readonly unless?: RegExp;
  /** The intents the model may keep when `unless` matches (any intent when not given). */
  readonly keeps?: readonly IntentId[];
  /** More intents the model may keep when the message also matches `when`. */
  readonly keepsAlso?: { readonly when: RegExp; readonly intents: readonly IntentId[] };
  /** The topic's own matters ("ICP filing documents"): out of scope whatever else the message says. */
  readonly own?: RegExp;
};

const ICP = /(\bicp\b|备案|beian|管局)/;
const ICP_OWN = '(材料|资料|文件|document|paper|审核|review|多久|how long|approv|驳回|被拒|reject|refus|费用|fee|cost|price|多少钱|修改|change|注销|cancel)';
const SAME_CLAUSE = '[^，,。.!?？;；]{0,16}';
// A wait that ends in being able to file ("实名后多久可以备案", "how long until i can start icp") asks when our next step
// comes, not how long the filing's own review takes ("备案要多久", "how long does icp filing take").
const UNTIL_ABLE = `(?!${SAME_CLAUSE}(可以|能|才能|\\bcan\\b|\\bcould\\b|\\bmay\\b|\\ballowed\\b))`;

// Matched on lower-cased, simplified text. Order matters: "ICP 备案费用用 paypal 付" is about ICP filing.
const RULES: readonly TopicRule[] = [
  {
    // Whether and when to file after verification is the guide's next step; the filing's own papers, reviews and fees are not.
    // The registrant name must match the filing entity (the seed), so a change to our profile made for the filing is ours.
    topic: 'icp_filing', pattern: ICP, unless: /./, keeps: ['next_steps', 'still_inaccessible'],
    keepsAlso: { when: /\b(profile|template|registrant)\b|模板|注册人/, intents: ['fix_profile_info'] },
    own: new RegExp(`${ICP.source}${SAME_CLAUSE}${ICP_OWN}|${ICP_OWN}${UNTIL_ABLE}${SAME_CLAUSE}${ICP.source}`),
  },
  { topic: 'ssl', pattern: /\bssl\b|\btls\b|\bhttps (cert|certificate)|https证书|(\b(dv|ov|ev)\b|ssl) ?(证书|cert)/ },
  {
    topic: 'mail_setup',
    pattern: /\b(mx|dkim|spf|smtp|imap|pop3)\b|mail (server|hosting|client)|email (hosting|client|forwarding)|set ?up (my |an? |the )?(company |work )?e-?mail|e-?mails? .{0,24}bounc|\b(add|create|configure|set ?up|make)\b.{0,24}\b(mailbox|mailboxes|(company|business|work) e-?mail|e-?mail accounts?)\b|(企业|公司|域名)邮箱.{0,6}(设置|配置|开通|搭建)|(设置|配置|开通|搭建|加|添加|建)(个|一个)?.{0,8}(企业|公司)邮箱|邮箱客户端|邮件.{0,8}(退回|退信|收不到|发不出)/,
  },
  {
    // Building the website is asked of us as a service ("can you build me a site"); building it oneself after verifying is not.
    topic: 'hosting',
    pattern: new RegExp([
      /\b(web |website )?hosting\b|\bvps\b|cloud server|\becs\b|wordpress|shopify|虚拟主机|主机商|云服务器|服务器.{0,6}(多少钱|价格|推荐|便宜)/.source,
      /\b(you|u) (guys )?(build|design|make|create|develop|code)\b.{0,16}\b(websites?|sites?|web ?pages?|homepage|online (shop|store)|web ?shop)\b/.source,
      /\b(build|design|make|create|develop) (me|us) an? .{0,12}\b(website|site|homepage|shop|store)\b|\b(web|website) (design|development|building)\b(?! (company|agency|firm|studio|team|guy))|\bwebsite builder\b/.source,
      // The people who build sites are a contact question ("can our web developer be the contact?"), not this topic.
      /建站(服务|费用|多少|怎么收费)|网站(架设|搭建|建设|制作|设计|开发)(?!人员|者|工程师|公司|商|师)|帮(我|忙)(做|建|搭|设计)(一个|个)?(网站|官网)/.source,
    ].join('|')),
    unless: /打不开|访问不了|无法访问|上不去|报错|can'?t (be )?(open|reach)|won'?t (load|open)|not (load|open)|error|\bdown\b|blank/, keeps: ['still_inaccessible'],
  },
  {
    // Payment apps, banks, shops, games, phone cards, ticketing and developer accounts all have real-name checks of their own.
    topic: 'other_real_name',
    pattern: /alipay|wechat|weixin|paypal|支付宝|微信|(?<!\.)\bbank\b|银行|taobao|淘宝|douyin|抖音|tiktok|\bgames?\b|游戏|steam|12306|apple (id|developer)|developer account|开发者账号|sim card|phone card|手机卡|电话卡|手机号实名|didi|滴滴|美团|京东|拼多多|小红书|bilibili|b站|快手|微博|qq(号|账号)|\bqq account|binance|币安|交易所/,
    unless: /域名|domain|模板|template|profile/,
  },
  {
    topic: 'domain_orders',
    pattern: /\brenew|续费|\btransfer(s|red|ring)? (my |a |the |this )?(domain|it)|domain transfer|域名转移|转入|转出|refund|退款|invoice|发票|注册多少钱|(price|cost) of an? \.?[a-z]{2,} domain/,
    unless: /./, keeps: ['domain_status_meaning'],
  },
  {
    // The price of a domain itself ("how much is a .com"); the price of verifying one is the cost intent.
    topic: 'domain_orders',
    pattern: /(ho?w much|price|cost|多少钱|价格|几多钱|几钱).{0,16}\.[a-z]{2,}\b|\.[a-z]{2,}( domains?)? (cost|price)|\.[a-z]{2,}(域名)?(多少钱|价格|几多钱|几钱)/,
    unless: /verif|real.?name|kyc|\bid\b|实名|认证|审核|核验/,
  },
  { topic: 'company', pattern: /open(ing)? an? (company|business)|register(ing)? an? (company|business)|开(一家|个)?公司|注册公司/ },
];

/**
 * The nearby topic a message is about, when it is one the bot does not handle and the model's `intent` is not one the
 * topic allows; undefined otherwise.
 * @example findOffTopic('how long does the icp review take', 'review_time') // 'icp_filing'
 */
export function findOffTopic(text: string, intent: IntentId): OffTopic | undefined {
  const s = simplified(normalizeText(text));
  for (const rule of RULES) {
    if (!rule.pattern.test(s)) continue;
    if (!rule.own?.test(s) && rule.unless?.test(s) && (!rule.keeps || keeps(rule, s, intent))) return undefined;
    return rule.topic;
  }
  return undefined;
}

function keeps(rule: TopicRule, text: string, intent: IntentId): boolean {
  return rule.keeps!.includes(intent) || (rule.keepsAlso?.when.test(text) === true && rule.keepsAlso.intents.includes(intent));
}
