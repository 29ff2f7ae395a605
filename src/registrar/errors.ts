import { RegistrarError } from '../errors.ts';

/**
 * The registrar saved the profile but did not take its documents. `profileId` names the saved profile: retrying with
 * `submitProfile(s, { profileId })` finishes it instead of saving a second one.
 */
export class DocumentsNotSubmittedError extends RegistrarError {
  readonly profileId: string;
  constructor(profileId: string, cause: unknown) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(`profile ${profileId} was saved but its documents were not submitted: ${why}`, { cause });
    this.profileId = profileId;
  }
}

/** The saved profile's id when `error` is a DocumentsNotSubmittedError, so a retry can pass it on; undefined otherwise. */
export function savedProfileId(error: unknown): string | undefined {
  return error instanceof DocumentsNotSubmittedError ? error.profileId : undefined;
}
