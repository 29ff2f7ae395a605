import type { Command } from './events.ts';
import { toSimplified } from '../../src/domain/chinese-script.ts';

const COMMANDS: readonly [RegExp, Command][] = [
  [/^(help|menu|帮助|怎么用|菜单)$/i, 'help'],
  [/^(back|go back|previous|返回|上一步|后退|退回)$/i, 'back'],
  [/^(start over|restart|reset|start again|重新开始|从头开始|重来)$/i, 'restart'],
  [/^(human|agent|support|(talk|speak) to (a )?(human|person|agent)|real person|人工|人工客服|客服|转人工|真人)$/i, 'human'],
  [/^(why|why\?|why do you need (this|it|that|my \w+)\??|what is (this|it) for\??|为什么|为什么需要|为啥|为什么要这个|这个有什么用|干嘛用)[?？!！。]*$/i, 'why'],
  [/^(repeat|again|再说一遍|重复)$/i, 'repeat'],
  [/^((please )?(delete|remove|erase) (all )?(my )?(documents?|photos?|files?|id (card )?photos?|uploads?)|(请)?删除(我的)?(所有)?(证件|照片|材料|文件|证件照片))$/i, 'delete_documents'],
  [/^(english|in english|英文|英语)$/i, { lang: 'en' }],
  [/^(中文|chinese|汉语|简体中文|说中文)$/i, { lang: 'zh' }],
];

/**
 * Recognises a global command ("help", "back", "start over", "中文", "why do you need this?").
 * Only whole short messages count, so an answer that merely contains such a word is never taken for a command.
 * @example toCommand('  返回 ') // 'back'
 */
export function toCommand(text: string): Command | undefined {
  const cleaned = toSimplified(text.trim().replace(/[.!。！]+$/, '')); // 重新開始 and 轉人工 are the same commands
  if (cleaned.length > 40) return undefined;
  return COMMANDS.find(([pattern]) => pattern.test(cleaned))?.[1];
}
