import { describe, expect, it } from 'vitest';
import { initialContext } from '../../../dialogs/verification/context.ts';
import { handoffSummary } from '../../../dialogs/verification/handoff-summary.ts';
import { caseLabels } from '../../../src/handoff/labels.ts';
import { withProblem } from '../../../dialogs/verification/problems.ts';

describe('the handoff summary', () => {
  it('labels every row for people and lists the last problems, masked', () => {
    const context = {
      ...initialContext('zh'), kind: 'individual_mainland' as const, domains: ['example.cn'],
      profile: { idNumber: '11010519491231002X', name: '张三' },
      problems: [{ kind: 'answer' as const, text: 'ID number "110*************21": the check digit is wrong' }],
      mismatches: [{ field: 'name' as const, typed: '张三', read: '张山' }, { field: 'idNumber' as const, typed: '11010519491231002X', read: '110105194912310037' }],
      submission: { profileId: 'P1', status: 'failed', failReasons: ['the photo is blurred'], attempts: 1 },
    };
    const rows = handoffSummary(context).summary;
    const labels = rows.map((r) => r.label);
    expect(labels).toEqual(expect.arrayContaining(['Registrant type', 'Domains', 'Refused answer', 'Card differs from profile', 'Registrar profile', 'Registrar failure']));
    expect(labels).not.toContain('kind');
    expect(labels).not.toContain('domains');
    const text = JSON.stringify(rows);
    expect(text).not.toContain('11010519491231002X');
    expect(text).not.toContain('110105194912310037');
    expect(text).not.toContain('张山');
    expect(rows.find((r) => r.label === 'Registrar failure')?.value).toBe('the photo is blurred');
    expect(rows.filter((r) => r.label === 'Card differs from profile').map((r) => r.value)).toEqual([
      'Name: typed 张*, the card reads 张*', 'Document number: typed 1101**********002X, the card reads 1101**********0037',
    ]);
  });

  it('names the language, the reason, the channel and the step', () => {
    expect(caseLabels({ reason: 'failures', lang: 'zh', channel: 'web', step: 'collectingProfile' })).toEqual({
      reason: 'three failed answers', lang: 'Chinese (zh)', channel: 'web chat', step: 'entering the profile (collectingProfile)',
      resumesAt: 'entering the profile (collectingProfile)',
    });
    expect(caseLabels({ reason: 'asked', lang: 'en', channel: 'terminal', step: 'collectingProfile', resumeAt: 'askingDomains' }).resumesAt).toBe('entering the domains (askingDomains)');
  });
});

describe('a refused photo', () => {
  it('is remembered with what the checks said, and the oldest problem goes after five', () => {
    const refused = { type: 'xstate.done.actor.0.inspectUploads', output: [{ ok: false, problems: [{ en: 'The photo is blurred: hold the phone still.', zh: '照片模糊' }] }] };
    let context: ReturnType<typeof initialContext> = { ...initialContext('en'), kind: 'individual_mainland' as const };
    for (let i = 0; i < 6; i++) context = { ...context, problems: withProblem(context, refused as never) };
    expect(context.problems).toHaveLength(5);
    expect(context.problems![0]).toEqual({ kind: 'photo', text: 'The photo is blurred: hold the phone still.' });
  });
});
