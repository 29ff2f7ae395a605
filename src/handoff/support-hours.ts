import { z } from 'zod';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const PATTERN = /^\s*([A-Za-z]{3}(?:\s*-\s*[A-Za-z]{3})?(?:\s*,\s*[A-Za-z]{3}(?:\s*-\s*[A-Za-z]{3})?)*)\s+(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})\s+(\S+)\s*$/;
const STEP_MS = 5 * 60_000;

/** When people answer: weekdays, minutes of the day [from, to), in one IANA time zone. */
export type SupportHours = { days: ReadonlySet<number>; from: number; to: number; timeZone: string; text: string };

/**
 * Parses `SUPPORT_HOURS` such as `Mon-Fri 09:00-18:00 Asia/Shanghai` (day lists like `Mon,Wed,Sat-Sun` work too).
 * @example parseSupportHours('Mon-Fri 09:00-18:00 Asia/Shanghai').days.has(1) // true
 */
export function parseSupportHours(text: string): SupportHours | { error: string } {
  const match = PATTERN.exec(text);
  if (!match) return { error: 'must look like "Mon-Fri 09:00-18:00 Asia/Shanghai"' };
  const [, dayList, h1, m1, h2, m2, timeZone] = match as unknown as string[];
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return { error: `unknown time zone ${JSON.stringify(timeZone)}` };
  }
  const days = parseDays(dayList!);
  if (typeof days === 'string') return { error: days };
  const from = Number(h1) * 60 + Number(m1), to = Number(h2) * 60 + Number(m2);
  if (Number(h1) > 23 || Number(h2) > 24 || Number(m1) > 59 || Number(m2) > 59 || to <= from) return { error: `bad time range ${h1}:${m1}-${h2}:${m2}` };
  return { days, from, to, timeZone: timeZone!, text: text.trim() };
}

function parseDays(list: string): Set<number> | string {
  const days = new Set<number>();
  for (const part of list.split(',')) {
    const [a, b] = part.split('-').map((d) => DAYS.findIndex((x) => x.toLowerCase() === d.trim().toLowerCase()));
    if (a === undefined || a < 0 || (b !== undefined && b < 0)) return `unknown day in ${JSON.stringify(part.trim())}`;
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === (b ?? a)) break;
    }
  }
  return days;
}

/** The setting as the config parses it: empty means "always open". */
export const SupportHoursSetting = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()).transform((v, ctx) => {
  if (v === undefined) return undefined;
  const parsed = parseSupportHours(v);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});

/** Weekday (0 = Sunday) and minute of the day of an instant in the hours' time zone. */
function localTime(hours: SupportHours, at: number): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: hours.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: DAYS.indexOf(get('weekday') as (typeof DAYS)[number]), minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Whether someone answers at `at` (always, without configured hours). */
export function isOpen(hours: SupportHours | undefined, at: number): boolean {
  if (!hours) return true;
  const { day, minute } = localTime(hours, at);
  return hours.days.has(day) && minute >= hours.from && minute < hours.to;
}

/** The next instant (to 5 minutes) at which support opens, within a week; undefined when open now or never. */
export function nextOpening(hours: SupportHours | undefined, at: number): number | undefined {
  if (isOpen(hours, at)) return undefined;
  const start = Math.ceil(at / STEP_MS) * STEP_MS;
  for (let t = start; t < at + 8 * 86_400_000; t += STEP_MS) if (isOpen(hours, t)) return t;
  return undefined;
}

/** An opening time as the user reads it, in the support team's zone: `Mon 09:00 (Asia/Shanghai)`. */
export function formatOpening(hours: SupportHours, at: number): string {
  const { day, minute } = localTime(hours, at);
  const hh = String(Math.floor(minute / 60)).padStart(2, '0'), mm = String(minute % 60).padStart(2, '0');
  return `${DAYS[day]} ${hh}:${mm} (${hours.timeZone})`;
}
