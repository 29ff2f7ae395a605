import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';

describe('loadConfig', () => {
  it('runs on embedded defaults with nothing set', () => {
    expect(loadConfig({})).toMatchObject({ DVBOT_DATA_DIR: './data', REGISTRAR: 'simulated', PORT: 3978, HOST: '127.0.0.1', LOG_LEVEL: 'info' });
  });

  it('treats empty values as unset, as an untouched .env.example has them', () => {
    expect(loadConfig({ REDIS_URL: '', SMTP_URL: '', DVBOT_DATA_KEY: '' })).toMatchObject({ REDIS_URL: undefined, SMTP_URL: undefined });
  });

  it('stops with every bad setting named', () => {
    const error = (() => { try { loadConfig({ PORT: 'abc', REGISTRAR: 'godaddy', DVBOT_DATA_KEY: 'short', REDIS_URL: 'http://x' }); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'REGISTRAR', 'DVBOT_DATA_KEY', 'REDIS_URL']) expect(message).toContain(name);
  });

  it('reads the trusted proxies as a list', () => {
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.1, 10.0.0.2' }).TRUSTED_PROXIES).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(loadConfig({}).TRUSTED_PROXIES).toEqual([]);
  });

  it('requires the Alibaba Cloud keys with REGISTRAR=aliyun', () => {
    expect(() => loadConfig({ REGISTRAR: 'aliyun' })).toThrow(/ALIBABA_CLOUD_ACCESS_KEY_ID/);
    expect(loadConfig({ REGISTRAR: 'aliyun', ALIBABA_CLOUD_ACCESS_KEY_ID: 'id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'secret' }).REGISTRAR).toBe('aliyun');
  });

  it('requires a way to receive Slack events with a bot token', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: 's' })).toThrow(/xoxb-/);
  });
});
