import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../../src/faq/synonyms.ts';

describe('canonicalize on traditional characters', () => {
  it('simplifies them first, so the Chinese word list applies to both scripts, and keeps everything else', () => {
    expect(canonicalize('網域實名認證審核要幾天？')).toBe('域名实名认证审核要几天？');
    expect(canonicalize('範本資料填錯了 abc 123')).toBe('模板材料填错了 abc 123');
    expect(canonicalize('帳號實名和域名實名是一回事嗎')).toBe('账号实名和域名实名是一回事吗');
  });
});

describe('canonicalize on Cantonese', () => {
  it('reads written Cantonese as the Mandarin the examples use, after simplifying', () => {
    expect(canonicalize('點解我個域名仲係未實名')).toBe('为什么我个域名还是未实名');
    expect(canonicalize('實名搞掂咗，個網站都係開唔到')).toBe('实名搞定了，个网站还是打不开');
    expect(canonicalize('審核要等幾耐')).toBe('审核要等多久');
    expect(canonicalize('有冇人可以幫我睇下')).toBe('有没有人可以帮我看下');
  });

  it('leaves the characters that are Mandarin words too', () => {
    expect(canonicalize('系统说无法访问，打电话也没用')).toBe('系统说打不开，打电话也没用');
    expect(canonicalize('在控制台点解析设置，仲裁结果')).toBe('在控制台点解析设置，仲裁结果');
  });
});

describe('canonicalize on word classes', () => {
  it('folds the words for a person and for free of charge', () => {
    expect(canonicalize('can somebody from your colleagues call me')).toBe('can someone from your staff call me');
    expect(canonicalize('is it free of charge')).toBe('is it free');
    expect(canonicalize('my colleague is the contact')).toBe('my colleague is the contact');
  });
});

describe('canonicalize on amounts of money', () => {
  it('reads an amount in any currency as a question of cost, in both languages', () => {
    expect(canonicalize('they want 50 dollars, legit?')).toBe('they want cost, legit?');
    expect(canonicalize('pay $20 now or lose it')).toBe('pay cost now or lose it');
    expect(canonicalize('要我交300块')).toBe('要我交费用');
  });

  it('reads a currency sign without an amount as cost too', () => {
    expect(canonicalize('$$ for this?').trim()).toBe('cost  for this?');
  });

  it('leaves other numbers alone', () => {
    expect(canonicalize('i have 3 domains')).toBe('i have 3 domains');
  });
});

describe('canonicalize on addresses', () => {
  it('names the kind of an address: a domain, an email address, on a new suffix or not', () => {
    expect(canonicalize('shop.cn unverified').trim()).toBe('domain  unverified');
    expect(canonicalize('is name@shop.top ok').replace(/\s+/g, ' ')).toBe('is email new tld ok');
    expect(canonicalize('info@company.com.cn 可以吗').replace(/\s+/g, ' ')).toBe(' email 可以吗');
  });

  it('leaves a message that is only an address as typed: an answer, not a question about one', () => {
    expect(canonicalize('https://www.shop-li.cn/products?id=1')).toBe('https://www.shop-li.cn/products?id=1');
    expect(canonicalize('name@shop.top')).toBe('name@shop.top');
    expect(canonicalize('why is https://shop.cn/a?b=1 not verified').replace(/\s+/g, ' ')).toBe('why is domain unverified');
  });

  it('names a suffix written alone as a top-level domain, so that its word (".bank") is not read as the thing', () => {
    expect(canonicalize('does a .bank domain need more').replace(/\s+/g, ' ')).toBe('does a tld bank domain need more');
    expect(canonicalize('.cn enhanced')).toBe('.cn enhanced');
  });

  it('keeps the registry suffixes that special_suffix is about', () => {
    expect(canonicalize('gov.cn domain')).toBe('gov.cn domain');
    expect(canonicalize('.trademark suffix')).toBe('.trademark suffix');
  });
});

describe('canonicalize', () => {
  it.each([
    ['my kyc was rejected', 'my verification was failed'],
    ["the site isn't authenticated", 'the website is unverified'],
    ['registrant profile and information template', 'profile and profile'],
    ['domain got frozen, url suspended', 'domain got hold, domain hold'],
    ['server hold vs client-hold', 'serverhold vs clienthold'],
    ['combine the id card pictures', 'merge the id photo'],
    ['any fees? is it paid', 'any cost? is it cost'],
    ['a new top-level domain email', 'a new tld email'],
    ['y is my acct not verified tho', 'why is my account unverified though'],
    ['r u gonna check my cert', 'are you going to check my certificate'],
    ['my aliyun login is verified, do i log in again', 'my alibaba account is verified, do i log in again'],
    ['what does a private person send', 'what does a individual send'],
    ['both faces of the card', 'both sides of the card'],
    ['our it guy is the contact', 'our technical staff is the contact'],
    ['dns resolution failed for my site', 'does not resolve for my website'],
    ['domain still unverified, what gives', 'domain still unverified, why'],
    ['how do i swap the phone number', 'how do i change the phone number'],
    ['our company mail is on a new domain', 'our company email is on a new domain'],
    ["what's holding my domain back", 'what is blocking my domain'],
    ['what is the holdup', 'what is the blocking'],
    ['i hold a passport, my domain is on hold', 'i have a passport, my domain is on hold'],
  ])('English: %s', (input, expected) => {
    expect(canonicalize(input)).toBe(expected);
  });

  it.each([
    ['網域還沒實名咋整', '域名还没实名怎么办'],
    ['範本被拒了为啥', '模板驳回了为什么'],
    ['啥时候能好', '什么时候能好'],
    ['实名收费吗 多少钱', '实名费用吗 费用'],
    ['身份证正反面拼接', '身份证正反面合并'],
  ])('Chinese: %s', (input, expected) => {
    expect(canonicalize(input)).toBe(expected);
  });

  it('leaves words that only contain a synonym alone', () => {
    expect(canonicalize('repeat the website template')).toBe('repeat the website profile');
    expect(canonicalize('sitemap prices?')).toBe('sitemap cost?');
  });
});
