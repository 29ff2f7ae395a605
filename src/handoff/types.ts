import type { ChannelName } from '../conversation/messages.ts';
import type { Lang } from '../i18n/localized.ts';

/** Why a conversation waits for a person. */
export type HandoffReason = 'asked' | 'failures' | 'low_confidence' | 'photo' | 'registrar';

/** One row of the masked summary an agent sees first. */
export type SummaryRow = { label: string; value: string };

/** What the dialog hands over when it asks for a person (personal data already masked). */
export type HandoffRequest = {
  conversationId: string; lang: Lang; failures: number; summary: SummaryRow[];
  reason?: HandoffReason;
  /** The dialog step the user was at, e.g. `collectingProfile`. */
  step?: string;
};

/** A conversation waiting for, or being served by, a support agent. */
export type HandoffCase = {
  id: string; channel: ChannelName; lang: Lang;
  state: 'waiting' | 'claimed';
  /** The holder's stable id (see DeskAgent); `claimedByName` is what people see. */
  claimedBy?: string;
  claimedByName?: string;
  waitingSince: string;
  reason: HandoffReason;
  step: string;
  /** Where an agent moved the dialog back to: it resumes there when handed back. */
  resumeAt?: string;
  summary: SummaryRow[];
  /** Set once the user was offered the choice after HANDOFF_WAIT_MINUTES without an agent. */
  waitOffered?: boolean;
  /** Slack desk: where this case's message and thread are. */
  slack?: { channel: string; ts: string };
};

/** A photo as the transcript shows it: what the checks said, and the held blob an agent may accept. */
export type TranscriptPhoto = { blobId: string; ok: boolean; problems: string[] };

/** One line of the transcript kept for agents (encrypted at rest like the rest of the store). */
export type TranscriptEntry = {
  from: 'user' | 'bot' | 'agent'; text?: string; photo?: TranscriptPhoto; agent?: string; at: string;
  /** An agent message that could not reach the user's channel when it was sent. */
  undelivered?: boolean;
};

/** An agent's action on the dialog, delivered as a trusted dialog event (never from user input). */
export type AgentDialogEvent =
  | { type: 'agent.release'; note?: string }
  | { type: 'agent.photo.accept'; blobId: string; reason: string }
  | { type: 'agent.field.set'; field: string; value: string }
  | { type: 'agent.email.resend' }
  | { type: 'agent.goto'; step: string }
  | { type: 'agent.cancelled' }
  | { type: 'handoff.wait_expired' };

/** What travels on the bus topic `desk`: enough for a console to refresh, never the message text itself. */
export type DeskEvent =
  | { type: 'queue' }
  | { type: 'entry'; id: string; claimedBy?: string; from: TranscriptEntry['from']; at: string }
  | { type: 'case'; id: string; state: HandoffCase['state'] | 'released'; claimedBy?: string };

/** The bus topic of the agent desk. */
export const DESK_TOPIC = 'desk';

/** The dialog steps an agent may move the dialog back to (the dialog resumes there when handed back). */
export const GOTO_STEPS = ['askingKind', 'askingDomains', 'showingChecklist', 'collectingProfile', 'confirmingProfile', 'verifyingEmail', 'collectingDocuments', 'confirmingSubmission'] as const;

/** One of GOTO_STEPS. */
export type GotoStep = (typeof GOTO_STEPS)[number];
