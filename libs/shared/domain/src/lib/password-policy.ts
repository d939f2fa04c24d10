export const PASSWORD_MIN_LENGTH = 12;
/** argon2 hashes any length, but an unbounded input is a cheap denial-of-service lever. */
export const PASSWORD_MAX_LENGTH = 256;
