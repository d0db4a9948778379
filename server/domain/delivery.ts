// The timing of message delivery, in one place because each figure is derived from the others: a send
// gives up before its claim on the message ends, and the claim ends when its job expires, so a live
// attempt is never overtaken and a dead one is taken over about 30 s later (decision 0012).

/** A send that takes longer is given up (and retried): a hung server must not hold a job past its expiry. */
export const SEND_TIMEOUT_MS = 15_000;

/** How long a delivery attempt holds its message: longer than a send may take. */
export const SENDING_LEASE_MS = SEND_TIMEOUT_MS + 5_000;

/** A delivery job expires (and is given back by pg-boss) when its claim has surely ended. */
export const DELIVERY_JOB_EXPIRY_SECONDS = SENDING_LEASE_MS / 1000;

/**
 * The most messages being sent at once (the delivery jobs' workers times their batch), which bounds what
 * a crash can send twice. The SMTP pool has as many connections, so a send never waits in nodemailer's
 * own queue: a send that gives up is then surely not sent later behind our back.
 */
export const MESSAGES_IN_FLIGHT = 40;
