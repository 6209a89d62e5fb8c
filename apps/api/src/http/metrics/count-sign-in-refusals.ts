import type { SignInThrottle } from '../../modules/auth/sign-in-throttle.ts';

/** The sign-in throttle, reporting each time it makes someone wait (a refused sign-in) to `onRefusal`. */
export function countSignInRefusals(throttle: SignInThrottle, onRefusal: () => void): SignInThrottle {
  return {
    ...throttle,
    async waitSeconds(email, ip) {
      const seconds = await throttle.waitSeconds(email, ip);
      if (seconds > 0) onRefusal();
      return seconds;
    },
  };
}
