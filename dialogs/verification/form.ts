import type { FieldId, Profile } from '../../src/domain/profile-fields.ts';
import { crossFieldIssues, profileFields } from '../../src/domain/profile-fields.ts';
import type { Issue } from '../../src/domain/verdict.ts';
import type { RegistrantKind } from '../../src/domain/registrant-kinds.ts';
import { toEnglishProfile, type EnglishProfile } from '../../src/domain/english-profile.ts';
import type { DialogContext } from './context.ts';
import type { StoredPhoto } from '../../src/documents/types.ts';

/** The registrant kind and the answers: what the form's order and checks depend on. */
export type FormState = Pick<DialogContext, 'kind' | 'profile'>;
/** What storing an answer changes. */
type Answered = Pick<DialogContext, 'profile' | 'photos' | 'englishEdits'>;

/** The first field of the kind's form that has no answer yet (the order may depend on earlier answers). */
export function nextMissingField(form: FormState): FieldId | undefined {
  if (!form.kind) return undefined;
  return profileFields(form.kind, form.profile).find((field) => form.profile[field.id] === undefined)?.id;
}

/** The field asked before `field`, for "back"; undefined at the first field. */
export function previousField(context: DialogContext, field: FieldId | undefined): FieldId | undefined {
  if (!context.kind) return undefined;
  const ids = profileFields(context.kind, context.profile).map((f) => f.id);
  const index = field ? ids.indexOf(field) : ids.length;
  return index > 0 ? ids[index - 1] : undefined;
}

/**
 * Stores an accepted answer. What depends on it is dropped: a new document type needs its own number and photo
 * (a changed email gets its own verification later), and the user's edit of the English line rendered from it.
 */
export function withAnswer(context: Answered, field: FieldId, value: string): Answered {
  const profile: Profile = { ...context.profile, [field]: value };
  const documentChanged = field === 'documentType' && context.profile.documentType !== undefined && context.profile.documentType !== value;
  if (documentChanged) delete profile.idNumber;
  const englishEdits = { ...context.englishEdits };
  const line = ENGLISH_SOURCE[field];
  if (line) delete englishEdits[line];
  return { profile, photos: documentChanged ? { bothSides: false } : context.photos, englishEdits };
}

/** The first conflict between two answers, e.g. a postal code from another province than the region. */
export function firstConflict(form: FormState): { field: FieldId; issue: Issue } | undefined {
  if (!form.kind) return undefined;
  return crossFieldIssues(form.kind, form.profile)[0];
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
  const { front, back, merged, unchecked = [] } = context.photos;
  return [front, back, merged, ...unchecked].flatMap((photo) => (photo ? [photo.blobId] : []));
}

/** Which English line each Chinese answer is rendered into: a new answer replaces the user's edit of that line only. */
const ENGLISH_SOURCE: Partial<Record<FieldId, keyof EnglishProfile>> = { name: 'name', orgName: 'orgName', region: 'province', city: 'city', address: 'address' };

/** The English profile: generated from the Chinese answers, with the user's own edits on top. */
export function englishOf(context: DialogContext): EnglishProfile {
  return { ...toEnglishProfile(context.kind!, context.profile), ...context.englishEdits };
}

/**
 * Files new photos: two at once are the two sides; one photo is the back only when the back was asked for,
 * otherwise it replaces the document photo (and any merged image made from the old one).
 */
export function withPhotos(photos: DialogContext['photos'], added: StoredPhoto[]): DialogContext['photos'] {
  const [first, second] = added;
  if (!first) return photos;
  if (second) return { front: first, back: second, bothSides: true };
  if (photos.bothSides && photos.front && !photos.back) return { ...photos, back: first };
  return { front: first, bothSides: photos.bothSides };
}

/** What sending (or re-sending) the email code needs: the address, the language, and the code it replaces if any. */
export function emailCodeInput(context: DialogContext) {
  return {
    email: context.profile.email ?? '', lang: context.lang,
    ...(context.email.record && context.email.sentTo === context.profile.email ? { previous: context.email.record } : {}),
  };
}
