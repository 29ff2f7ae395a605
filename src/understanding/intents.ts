// Patterns over the folded text (lower case, simplified Chinese).
const WHY = /\bwhy\b|\bwhat (?:is|do you need) (?:it|this|that|my \w+) for\b|为什么|为啥|干嘛|干什么用|有什么用|为何|做什么用/;
const COMPLAINT = new RegExp([
  String.raw`\bkeeps? (?:failing|saying|rejecting|asking)\b`, String.raw`\b(?:doesn'?t|does not|won'?t|will not|isn'?t|not) (?:work|working|accept|accepting|take|taking)\b`,
  String.raw`\b(?:still|always) (?:wrong|fails?|failing|rejected)\b`, String.raw`\bi (?:don'?t|do not) have (?:a|an|one|that|this|any)\b`,
  String.raw`\b(?:broken|stupid|useless|frustrat\w*|annoying|ridiculous)\b`, String.raw`\bwhat'?s wrong\b`,
  '我没有', '没有这个', '一直(?:错|失败|不行|提示|说)', '总是(?:错|失败|不行)', '不好用', '怎么回事', '搞不定', '填不了', '报错', '老是', '为什么不行', '不能用', '用不了',
].join('|'));

/** True when the message asks why something is needed ("why do you need my phone?", "为什么要填邮编"). */
export function asksWhy(folded: string): boolean {
  return WHY.test(folded);
}

/** True when the message is a complaint about the step rather than an answer ("this keeps failing", "我没有这个号码"). */
export function isComplaint(folded: string): boolean {
  return COMPLAINT.test(folded);
}
