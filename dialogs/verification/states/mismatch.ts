import { enqueueActions, type DoneActorEvent } from 'xstate';
import { fill, t } from '../../../src/i18n/localized.ts';
import { compareWithTyped, type Mismatch } from '../../../src/documents/reading/compare.ts';
import type { PhotoOutcome } from '../../../src/documents/types.ts';
import type { DocumentReading, PhotoReading } from '../../../src/documents/reading/types.ts';
import { summarize } from '../../../src/domain/profile-summary.ts';
import { verificationSetup } from '../setup.ts';
import { englishOf, withAnswer } from '../form.ts';
import { choices } from '../prompts.ts';
import type { DialogContext } from '../context.ts';
import type { DialogEvent } from '../events.ts';
import type { SayEvent } from '../setup.ts';
import { typedButton, understood } from '../transitions.ts';
import { mismatchCopy, mismatchFieldLabels } from '../mismatch-copy.ts';

const { createStateConfig } = verificationSetup;

/** The photo check's outcomes: these actions run on the check's done event, whose `output` they read. */
const outcomesOf = (event: DoneActorEvent<PhotoOutcome[]>): PhotoOutcome[] => event.output ?? [];

/** An action run on the photo check's done event (the setup's helpers are typed for user events only). */
const onCheckDone = (body: Parameters<typeof enqueueActions<DialogContext, DoneActorEvent<PhotoOutcome[]>, undefined, DialogEvent, never, never, never, never, SayEvent>>[0]) =>
  enqueueActions<DialogContext, DoneActorEvent<PhotoOutcome[]>, undefined, DialogEvent, never, never, never, never, SayEvent>(body);

/** Problems that make the document itself unusable (an expired card), not just worth mentioning. */
const REFUSING = new Set(['expired']);

const readings = (outcomes: readonly PhotoOutcome[]) => outcomes.flatMap((o) => (o.ok && o.reading ? [o.reading] : []));
const wasRead = (r: PhotoReading): r is Extract<PhotoReading, { read: true }> => r.read;

/** True when a checked photo carries no text at all: it is not the document. */
export const isNotADocument = (outcomes: readonly PhotoOutcome[]) => readings(outcomes).some((r) => wasRead(r) && !r.hasText);

/** True when the document itself says it cannot be used (expired). */
export const isRefusedByReading = (outcomes: readonly PhotoOutcome[]) => readings(outcomes).some((r) => wasRead(r) && r.problems.some((p) => REFUSING.has(p.code)));

/** Says why the photo is not accepted after reading it. */
export const sayReadingRefusal = onCheckDone(({ context, event, enqueue }) => {
  const read = readings(outcomesOf(event)).filter(wasRead);
  const lines = read.some((r) => !r.hasText) ? [t(mismatchCopy.notADocument, context.lang)] : read.flatMap((r) => r.problems.filter((p) => REFUSING.has(p.code)).map((p) => t(p.message, context.lang)));
  enqueue.emit({ type: 'say', message: { text: lines.join('\n') } });
});

/** Compares what was read with the profile: remembers the differences, or says the card matches (or could not be read). */
export const noteReading = onCheckDone(({ context, event, enqueue }) => {
  const all = readings(outcomesOf(event));
  if (all.length === 0) return;
  if (all.some((r) => !r.read)) {
    enqueue.emit({ type: 'say', message: { text: t(mismatchCopy.couldNotRead, context.lang) } });
    return;
  }
  const read = all.filter(wasRead);
  const mismatches = read.flatMap((r) => differences(context, r));
  const problems = read.flatMap((r) => r.problems);
  for (const problem of problems) enqueue.emit({ type: 'say', message: { text: t(problem.message, context.lang) } });
  if (mismatches.length > 0) enqueue.assign({ mismatches });
  // After a problem, "it matches" would contradict it. Text without the name, number or code the registry compares is
  // "could not read" (a photo with no text at all was refused before this): nothing is refused for it.
  else if (problems.length === 0) {
    const compared = read.some((r) => Object.keys(r.fields).length > 0);
    enqueue.emit({ type: 'say', message: { text: t(compared ? mismatchCopy.matches : mismatchCopy.couldNotRead, context.lang) } });
  }
});

/** Differences worth offering a fix for: a number that failed its own check is said as a problem instead. */
function differences(context: DialogContext, reading: Extract<PhotoReading, { read: true }>): Mismatch[] {
  const asReading = { document: reading.document, fields: reading.fields, confidence: {}, problems: [], hasText: true } satisfies DocumentReading;
  const typed = { name: context.profile.name, orgName: context.profile.orgName, idNumber: context.profile.idNumber };
  const numberSuspect = reading.problems.some((p) => p.code === 'id_number_check' || p.code === 'uscc_check');
  return compareWithTyped(asReading, typed).filter((m) => !(numberSuspect && m.field === 'idNumber'));
}

/** Both values side by side, and the three ways on. */
const showMismatch = verificationSetup.enqueueActions(({ context, enqueue }) => {
  const rows = (context.mismatches ?? []).map((m) => t(fill(mismatchCopy.side, { field: t(mismatchFieldLabels[m.field], context.lang), typed: m.typed, read: m.read }), context.lang));
  const cardValues = (context.mismatches ?? []).map((m) => m.read).join(', ');
  enqueue.emit({ type: 'say', message: {
    text: [t(mismatchCopy.differs, context.lang), ...rows, t(mismatchCopy.askWhich, context.lang)].join('\n'),
    choices: choices(context.lang, [
      { id: 'mismatch.use_card', label: { en: `${mismatchCopy.useCard.en}: ${cardValues}`, zh: `${mismatchCopy.useCard.zh}：${cardValues}` } },
      { id: 'mismatch.new_photo', label: mismatchCopy.newPhoto },
      { id: 'human.request', label: mismatchCopy.askPerson },
    ]),
  } });
});

/** Takes the document's values into the profile, then shows the profile as it now is. */
const useCardValues = verificationSetup.enqueueActions(({ context, enqueue }) => {
  let next: DialogContext = context;
  for (const m of context.mismatches ?? []) next = { ...next, ...withAnswer(next, m.field, m.read) };
  enqueue.assign({ profile: next.profile, englishEdits: next.englishEdits, mismatches: undefined });
  enqueue.emit({ type: 'say', message: {
    text: t(mismatchCopy.updated, context.lang),
    summary: summarize(context.kind!, next.profile, context.lang, { mask: false, english: englishOf(next) }),
  } });
});

const forgetMismatch = verificationSetup.assign({ mismatches: undefined });

/** The step after an accepted photo whose text differs from the profile: use the card's value, retake, or ask a person. */
export const mismatchStates = {
  resolvingMismatch: createStateConfig({
    entry: showMismatch,
    on: {
      'user.choice': [
        { guard: { type: 'isChoice', params: { id: 'mismatch.use_card' } }, actions: useCardValues, target: 'photosSaved' },
        { guard: { type: 'isChoice', params: { id: 'mismatch.new_photo' } }, actions: [forgetMismatch, 'clearPhotos'], target: 'collectingDocuments' },
      ],
      'user.upload': { actions: [forgetMismatch, 'clearPhotos'], target: 'checkingPhoto' },
      'user.text': [typedButton('mismatch'), { actions: understood('mismatch'), target: 'resolvingMismatch', reenter: true }],
    },
  }),
};
