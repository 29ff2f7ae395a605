import { KIND_LABELS } from '../../src/domain/registrant-kinds.ts';
import { summarize } from '../../src/domain/profile-summary.ts';
import { t } from '../../src/i18n/localized.ts';
import type { HandoffInput } from './actors.ts';
import type { DialogContext } from './context.ts';

/** What a support agent sees first: where the user is, with ID numbers, phone numbers and emails masked. */
export function handoffSummary(context: DialogContext): HandoffInput {
  const rows = [
    ...(context.kind ? [{ label: 'kind', value: t(KIND_LABELS[context.kind], 'en') }] : []),
    ...(context.domains.length ? [{ label: 'domains', value: context.domains.join(', ') }] : []),
    ...(context.kind ? summarize(context.kind, context.profile, 'en', { mask: true }).map(({ label, value }) => ({ label, value })) : []),
    ...(context.submission.profileId ? [{ label: 'registrar profile', value: `${context.submission.profileId} (${context.submission.status ?? 'unknown'})` }] : []),
    ...(context.submission.failReasons.length ? [{ label: 'failure reasons', value: context.submission.failReasons.join('; ') }] : []),
  ];
  return { conversationId: context.conversationId ?? '', lang: context.lang, failures: context.failures, summary: rows };
}
