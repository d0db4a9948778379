// argon2id with OWASP's minimum settings (19 MiB, 2 passes): ~20 ms a hash on this kind of machine.
import { hash, verify } from '@node-rs/argon2';

const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed hash is a failed login, not a server error
  }
}

// Verifying against this when the user does not exist keeps the answer time the same either way,
// so response times do not tell which usernames exist.
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-Ω');
  await verifyPassword(await dummyHash, password);
  return false;
}
