import type { FieldId, Profile } from '../../src/domain/profile-fields.ts';
import { crossFieldIssues, profileFields } from '../../src/domain/profile-fields.ts';
import type { Issue } from '../../src/domain/verdict.ts';
import type { RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import type { DialogContext } from './context.ts';

/** The first field of the kind's form that has no answer yet (the order may depend on earlier answers). */
export function nextMissingField(context: DialogContext): FieldId | undefined {
  if (!context.kind) return undefined;
  return profileFields(context.kind, context.profile).find((field) => context.profile[field.id] === undefined)?.id;
}

/** The field asked before `field`, for "back"; undefined at the first field. */
export function previousField(context: DialogContext, field: FieldId | undefined): FieldId | undefined {
  if (!context.kind) return undefined;
  const ids = profileFields(context.kind, context.profile).map((f) => f.id);
  const index = field ? ids.indexOf(field) : ids.length;
  return index > 0 ? ids[index - 1] : undefined;
}

/**
 * Stores an accepted answer. Answers that depend on it are dropped so they are asked again:
 * a new document type needs its own number and photo, and a changed email its own verification.
 */
export function withAnswer(context: DialogContext, field: FieldId, value: string): Pick<DialogContext, 'profile' | 'photos'> {
  const profile: Profile = { ...context.profile, [field]: value };
  const documentChanged = field === 'documentType' && context.profile.documentType !== undefined && context.profile.documentType !== value;
  if (documentChanged) delete profile.idNumber;
  return { profile, photos: documentChanged ? { bothSides: false } : context.photos };
}

/** The first conflict between two answers, e.g. a postal code from another province than the region. */
export function firstConflict(context: DialogContext): { field: FieldId; issue: Issue } | undefined {
  if (!context.kind) return undefined;
  return crossFieldIssues(context.kind, context.profile)[0];
}

/** Answers that need no question: a field with a single possible choice (e.g. the one document an organization outside the mainland can use). */
export function prefilledProfile(kind: RegistrantKind): Profile {
  const profile: Profile = {};
  for (const field of profileFields(kind, profile)) {
    const options = field.choices?.(profile);
    if (options?.length === 1) profile[field.id] = options[0]!.id;
  }
  return profile;
}

/** Blob ids of every document photo the conversation holds. */
export function storedDocuments(context: DialogContext): string[] {
  const { front, back, merged } = context.photos;
  return [front, back, merged].flatMap((photo) => (photo ? [photo.blobId] : []));
}
