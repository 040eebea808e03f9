/** A configuration or ignore file that cannot be used: the run stops with exit code 2 and this message. */
export class ConfigError extends Error {}
