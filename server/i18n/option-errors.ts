// Option ordering's refusals in words (issue 12), spread into server/i18n/errors.ts. The tenant reads most
// of them on the catalogue and checkout pages; each says why and what to do.
import type { OptionErrorCode } from '../option-errors.ts';

type Template = (p: Record<string, string | number>) => string;

const name = (p: Record<string, string | number>, fallback: string) => (p.option ? `${p.option}` : fallback);

export const optionErrorsSv: Record<OptionErrorCode, Template> = {
  OPTION_DEBT: () => 'Du kan inte beställa tillval just nu eftersom det finns en obetald skuld (en förfallen avi eller faktura). Betala skulden under Avier & fakturor eller kontakta oss, så kan du beställa sedan.',
  OPTION_ONGOING_ORDER: (p) => `Det finns redan en pågående beställning i ${p.group ?? 'den här kategorin'} för ${p.space ?? 'det här utrymmet'}${p.number ? ` (ärende ${p.number})` : ''}. Du kan beställa igen när den är utförd.`,
  OPTION_UNPAID_FEE: (p) => `Ett tillval i ${p.group ?? 'den här kategorin'} för ${p.space ?? 'det här utrymmet'} har en avgift som inte är färdigbetald. Du kan beställa igen när avgiften är betald.`,
  OPTION_LOCKED_IN_CART: (p) => `Du har redan ${p.other ?? 'ett annat tillval'} i ${p.group ?? 'den här kategorin'} för ${p.space ?? 'det här utrymmet'} i varukorgen. Man kan bara beställa ett sådant per utrymme: ta bort det ur varukorgen först.`,
  OPTION_QUANTITY: (p) => {
    if (p.reason === 'not_piece') return `${name(p, 'Tillvalet')} beställs en gång, utan antal.`;
    if (p.reason === 'above_max') return `Du kan beställa högst ${p.max} st av ${name(p, 'tillvalet')}.`;
    if (p.reason === 'below_one') return 'Antalet måste vara minst 1.';
    return 'Antalet måste vara ett heltal, till exempel 1 eller 2.';
  },
  OPTION_NOT_FOR_OBJECT: (p) => `${name(p, 'Tillvalet')} går inte att beställa till det här hyresobjektet eller utrymmet.`,
  OPTION_CHANGED: (p) => `${name(p, 'Ett tillval')} har ändrats eller finns inte längre sedan du lade det i varukorgen. Se över varukorgen och försök igen.`,
  OPTION_CART_EMPTY: () => 'Varukorgen är tom. Om du just skickade beställningen finns den under Ärenden.',
  OPTION_CART_CHANGED: () => 'Varukorgen har ändrats (kanske i en annan flik). Se över den och skicka igen.',
  OPTION_TERMS_NOT_ACCEPTED: () => 'Kryssa i Jag godkänner villkoren för att skicka beställningen.',
  OPTION_CONTACT_MISSING: (p) => (p.field === 'contactPhone' ? 'Fyll i kontaktpersonens telefonnummer.' : 'Fyll i kontaktperson.'),
  OPTION_STATUS_MOVE: (p) => `Beställningen kan inte gå från ${p.from} till ${p.to}.`,
  OPTION_PLANNED_DATE_MISSING: () => 'Ange det datum arbetet är planerat till.',
  OPTION_REJECTION_REASON_MISSING: () => 'Skriv varför beställningen nekas. Hyresgästen ser texten.',
  OPTION_NO_LEASE: () => 'Hyresobjektet har inget gällande hyresavtal att lägga tillägget på.',
  OPTION_PRICE_MISSING: () => 'Ange ett månadstillägg, en engångsavgift eller båda (över 0 kr).',
  OPTION_PLACE_MISSING: () => 'Välj minst en objekttyp eller ett hyresobjekt där tillvalet gäller.',
  OPTION_GROUP_UNKNOWN: () => 'Gruppen finns inte.',
  OPTION_PICTURE_NOT_IMAGE: () => 'Bara bilder (JPEG, PNG, WebP eller HEIC) kan vara bilder på ett tillval.',
};

export const optionErrorsEn: Record<OptionErrorCode, Template> = {
  OPTION_DEBT: () => 'You cannot order options just now because there is an unpaid debt (an overdue invoice). Pay it under Invoices or contact us, and you can order afterwards.',
  OPTION_ONGOING_ORDER: (p) => `There is already an ongoing order in ${p.group ?? 'this category'} for ${p.space ?? 'this space'}${p.number ? ` (case ${p.number})` : ''}. You can order again once it is done.`,
  OPTION_UNPAID_FEE: (p) => `An option in ${p.group ?? 'this category'} for ${p.space ?? 'this space'} has a fee that is not fully paid. You can order again once the fee is paid.`,
  OPTION_LOCKED_IN_CART: (p) => `You already have ${p.other ?? 'another option'} in ${p.group ?? 'this category'} for ${p.space ?? 'this space'} in the cart. Only one such can be ordered per space: remove it from the cart first.`,
  OPTION_QUANTITY: (p) => {
    if (p.reason === 'not_piece') return `${name(p, 'The option')} is ordered once, without a quantity.`;
    if (p.reason === 'above_max') return `You can order at most ${p.max} of ${name(p, 'the option')}.`;
    if (p.reason === 'below_one') return 'The quantity must be at least 1.';
    return 'The quantity must be a whole number, such as 1 or 2.';
  },
  OPTION_NOT_FOR_OBJECT: (p) => `${name(p, 'The option')} cannot be ordered for this rental object or space.`,
  OPTION_CHANGED: (p) => `${name(p, 'An option')} has changed or is no longer offered since you put it in the cart. Check the cart and try again.`,
  OPTION_CART_EMPTY: () => 'The cart is empty. If you just sent the order, it is under Cases.',
  OPTION_CART_CHANGED: () => 'The cart has changed (perhaps in another tab). Check it and send again.',
  OPTION_TERMS_NOT_ACCEPTED: () => 'Tick I accept the terms to send the order.',
  OPTION_CONTACT_MISSING: (p) => (p.field === 'contactPhone' ? "Fill in the contact person's phone number." : 'Fill in the contact person.'),
  OPTION_STATUS_MOVE: (p) => `The order cannot go from ${p.from} to ${p.to}.`,
  OPTION_PLANNED_DATE_MISSING: () => 'Give the date the work is planned for.',
  OPTION_REJECTION_REASON_MISSING: () => 'Write why the order is rejected. The tenant sees the text.',
  OPTION_NO_LEASE: () => 'The rental object has no current lease to add the surcharge to.',
  OPTION_PRICE_MISSING: () => 'Give a monthly surcharge, a one-off fee or both (above 0 kr).',
  OPTION_PLACE_MISSING: () => 'Choose at least one object type or rental object where the option applies.',
  OPTION_GROUP_UNKNOWN: () => 'The group does not exist.',
  OPTION_PICTURE_NOT_IMAGE: () => 'Only pictures (JPEG, PNG, WebP or HEIC) can be pictures of an option.',
};
