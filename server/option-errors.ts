// The refusals of option ordering (issue 12) and their HTTP statuses, spread into server/errors.ts; their
// words are in server/i18n/option-errors.ts. A rule's refusal is 409 (the state forbids it now), a bad
// value 422, and every one names what it is about so the page can say why.
export const optionErrorStatus = {
  OPTION_DEBT: 409,
  OPTION_ONGOING_ORDER: 409,
  OPTION_UNPAID_FEE: 409,
  OPTION_LOCKED_IN_CART: 409,
  OPTION_QUANTITY: 422,
  OPTION_NOT_FOR_OBJECT: 422,
  OPTION_CHANGED: 409,
  OPTION_CART_EMPTY: 409,
  OPTION_CART_CHANGED: 409,
  OPTION_TERMS_NOT_ACCEPTED: 422,
  OPTION_CONTACT_MISSING: 422,
  OPTION_STATUS_MOVE: 409,
  OPTION_PLANNED_DATE_MISSING: 422,
  OPTION_REJECTION_REASON_MISSING: 422,
  OPTION_NO_LEASE: 422,
  OPTION_PRICE_MISSING: 422,
  OPTION_PLACE_MISSING: 422,
  OPTION_GROUP_UNKNOWN: 422,
  OPTION_PICTURE_NOT_IMAGE: 422,
} as const;

export type OptionErrorCode = keyof typeof optionErrorStatus;
