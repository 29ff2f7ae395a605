import { describe, expect, it } from 'vitest';
// @ts-expect-error: the page's own script is plain JavaScript served as is
import { replyLanguage } from '../../adapters/web/public/strings.js';

describe("the page's labels follow the language the bot answers in", () => {
  it('reads a Chinese reply as Chinese and an English one, quoting a Chinese example, as English', () => {
    expect(replyLanguage([{ text: '您的姓名是什么？请与证件上的完全一致，例如：张三。' }])).toBe('zh');
    expect(replyLanguage([{ text: 'What is your name, exactly as on your document? For example: 张三.' }])).toBe('en');
    expect(replyLanguage([{ text: 'Registrant: Individual: resident of the Chinese mainland.' }, { text: 'Which domain names are we verifying?' }])).toBe('en');
  });

  it('leaves the labels alone when a reply says too little', () => {
    expect(replyLanguage([{ text: 'OK' }])).toBeUndefined();
    expect(replyLanguage([{ text: 'Which city? For example: 杭州市.' }])).toBeUndefined();
    expect(replyLanguage([{ image: {} }])).toBeUndefined();
  });
});
