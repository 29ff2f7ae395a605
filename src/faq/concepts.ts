/**
 * A concept lexicon: the many everyday words, in both languages, that name one thing the guide talks about (a wait,
 * a person to talk to, the papers, the picture …). Each concept found in a message adds one feature, beside the words
 * themselves, so that a word the examples seldom use ("weekend", "专员", "户口簿") still counts as what it names: the
 * model learns the concept from every example that uses any of its words. Unlike the synonym table (synonyms.ts) the
 * words are kept, so a concept may span words that must stay apart for other intents (资料 is a document and a profile).
 * Matched on the folded text (synonyms.ts has run).
 */

/** The concepts recognized, each a feature of its own. */
export type Concept = 'time' | 'person' | 'papers' | 'picture' | 'form' | 'failed' | 'status' | 'again' | 'next' | 'site' | 'money';

const CONCEPTS: Readonly<Record<Concept, { en: readonly string[]; zh: readonly string[] }>> = {
  time: {
    en: ['how long', 'how soon', 'how fast', 'how quick', 'how quickly', 'when', 'day', 'days', 'hour', 'hours', 'week', 'weeks', 'weekend',
      'weekends', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'holiday', 'holidays', 'morning',
      'last night', 'earlier', 'by then', 'in time', 'business day', 'business days', 'working day', 'working days', 'tomorrow',
      'tonight', 'today', 'yet', 'waiting', 'wait', 'pending', 'speed up', 'hurry', 'urgent', 'deadline', 'longer', 'soon', 'quickly'],
    zh: ['多久', '多快', '多长时间', '几天', '几个小时', '小时', '工作日', '周末', '礼拜', '星期', '节假日', '假期', '放假', '什么时候', '何时', '几时',
      '加快', '加急', '催', '等了', '在等', '还在审', '审好', '审完', '审核中', '明天', '今天', '几耐', '几多日', '上线前', '早上', '上午',
      '下午', '昨晚', '昨天', '周一', '周五', '来得及', '好了没', '好没'],
  },
  person: {
    en: ['human', 'person', 'someone', 'staff', 'agent', 'support', 'customer service', 'representative', 'manager', 'supervisor',
      'specialist', 'team', 'call me', 'phone call', 'hotline', 'live chat', 'bot', 'robot'],
    zh: ['人工', '客服', '专员', '真人', '工作人员', '活人', '机器人', '热线', '打电话', '来电', '联络我', '联系我', '转接', '找人'],
  },
  papers: {
    en: ['documents', 'id', 'passport', 'license', 'certificate', 'permit', 'booklet', 'household', 'registration certificate',
      'incorporation', 'credit code', 'proof', 'qualification', 'qualifications'],
    zh: ['证件', '证书', '材料', '执照', '身份证', '护照', '户口', '居住证', '通行证', '营业执照', '信用代码', '证明', '资质', '文件'],
  },
  picture: {
    en: ['photo', 'scan', 'scanned', 'screenshot', 'file', 'upload', 'jpg', 'jpeg', 'png', 'heic', 'webp', 'bmp', 'pdf', 'mb', 'blurry',
      'blur', 'glare', 'corners', 'watermark', 'photoshop', 'camera', 'crop', 'cropped', 'edge', 'edges', 'cut off', 'corner', 'reflection'],
    zh: ['图片', '截图', '扫描', '上传', '拍', '像素', '模糊', '反光', '四个角', '水印', '格式', '兆', '文件太大', '压缩', '清晰', '裁剪', '裁掉', '边角', '边缘', '截掉'],
  },
  // Filling in the form, not the profile itself: "profile" is a word every profile question has already.
  form: {
    en: ['form', 'field', 'fields', 'entered', 'typed', 'filled', 'fill in', 'filled in', 'spelled', 'spelling', 'typo', 'mistake', 'match'],
    zh: ['填写', '填错', '填的', '填了', '表格', '打错', '写错', '错别字', '一致', '对不上', '拼写'],
  },
  failed: {
    en: ['failed', 'failure', 'unverified', 'not pass', 'did not pass', 'not approved', 'error', 'wrong', 'problem', 'issue', 'reason'],
    zh: ['失败', '驳回', '没通过', '不通过', '没过', '不成功', '原因', '出错', '有问题'],
  },
  status: {
    // A colour is how the console shows a state: green passed, red failed, yellow waiting.
    en: ['status', 'hold', 'serverhold', 'clienthold', 'prohibited', 'inactive', 'whois', 'lock', 'flag', 'label', 'tag', 'shows', 'says',
      'green', 'red', 'yellow', 'tick', 'cross', 'icon'],
    zh: ['状态', '显示', '锁定', '标着', '提示', 'hold', '绿', '红', '黄', '打勾', '打叉', '图标'],
  },
  again: {
    en: ['again', 'reuse', 'same', 'each', 'every', 'another', 'other', 'more', 'all', 'second', 'redo', 'repeat', 'twice', 'multiple',
      'several', 'many', 'both', 'new domain', 'bulk'],
    zh: ['再', '重新', '同一', '每个', '另一个', '其他', '多个', '几个', '所有', '全部', '又', '批量', '复用', '重复', '新域名', '俩', '两个'],
  },
  next: {
    en: ['next', 'after', 'then', 'now what', 'what now', 'afterwards', 'launch', 'go live', 'live', 'online', 'icp', 'dns'],
    zh: ['下一步', '接下来', '然后', '之后', '以后', '上线', '备案', '解析', '跟住'],
  },
  site: {
    en: ['website', 'page', 'browser', 'visitors', 'customers', 'resolve', 'resolving', 'load', 'open', 'reach', 'down', 'offline', 'app', 'api',
      'ping', 'nslookup', 'subdomain'],
    zh: ['网站', '网页', '页面', '浏览器', '访问', '打不开', '打唔开', '解析', '上不去', '连不上', '访客', '客户'],
  },
  money: {
    en: ['cost', 'free', 'pay', 'fee', 'money', 'balance', 'top up', 'charge', 'price', 'wallet', 'credit'],
    zh: ['费用', '钱', '免费', '收费', '余额', '充值', '付', '价格'],
  },
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const PATTERNS: readonly (readonly [Concept, RegExp])[] = (Object.keys(CONCEPTS) as Concept[]).map((concept) => {
  const { en, zh } = CONCEPTS[concept];
  return [concept, new RegExp([`\\b(?:${en.map(escape).join('|')})\\b`, ...zh.map(escape)].join('|'))];
});

/** Every English word the lexicon spells out: known words, not typos to correct. */
export function conceptWords(): string[] {
  return Object.values(CONCEPTS).flatMap(({ en }) => en.flatMap((phrase) => phrase.match(/[a-z]+/g) ?? []));
}

/**
 * The concepts `folded` names (text already lower-cased and folded by canonicalize).
 * @example findConcepts('do you review on weekends') // ['time']
 */
export function findConcepts(folded: string): Concept[] {
  return PATTERNS.filter(([, pattern]) => pattern.test(folded)).map(([concept]) => concept);
}
