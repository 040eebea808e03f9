/** Exit codes (design.md): 0 every connector passes, 1 some connector fails, 2 usage, configuration or internal error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A problem with how the tool was called or configured: exit code 2, message without a stack trace. */
export class UsageError extends Error {}
