import type { Localized } from '../i18n/localized.ts';
import { foldText } from './fold.ts';

/**
 * The buttons on screen: each with its label and the other words people type for it ("submit", "提交"), and which one
 * a plain "yes" or "no" means.
 */
export type OnScreen = { choices: readonly { id: string; label: Localized; also?: readonly string[] }[]; yes?: string; no?: string };

const YES = [
  'yes', 'yep', 'yeah', 'yup', 'ya', 'ok', 'okay', 'k', 'sure', 'correct', 'right', 'fine', 'good', 'great', 'perfect', 'confirm', 'confirmed',
  'ready', "i'm ready", 'im ready', 'i am ready', "let's go", 'lets go', 'go ahead', 'go', 'done', 'all good', 'all correct', 'all right',
  'looks right', 'looks good', 'looks fine', 'look right', 'look good', "that's correct", 'that is correct', "that's right", "it's correct",
  'correct', 'everything is correct', 'is correct', 'no problem', 'exactly', 'of course',
  '是', '是的', '对', '对的', '对啊', '好', '好的', '好了', '行', '可以', '嗯', '嗯嗯', '确认', '确定', '没错', '没问题', '正确', '全部正确', '都对',
  '都正确', '准备好了', '准备好', '备好了', '材料准备好了', '材料已备好', '开始', '开始吧', '继续',
];
const NO = ['no', 'nope', 'nah', 'not yet', 'cancel', "don't", 'dont', '不', '不是', '不对', '不用', '不要', '算了', '取消', '否', '还没', '先不'];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
const phrases = (words: readonly string[]) => new RegExp(
  `^(?:(?:${[...words].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![a-z])[\\s,，.。!！~～]*)+$`, 'u');
// Words around a button's name that do not change which button it is ("提交吧", "please resend", "send it now").
const FILLER = [
  'please', 'pls', 'plz', 'now', 'it', 'the', 'a', 'then', 'just', 'code', 'me',
  '请', '吧', '呀', '啊', '了', '一下', '那就', '就', '帮我', '麻烦', '验证码', '再',
];
const ALL_YES = phrases(YES);
const ALL_NO = phrases(NO);
const clean = (text: string) => foldText(text).replace(/\p{Extended_Pictographic}|\ufe0f/gu, ' ').replace(/[\s.。!！?？~～,，]+$/u, '').replace(/\s+/g, ' ').trim();

/**
 * The button a typed message means: its label ("Looks right", "全部正确"), or a plain yes / no in either language
 * ("yes that's correct", "对的", "没问题", "nope") where the screen has a yes or no button.
 * @example typedChoice('yes that’s correct', { choices: [], yes: 'summary.confirm' }) // 'summary.confirm'
 */
export function typedChoice(text: string, screen: OnScreen): string | undefined {
  const said = clean(text);
  if (said === '' || said.length > 60) return undefined;
  const byLabel = screen.choices.find((c) => clean(c.label.en) === said || clean(c.label.zh) === said);
  if (byLabel) return byLabel.id;
  const byWords = screen.choices.find((c) => c.also?.length && namesChoice(said, c.also, c.id === screen.yes));
  if (byWords) return byWords.id;
  if (screen.yes && ALL_YES.test(said)) return screen.yes;
  if (screen.no && ALL_NO.test(said)) return screen.no;
  return undefined;
}

const ONLY_FILLER = phrases(FILLER);
const ALSO = new Map<string, RegExp>();

/** True when the message is the button's own words, with fillers (and yes-words for the yes button) around them. */
function namesChoice(said: string, also: readonly string[], isYes: boolean): boolean {
  const key = `${isYes}:${also.join('|')}`;
  let pattern = ALSO.get(key);
  if (!pattern) ALSO.set(key, (pattern = phrases([...also, ...FILLER, ...(isYes ? YES : [])])));
  return pattern.test(said) && !ONLY_FILLER.test(said);
}
