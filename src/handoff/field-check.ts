import { profileFields, type Profile } from '../domain/profile-fields.ts';
import { REGISTRANT_KINDS, type RegistrantKind } from '../domain/registrant-kinds.ts';

/**
 * Checks an agent's correction of a profile field with the very validator the form uses for the user, against the
 * dialog's persisted context (read-only: the dialog re-checks and saves it in its own turn).
 * @example checkAgentField(snapshot, 'email', 'not-an-email') // { ok: false, code: 'invalid_value', detail: '…' }
 */
export function checkAgentField(snapshot: unknown, field: string, value: string): { ok: true } | { ok: false; code: 'invalid_value' | 'no_value'; detail?: string } {
  const context = (snapshot as { context?: { kind?: string; profile?: Profile } } | undefined)?.context;
  const kind = REGISTRANT_KINDS.find((k) => k === context?.kind) as RegistrantKind | undefined;
  if (!kind) return { ok: false, code: 'invalid_value', detail: 'the registrant kind is not known yet' };
  const spec = profileFields(kind, context?.profile ?? {}).find((f) => f.id === field);
  if (!spec) return { ok: false, code: 'invalid_value', detail: `no field ${JSON.stringify(field)} for this registrant kind` };
  const verdict = spec.validate(value, context?.profile ?? {});
  return verdict.valid ? { ok: true } : { ok: false, code: 'invalid_value', detail: verdict.error.message.en };
}
