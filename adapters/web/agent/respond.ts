import type { ServerResponse } from 'node:http';
import { sendJson } from '../../../src/http/respond.ts';
import { deskErrors, type DeskErrorCode } from '../../../src/handoff/copy.ts';
import type { DeskResult } from '../../../src/handoff/desk.ts';

/** Errors of the console API besides the desk's own refusals. */
const API_ERRORS = {
  unauthorized: [401, 'Sign in with a valid agent token (Authorization: Bearer TOKEN), or the console session has ended.'],
  too_many_attempts: [429, 'Too many failed sign-in attempts from this address; wait 15 minutes.'],
  bad_request: [400, 'The request is malformed.'],
  too_large: [413, 'Too large: messages and notes are limited to 4,000 characters.'],
  not_found: [404, deskErrors.not_found],
} as const;

const DESK_STATUS: Readonly<Record<DeskErrorCode, number>> = {
  not_found: 404, claimed_by_other: 403, not_claimed: 409, user_unreachable: 502, no_value: 404, invalid_value: 422, photo_not_acceptable: 422,
};

/** Answers with one of the API's errors; `detail` names what was wrong. */
export function apiError(res: ServerResponse, code: keyof typeof API_ERRORS, detail?: string): undefined {
  const [status, message] = API_ERRORS[code];
  sendJson(res, status, { error: { code, message, ...(detail ? { detail } : {}) } });
  return undefined;
}

/** Answers a desk result: the body on success, else the refusal with its status (409 for a lost claim). */
export function deskAnswer<T extends object>(res: ServerResponse, result: DeskResult<T>, body: (ok: T) => unknown, claim = false): void {
  if (result.ok) return sendJson(res, 200, body(result));
  const status = claim && result.code === 'claimed_by_other' ? 409 : DESK_STATUS[result.code];
  const message = result.claimedBy ? `${deskErrors[result.code]} (${result.claimedBy})` : deskErrors[result.code];
  sendJson(res, status, { error: { code: result.code, message, ...(result.claimedBy ? { claimedBy: result.claimedBy } : {}), ...(result.detail ? { detail: result.detail } : {}) } });
}
