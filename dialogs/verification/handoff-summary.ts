import { KIND_LABELS } from '../../src/domain/registrant-kinds.ts';
import { maskValue, summarize } from '../../src/domain/profile-summary.ts';
import { t } from '../../src/i18n/localized.ts';
import type { HandoffInput } from './actors.ts';
import type { DialogContext } from './context.ts';
import { mismatchFieldLabels } from './mismatch-copy.ts';

const PROBLEM_LABELS = { answer: 'Refused answer', photo: 'Photo problem' } as const;

/**
 * What a support agent sees first, labelled for people (English, the desk's language): who registers what, the
 * profile so far, and the last problems the user hit — refused answers and photos, a card that reads otherwise than the
 * profile, the registrar's refusal. ID numbers, phone numbers, emails and names are masked.
 */
export function handoffSummary(context: DialogContext): HandoffInput {
  const rows = [
    ...(context.kind ? [{ label: 'Registrant type', value: t(KIND_LABELS[context.kind], 'en') }] : []),
    ...(context.domains.length ? [{ label: 'Domains', value: context.domains.join(', ') }] : []),
    ...(context.kind ? summarize(context.kind, context.profile, 'en', { mask: true }).map(({ label, value }) => ({ label, value })) : []),
    ...(context.problems ?? []).map((p) => ({ label: PROBLEM_LABELS[p.kind], value: p.text })),
    ...(context.mismatches ?? []).map((m) => ({
      label: 'Card differs from profile',
      value: `${mismatchFieldLabels[m.field].en}: typed ${maskValue(m.field, m.typed)}, the card reads ${maskValue(m.field, m.read)}`,
    })),
    ...(context.submission.profileId ? [{ label: 'Registrar profile', value: `${context.submission.profileId} (${context.submission.status ?? 'unknown'})` }] : []),
    ...(context.submission.failReasons.length ? [{ label: 'Registrar failure', value: context.submission.failReasons.join('; ') }] : []),
  ];
  return { conversationId: context.conversationId ?? '', lang: context.lang, failures: context.failures, summary: rows };
}
