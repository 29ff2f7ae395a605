import type { FieldId } from '../domain/profile-fields.ts';
import { fieldsMentioned } from '../domain/profile/field-mentions.ts';
import { leadInLength } from './lead-ins.ts';
import { trimSpan, type Span } from './spans.ts';

/** The message three ways: as typed, folded (see foldText), and folded with the values already found blanked out. */
export type MessageText = { text: string; folded: string; blanked: string };

// Words after an answer that are not part of it ("张三 lol", "是310012吧", "杭州～", "李四 thanks", "😊").
const TAIL = /(?:[\s,，。.!！?？~～…、;；]|\p{Extended_Pictographic}|\ufe0f|\b(?:lol|thanks|thank you|thx|pls|please|haha)\b|吧|啊|呀|哦|哈|呢|啦)+$/u;
const SEPARATOR = /[,，。!！?？;；~～、\n()（）]|\.(?=\s|$)|\p{Extended_Pictographic}/u;
const HAN_NAME = /[\u3400-\u9fff]+(?:[·•‧・][\u3400-\u9fff]+)*/u;
const LATIN_NAME = /^[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,4}$/u;
// Characters of sentences, not of names ("我没有", "这个", "哪个名字").
const NOT_IN_NAMES = /[的了吗呢吧这那么什没我你她们哪啥]/u;
const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'my', 'your', 'our', 'is', 'are', 'was', 'do', 'does', 'did', 'you', 'me', 'i', 'it', 'this', 'that', 'which', 'what',
  'why', 'how', 'who', 'where', 'name', 'mean', 'wait', 'for', 'of', 'to', 'in', 'on', 'and', 'or', 'not', 'no', 'yes', 'ok', 'okay',
  'company', 'business', 'help', 'again', 'sorry', 'want', 'need', 'have', 'has', 'use', 'just', 'please', 'hmm', 'um', 'so', 'but',
]);
// What introduces a corrected value inside a sentence ("…填错了，应该是张伟", "…, it's 137…").
const VALUE_INTRO = /^(?:应该是|应是|改成|改为|换成|是|为|should be|it'?s|it is|now|new one is)\s*/u;

/** The span of the text after the words before the answer, with the words after it trimmed off. */
function answerSpan(field: FieldId, message: MessageText): Span {
  const start = leadInLength(field, message.folded);
  const rest = message.blanked.slice(start);
  const tail = TAIL.exec(rest);
  return trimSpan(message.blanked, { start, end: start + (tail ? tail.index : rest.length) });
}

function segments(message: MessageText, from: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i <= message.blanked.length; i += 1) {
    if (i === message.blanked.length || SEPARATOR.test(message.blanked[i]!)) {
      spans.push(trimSpan(message.blanked, { start, end: i }));
      start = i + 1;
    }
  }
  return spans.filter((s) => s.end > s.start);
}

function nameIn(message: MessageText, segment: Span): Span | undefined {
  const intro = VALUE_INTRO.exec(message.blanked.slice(segment.start, segment.end))?.[0].length ?? 0;
  const part = message.blanked.slice(segment.start + intro, segment.end);
  const tail = TAIL.exec(part);
  const words = tail ? part.slice(0, tail.index) : part;
  const han = HAN_NAME.exec(words);
  if (han) {
    const bad = NOT_IN_NAMES.test(han[0]) || fieldsMentioned(han[0]).length > 0 || han[0].length > 30;
    return bad ? undefined : { start: segment.start + intro + han.index, end: segment.start + intro + han.index + han[0].length };
  }
  const latin = words.trim();
  if (!LATIN_NAME.test(latin) || latin.split(/\s+/).some((w) => NOT_NAME_WORDS.has(w))) return undefined;
  const at = segment.start + intro + words.indexOf(latin);
  return { start: at, end: at + latin.length };
}

/** A person's name inside a sentence: "I'm 陈静", "本人刘洋，男", "my name is John Smith 😊". */
function findPersonName(field: FieldId, message: MessageText): Span | undefined {
  const from = leadInLength(field, message.folded);
  for (const segment of segments(message, from)) {
    const found = nameIn(message, segment);
    if (found) return found;
  }
  return undefined;
}

/** The city: for a Chinese profile the Chinese words of "Shanghai 上海市", else the answer without what surrounds it. */
function findCity(message: MessageText, chinese: boolean): Span {
  const span = answerSpan('city', message);
  const han = chinese ? /[\u3400-\u9fff]+/u.exec(message.blanked.slice(span.start, span.end)) : null;
  return han ? { start: span.start + han.index, end: span.start + han.index + han[0].length } : span;
}

/** Tokens that may be a number (ID, certificate, postal code): letters and digits with at least one digit. */
function numberTokens(message: MessageText): Span[] {
  return [...message.blanked.matchAll(/[a-z0-9]*\d[a-z0-9]*/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Where the answer to `field` is in the message, or undefined when nothing of the field's shape is there. Number
 * fields return every candidate token, best first (the caller keeps the first that validates).
 */
export function findFieldValue(field: FieldId, message: MessageText, options: { chinese: boolean }): Span[] {
  switch (field) {
    case 'name':
    case 'contactName': {
      const name = findPersonName(field, message);
      return name ? [name] : [];
    }
    case 'city': return [findCity(message, options.chinese)];
    case 'idNumber':
    case 'postalCode': return [answerSpan(field, message), ...numberTokens(message)];
    default: {
      const whole = answerSpan(field, message);
      return whole.end > whole.start ? [whole] : [];
    }
  }
}
