/** Error codes for bugs and outages; user mistakes are values, not errors. */
export type ErrorCode =
  | 'config_invalid'
  | 'store_unavailable'
  | 'dialog_crashed'
  | 'turn_timeout'
  | 'attachment_fetch_failed'
  | 'attachment_refused'
  | 'attachment_too_large'
  | 'channel_send_failed'
  | 'registrar_failed'
  | 'mail_failed'
  | 'usage';

/** Base class of every error the bot throws on purpose: branch on `code`, never on the message. */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** A setting in the environment is missing or malformed; the message lists every problem. */
export class ConfigError extends AppError {
  constructor(message: string) {
    super('config_invalid', message);
  }
}

/** The conversation store could not be read or written. */
export class StoreUnavailableError extends AppError {
  constructor(cause: unknown) {
    super('store_unavailable', 'conversation store unreachable', { cause });
  }
}

/** The dialog actor stopped with an error while handling a turn. */
export class DialogCrashedError extends AppError {
  constructor(conversationId: string, cause: unknown) {
    super('dialog_crashed', `dialog crashed in conversation ${conversationId}`, { cause });
  }
}

/** The registrar (simulated or real) failed in a way that is not the user's mistake. */
export class RegistrarError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('registrar_failed', message, options);
  }
}

/** An attachment is larger than the channel's download cap; the user is told the limit. */
export class AttachmentTooLargeError extends AppError {
  readonly limitBytes: number;
  constructor(limitBytes: number) {
    super('attachment_too_large', `attachment exceeds ${limitBytes} bytes`);
    this.limitBytes = limitBytes;
  }
}

/** Wraps anything thrown into an AppError, keeping the original as the cause. */
export function asAppError(error: unknown, fallback: ErrorCode = 'dialog_crashed'): AppError {
  if (error instanceof AppError) return error;
  return new AppError(fallback, error instanceof Error ? error.message : String(error), { cause: error });
}
