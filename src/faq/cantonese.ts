/**
 * Common written Cantonese words and their Mandarin equivalents, in simplified characters (the table is applied after
 * OpenCC has folded traditional characters): 點解 → 点解 → 为什么. Registrants in Hong Kong and Macao write the way
 * they speak; every example and rule of the bot is Mandarin. A language fact, not tuning: no entry names an intent.
 * Ambiguous characters stay out (系 is also "system" once simplified, 话 is in 电话, 无 and 点 are Mandarin too), and
 * phrases go in whole where the one-character rewrites alone would leave something unidiomatic (开唔到 → 打不开).
 * The Cantonese 系 goes only inside phrases (系咪, 唔系, 仲系).
 */
export const CANTONESE_TO_MANDARIN: Readonly<Record<string, readonly string[]>> = {
  // Mandarin words that start with a Cantonese one map to themselves: the longest match wins, so they stay whole
  // ("点解析" is "click DNS resolution", not "why 析").
  点解析: ['点解析'],
  点解决: ['点解决'],
  仲裁: ['仲裁'],
  都系统: ['都系统'],
  为什么: ['点解', '做咩', '做乜', '做乜嘢'],
  怎么办: ['点算', '点搞', '点算好'],
  怎么: ['点样', '点么样'],
  什么: ['乜嘢', '咩嘢', '咩', '乜'],
  多久: ['几耐', '几长时间'],
  多少钱: ['几多钱', '几钱'],
  多少: ['几多'],
  哪里: ['边度', '边处', '边到'],
  哪个: ['边个', '边一个'],
  是不是: ['系咪', '系唔系', '系米'],
  不是: ['唔系'],
  还是: ['仲系', '都系'],
  还没有: ['仲未', '仲冇'],
  还: ['仲'],
  要不要: ['使唔使', '洗唔洗', '要唔要'],
  可不可以: ['得唔得', '可唔可以', '得冇'],
  有没有: ['有冇'],
  没有: ['冇'],
  打不开: ['开唔到', '开唔倒', '打唔开'],
  上不去: ['上唔到', '入唔到', '去唔到'],
  看不到: ['睇唔到', '睇唔倒'],
  搞定: ['搞掂', '搞惦'],
  搞不定: ['搞唔掂', '搞唔惦'],
  不对: ['唔啱'],
  不: ['唔'],
  了: ['咗', '咗啦', '咗喇'],
  的: ['嘅'],
  这些: ['呢啲'],
  那些: ['嗰啲', '𠮶啲'],
  这个: ['呢个'],
  那个: ['嗰个', '𠮶个'],
  一些: ['啲'],
  他们: ['佢哋'],
  我们: ['我哋'],
  你们: ['你哋'],
  他: ['佢'],
  看: ['睇'],
  来: ['嚟'],
  给: ['畀', '俾'],
  在: ['喺'],
  东西: ['嘢'],
  找: ['揾'],
  拿: ['攞'],
  这么: ['咁'],
  现在: ['而家', '依家'],
  请: ['唔该'],
  聊: ['倾'],
  问一下: ['问下'],
};
