import { ApiError } from '../../../api';

/**
 * Sends a booking on a payment. A refusal because the payment changed since the page showed it
 * (PAYMENT_CHANGED: a colleague booked first, or the form went twice) also loads it again, so the
 * page shows what is left now; the refusal itself is the form's to show.
 */
export async function sendBooking<T>(request: () => Promise<T>, onStale: () => void): Promise<T> {
  try {
    return await request();
  } catch (error) {
    if (error instanceof ApiError && error.code === 'PAYMENT_CHANGED') onStale();
    throw error;
  }
}
