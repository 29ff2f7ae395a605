/**
 * Folds the many ways people name the same thing onto one word before features are extracted, so that a phrasing
 * the examples never used ("KYC", "authenticate", "frozen", "範本", "咋整") still lands on the words they did use.
 * Only meaning-preserving rewrites belong here: anything that separates two intents (account vs domain, profile vs
 * document) must survive.
 */
import { CANTONESE_TO_MANDARIN } from './cantonese.ts';
import { simplified } from './simplified.ts';

type Rewrite = readonly [RegExp, string];

// English rewrites that need a pattern; they run first, so that the word lists below see the expanded forms.
const EN_PATTERNS: readonly Rewrite[] = [
  [/\b(is|are|was|were|has|have|had|does|did|do)n'?t\b/g, '$1 not'],
  [/\b(can'?t|cannot|won'?t|wont|couldn'?t)\b/g, 'can not'],
  [/\b(not|never) (been |yet |got |get |gotten |become |fully )?(verified|authenticated|real[\s-]?name verified)\b/g, 'unverified'],
  [/\b(server|client)[\s-]hold\b/g, '$1hold'],
  // An amount of money ("50 dollars", "$20", "300 rmb") is a question of cost, as 300块 is in Chinese.
  [/[$¥€£]\s?\d+(\.\d+)?\b|\b\d+(\.\d+)? ?(dollars?|usd|rmb|yuan|bucks|euros?|hkd)\b/g, 'cost'],
  // So is a currency sign without an amount ("$$ for this?"), which the word features would otherwise drop.
  [/[$¥€£]+/g, ' cost '],
  // "Hold" is the registry's lock only as a noun or status: holding something back or up is blocking it, and to hold
  // a card or a domain is to have it.
  [/\b(holding|holds?|held)((?: \w+){0,3}) (back|up)\b|\bhold-?ups?\b/g, 'blocking$2'],
  [/\b(i|we|they|he|she|who) (hold|holds|held)\b(?= (a|an|the|my|our|his|her|their|\d)\b)/g, '$1 have'],
  // Our colleagues are the support staff someone asks for; theirs ("my colleague is the contact") are other people.
  [/\b(your|ur|you guys'?) (colleagues?|coworkers?|co-workers?|employees?|team members?)\b/g, 'your staff'],
  // "My IT person" is technical staff, the contact the guide recommends, not "a person" to talk to.
  [/\b(my|our|the|an?) (it|tech|technical) (person|guy|people|team|department|staff|admin)\b/g, '$1 technical staff'],
  // A failed DNS resolution is a domain that does not resolve, not a failed review.
  [/\b(dns |name )?resolution (failed|fails|failing|errors?)\b|\bfail(s|ed|ing)? to resolve\b/g, 'does not resolve'],
  // A login someone owns is their account ("my aliyun login is verified"); "how do i log in" stays a verb.
  [/\b(my|our|the|aliyun|alibaba|cloud|console) (login|log-in|sign-in)\b/g, '$1 account'],
  // The two faces of a card are its sides; a single "face" stays, for the account's face scan.
  [/\b(both|two|2) faces\b/g, '$1 sides'],
  // EPP status codes run their words together: "clientTransferProhibited" is "client transfer prohibited".
  [/\b(server|client)(transfer|update|delete|renew)prohibited\b/g, '$1 $2 prohibited'],
];

// English, on lower-cased text: each key is the word the examples mostly use, each value the other ways to say it.
const EN_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  'is not': ['isnt'],
  // Chat spellings and abbreviations.
  why: ['y', 'wy', 'whyy', 'what gives'],
  what: ['wat', 'wht', 'wut'],
  how: ['hw'],
  you: ['u', 'ya'],
  your: ['ur', 'yr'],
  are: ['r'],
  'i am': ['im'],
  'i have': ['ive'],
  'want to': ['wanna'],
  'going to': ['gonna'],
  though: ['tho'],
  through: ['thru'],
  because: ['coz', 'cuz', 'bc'],
  before: ['b4'],
  about: ['abt'],
  message: ['msg', 'msgs'],
  account: ['acct', 'acc'],
  certificate: ['cert', 'certs'],
  information: ['info'],
  'what is': ['whats', "what's"],
  'how is': ['hows', "how's"],
  email: ['e-mail', 'mailbox', 'mail address', 'mail'],
  change: ['swap', 'swap out', 'replace', 'substitute'],
  verification: ['real-name', 'real name', 'realname', 'real-named', 'real-name verification', 'real name verification', 'kyc',
    'id check', 'identity check', 'identity checks', 'authentication', 'authenticate', 'authenticated', 'authenticates',
    'authenticating', 'auth'],
  unverified: ['unauthenticated', 'un-authenticated', 'non-verified', 'nonverified'],
  profile: ['information template', 'info template', 'registrant template', 'identity template', 'information profile',
    'registrant profile', 'identity profile', 'template', 'templates', 'registrant info', 'registrant information', 'registrant details'],
  domain: ['domain name', 'domain names', 'web address', 'webaddress', 'url', 'urls'],
  website: ['web site', 'websites', 'site', 'sites', 'web page', 'webpage', 'web pages', 'homepage'],
  hold: ['locked', 'suspended', 'frozen', 'freeze', 'froze', 'blocked', 'suspension', 'lock'],
  failed: ['rejected', 'declined', 'denied', 'refused', 'unsuccessful', 'turned down', 'disapproved'],
  failure: ['reject', 'decline', 'denial', 'rejection', 'refusal'],
  review: ['audit', 'audited', 'auditing', 'vetting'],
  'how long': ['turnaround', 'eta', 'duration', 'processing time', 'wait time', 'amount of time', 'length of time', 'timeframe',
    'time frame', 'time scale', 'timescale'],
  cost: ['fee', 'fees', 'charge', 'charges', 'charged', 'chargeable', 'price', 'prices', 'pricing', 'costs', 'billed', 'billing',
    'paid', 'payment', 'money', 'expense'],
  documents: ['doc', 'docs', 'paperwork', 'paper', 'papers', 'material', 'materials', 'documentation'],
  photo: ['picture', 'pictures', 'pic', 'pics', 'photograph', 'photographs', 'photos', 'image', 'images', 'snapshot', 'snapshots'],
  color: ['colour', 'coloured'],
  'black and white': ['grey', 'gray', 'grayscale', 'greyscale', 'monochrome'],
  license: ['licence', 'licenses', 'licences'],
  merge: ['combine', 'combined', 'combines', 'combining', 'stitch', 'stitched', 'stitching', 'join', 'joined', 'joining',
    'put together', 'merging', 'merged'],
  id: ['id card', 'id cards', 'identity card', 'identity cards', 'idcard', 'identity document', 'id document'],
  human: ['representative', 'rep', 'operator', 'real person', 'live person', 'actual person', 'human being', 'live agent', 'support agent'],
  icp: ['icp filing', 'icp license', 'icp licence', 'icp registration', 'icp record', 'beian'],
  'new tld': ['gtld', 'gtlds', 'new tlds', 'new top-level domain', 'new top level domain', 'new top-level domains',
    'new top level domains', 'new suffix', 'new suffixes', 'new domain extension', 'new domain extensions', 'new domain ending',
    'new domain endings'],
  // A registrant who is a private person is an individual: "person" alone reads as wanting a human.
  individual: ['private person', 'private individual', 'natural person', 'private citizen', 'private user'],
  someone: ['somebody', 'anyone', 'anybody', 'someone else'],
  staff: ['personnel'],
  free: ['free of charge', 'for free', 'gratis', 'no charge', 'at no cost', 'costless'],
  'credit code': ['uscc', 'unified social credit code', 'social credit code'],
  alibaba: ['aliyun', 'alibaba cloud', 'alicloud'],
};

// Chinese, after traditional characters are simplified. Colloquial forms are folded to the written ones.
const ZH_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  域名: ['网域'],
  模板: ['范本', '信息模版', '模版', '资料模板', '实名模板'],
  怎么办: ['咋整', '咋办', '怎么整', '怎么弄', '咋弄'],
  为什么: ['为啥', '为嘛', '干嘛要'],
  怎么: ['咋'],
  什么时候: ['啥时候', '什么时间', '何时'],
  什么: ['啥'],
  账号: ['帐号', '账户', '帐户'],
  联系人: ['联络人'],
  邮箱: ['电子邮箱', '电子邮件', '邮件地址', '邮箱地址', '信箱', '电邮'],
  驳回: ['被拒绝', '拒绝', '被拒', '退回', '打回'],
  锁定: ['冻结', '暂停', '封禁', '被封', '锁住', '锁了'],
  费用: ['收费', '付费', '花钱', '要钱', '交钱', '扣费', '扣钱', '缴费', '付钱', '收钱', '多少钱', '价格', '给钱', '掏钱', '出钱'],
  人工: ['真人', '工作人员', '人工客服', '客服人员'],
  图片: ['相片', '照片', '图像'],
  合并: ['合成', '拼接', '拼成', '拼起来', '拼到', '合到', '合在', '拼一起', '拼在'],
  打不开: ['上不去', '访问不了', '无法访问', '访问不到', '进不去', '无法打开', '开不了'],
  多久: ['多长时间', '多少天', '几个工作日', '多少时间'],
  材料: ['资料', '证明材料'],
  号码: ['编号', '编码', '注册号码', '注册号'],
  驾驶证: ['驾照', '驾驶执照'],
  截图: ['截屏', '屏幕截图', '截了个图'],
  强化实名: ['强化认证', '强化验证', '强化核验', '强化实名认证'],
};

// An amount of money ("300块", "两百元") is a question of cost. Without a digit or 百/千 it could be 一块 ("together").
const ZH_AMOUNT: Rewrite = [/\d+ ?(块钱|块|元|蚊)|[一二两三四五六七八九几]?[百千万][一二两三四五六七八九十]*(块钱|块|元|蚊)/g, '费用'];

/** One pass over the text for a whole synonym table: the longest variant wins where several start at one place. */
function compile(table: Readonly<Record<string, readonly string[]>>, wordBounded: boolean): (text: string) => string {
  const canonical = new Map<string, string>();
  for (const [to, variants] of Object.entries(table)) for (const v of variants) canonical.set(v, to);
  const escaped = [...canonical.keys()].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(wordBounded ? `\\b(?:${escaped.join('|')})\\b` : escaped.join('|'), 'g');
  return (text) => text.replace(pattern, (match) => canonical.get(match) ?? match);
}

const rewriteEnglish = compile(EN_SYNONYMS, true);
const rewriteCantonese = compile(CANTONESE_TO_MANDARIN, false);
const rewriteChinese = compile(ZH_SYNONYMS, false);
const HAS_LATIN = /[a-z]/;
const HAS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

// An address names its kind, not itself: "name@shop.top" is an email address on a new suffix, "shop.cn" a domain.
// The registry's own second-level suffixes (gov.cn, com.cn …) stay as written: they are what special_suffix is about.
const LEGACY_TLD = /\.(com|net|org|cn|edu|gov|com\.cn|net\.cn|org\.cn|hk|tw|mo)$/;
const EMAIL_ADDRESS = /[a-z0-9._%+-]+@([a-z0-9-]+\.)+[a-z]{2,}/g;
const DOMAIN_NAME = /(?<![\w.@-])(?:https?:\/\/)?(?!(?:gov|com|net|org|edu|ac)\.cn\b)(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w.])(?:\/\S*)?/g;
const ADDRESS_KIND = /\b(domain|email|new tld)\b/g;
// A suffix written alone (".bank", ".app") names a top-level domain, whatever its word means; the old ones and those
// the guide names (.trademark, .restaurant) stay as written.
const BARE_SUFFIX = new RegExp(`(?<![\\w.@-])\\.(?!(?:com|net|org|cn|edu|gov|hk|tw|mo|trademark|restaurant)\\b)([a-z]{2,})\\b(?!\\.)`, 'g');
const ANY_WORD = /[a-z\u3400-\u9fff]/;

// A message that is only an address is an answer (the domain to verify, an email for the form), not a question about
// one: it is left as typed, and the classifier finds nothing in it, as before.
function nameAddresses(text: string): string {
  const named = text
    .replace(EMAIL_ADDRESS, (address) => (LEGACY_TLD.test(address) ? ' email ' : ' email new tld '))
    .replace(DOMAIN_NAME, ' domain ')
    .replace(BARE_SUFFIX, ' tld $1 ');
  return ANY_WORD.test(named.replace(ADDRESS_KIND, '')) ? named : text;
}

/** Every English word the synonym table folds or folds to: words to spell-correct towards, though no example uses them. */
export function synonymWords(): string[] {
  const patterns = EN_PATTERNS.map(([pattern]) => pattern.source.replace(/\\[a-z]/g, ' '));
  return [...Object.entries(EN_SYNONYMS).flatMap(([to, variants]) => [to, ...variants]), ...patterns].flatMap((phrase) => phrase.match(/[a-z]+/g) ?? []);
}

/** Rewrites synonyms, contractions, traditional characters and Cantonese to the forms the training examples use. */
export function canonicalize(lowerCased: string): string {
  let text = nameAddresses(lowerCased);
  if (HAS_LATIN.test(text)) {
    for (const [pattern, replacement] of EN_PATTERNS) text = text.replace(pattern, replacement);
    text = rewriteEnglish(text);
  }
  if (HAS_CJK.test(text)) text = rewriteChinese(rewriteCantonese(simplified(text)).replace(...ZH_AMOUNT));
  return text;
}
