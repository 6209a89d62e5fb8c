/** Sign-in is paused for this e-mail or this address; the password was not checked. */
export class TooManySignInAttemptsError extends Error {
  override name = 'TooManySignInAttemptsError';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${describeWait(retryAfterSeconds)}.`);
  }
}

function describeWait(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
