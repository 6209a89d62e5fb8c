import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';

/** scrypt's cost parameters; stored with each hash so they can be raised later without breaking old hashes. */
export const SCRYPT_PARAMS = { N: 16_384, r: 8, p: 1 } as const;
export const SCRYPT_KEY_LENGTH = 64;
const SALT_LENGTH = 16;

/** Promisified scrypt; node's util.promisify loses the options overload. */
export function deriveScryptKey(plain: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(plain, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Hashes a password as `scrypt$N$r$p$<salt base64>$<hash base64>` with a fresh random salt. */
export async function hashPassword(plain: string): Promise<string> {
  const { N, r, p } = SCRYPT_PARAMS;
  const salt = randomBytes(SALT_LENGTH);
  const key = await deriveScryptKey(plain, salt, SCRYPT_KEY_LENGTH, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}
