// Collections in the back office: Skulder (the debtor list and a customer's debt), the reminders and
// accrued interest on an invoice's page, and Bokföring (the SIE export).

export const collections = {
  /** A debt's age: days past the due date. */
  ageBucket: {
    '1-30': '1–30 dagar',
    '31-60': '31–60 dagar',
    '61-90': '61–90 dagar',
    '90+': 'Över 90 dagar',
  },
};

export type CollectionsMessages = typeof collections;
