import { describe, expect, it } from 'vitest';
import { formatOpening, isOpen, nextOpening, parseSupportHours, type SupportHours } from '../../../src/handoff/support-hours.ts';
import { loadConfig } from '../../../src/config.ts';

const hours = parseSupportHours('Mon-Fri 09:00-18:00 Asia/Shanghai') as SupportHours;

describe('support hours', () => {
  it('is open on a Shanghai weekday afternoon and closed at night and on Saturday', () => {
    expect(isOpen(hours, Date.parse('2026-12-03T06:00:00Z'))).toBe(true); // Thu 14:00 in Shanghai
    expect(isOpen(hours, Date.parse('2026-12-03T12:00:00Z'))).toBe(false); // Thu 20:00
    expect(isOpen(hours, Date.parse('2026-12-05T03:00:00Z'))).toBe(false); // Sat 11:00
  });

  it('says when support opens next, in its own time zone', () => {
    const friday = Date.parse('2026-12-04T11:00:00Z'); // Fri 19:00 in Shanghai
    expect(formatOpening(hours, nextOpening(hours, friday)!)).toBe('Mon 09:00 (Asia/Shanghai)');
    expect(nextOpening(hours, Date.parse('2026-12-03T06:00:00Z'))).toBeUndefined();
    expect(nextOpening(undefined, friday)).toBeUndefined();
  });

  it('reads day lists and wrapping ranges, and names what is wrong in a bad setting', () => {
    expect([...(parseSupportHours('Sat-Mon,Wed 10:00-12:00 UTC') as SupportHours).days].sort()).toEqual([0, 1, 3, 6]);
    expect(parseSupportHours('weekdays 9-6')).toEqual({ error: 'must look like "Mon-Fri 09:00-18:00 Asia/Shanghai"' });
    expect(parseSupportHours('Mon-Fri 09:00-18:00 Mars/Olympus')).toEqual({ error: 'unknown time zone "Mars/Olympus"' });
    expect(parseSupportHours('Mon-Fri 18:00-09:00 UTC')).toEqual({ error: 'bad time range 18:00-09:00' });
    expect(() => loadConfig({ SUPPORT_HOURS: 'Mon-Fri 09:00-18:00 Nowhere/City' })).toThrow(/unknown time zone "Nowhere\/City"[\s\S]*SUPPORT_HOURS/);
  });
});
