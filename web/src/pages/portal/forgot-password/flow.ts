import { useState } from 'react';
import { clearStored, isRecord, PASSWORD_RESET_KEY, readStored, writeStored } from '../../../storage';

export type ResetStep = 'username' | 'code' | 'password' | 'done';

/** What survives a reload; the link in the message stores `password` directly. */
export interface StoredReset {
  step: 'code' | 'password';
  resetId: string;
}

function isStoredReset(value: unknown): value is StoredReset {
  return isRecord(value) && (value.step === 'code' || value.step === 'password') && typeof value.resetId === 'string';
}

export interface ResetFlow {
  step: ResetStep;
  resetId?: string;
  username?: string;
}

/** Where the reset is: in state and in sessionStorage, so that a reload continues it. */
export function useResetFlow() {
  const [flow, setFlow] = useState<ResetFlow>(() => readStored(PASSWORD_RESET_KEY, isStoredReset) ?? { step: 'username' });
  // False on the first render: focus then stays where the browser put it.
  const [moved, setMoved] = useState(false);

  function go(next: ResetFlow) {
    if ((next.step === 'code' || next.step === 'password') && next.resetId !== undefined) {
      writeStored(PASSWORD_RESET_KEY, { step: next.step, resetId: next.resetId } satisfies StoredReset);
    } else {
      clearStored(PASSWORD_RESET_KEY);
    }
    setMoved(true);
    setFlow(next);
  }

  return { flow, moved, go };
}
