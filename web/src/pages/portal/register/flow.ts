import { useState } from 'react';
import { clearStored, isRecord, readStored, REGISTRATION_KEY, writeStored } from '../../../storage';
import type { CodeSent, ContactPrefill, MaskedChannel } from '@api';

export type RegistrationStep = 'start' | 'channel' | 'code' | 'details' | 'done';

/** What survives a reload (never the password). */
export interface StoredRegistration {
  step: Exclude<RegistrationStep, 'start' | 'done'>;
  registrationId: string;
  channels: MaskedChannel[];
  sent?: CodeSent;
  prefill?: ContactPrefill;
}

function isStoredRegistration(value: unknown): value is StoredRegistration {
  return (
    isRecord(value) &&
    (value.step === 'channel' || value.step === 'code' || value.step === 'details') &&
    typeof value.registrationId === 'string' &&
    Array.isArray(value.channels) &&
    (value.step !== 'code' || isRecord(value.sent))
  );
}

export interface RegistrationFlow {
  step: RegistrationStep;
  registrationId?: string;
  channels: MaskedChannel[];
  sent?: CodeSent;
  prefill?: ContactPrefill;
  username?: string;
}

const STEP_NUMBERS: Record<Exclude<RegistrationStep, 'done'>, number> = { start: 1, channel: 2, code: 3, details: 4 };
export const STEP_COUNT = 4;

export function stepNumber(step: Exclude<RegistrationStep, 'done'>): number {
  return STEP_NUMBERS[step];
}

function initialFlow(): RegistrationFlow {
  return readStored(REGISTRATION_KEY, isStoredRegistration) ?? { step: 'start', channels: [] };
}

function store(flow: RegistrationFlow) {
  if (flow.step === 'done' || flow.step === 'start' || flow.registrationId === undefined) {
    clearStored(REGISTRATION_KEY);
  } else {
    writeStored(REGISTRATION_KEY, {
      step: flow.step,
      registrationId: flow.registrationId,
      channels: flow.channels,
      sent: flow.sent,
      prefill: flow.prefill,
    } satisfies StoredRegistration);
  }
}

/**
 * Where the registration is: in state and in sessionStorage, so that a reload, or the link in
 * the message, continues the flow.
 */
export function useRegistrationFlow() {
  const [flow, setFlow] = useState<RegistrationFlow>(initialFlow);
  // False on the first render: focus then stays where the browser put it.
  const [moved, setMoved] = useState(false);

  return {
    flow,
    /** Whether the user has moved between steps (the new step then takes focus). */
    moved,
    /** To another step. */
    go(next: RegistrationFlow) {
      store(next);
      setMoved(true);
      setFlow(next);
    },
    /** The same step with new facts (e.g. a new code's times): focus stays where it is. */
    update(next: RegistrationFlow) {
      store(next);
      setFlow(next);
    },
  };
}
