import i18n from '../i18n';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** "Rubrik" → "rubrik", "E-post" → "e-post" to go inside a sentence; "SMS-text" stays as it is. */
function inSentence(label: string): string {
  return /^\p{Lu}(?!\p{Lu})/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/**
 * The browser's own check of a field (the constraint validation API: required, type=email,
 * maxlength …) in our words and the user's language, naming the field by its label (or, for a
 * missing value, in the words of its `data-missing`).
 */
export function constraintMessage(element: Control): string | undefined {
  const { validity } = element;
  if (validity.valid) return undefined;
  const label = (element.labels?.[0]?.textContent ?? element.name).trim();
  const field = inSentence(label);
  if (validity.valueMissing) {
    // A field whose label does not read well in "Fyll i …" says it in its own words (data-missing).
    if (element.dataset.missing) return element.dataset.missing;
    return element instanceof HTMLSelectElement ? i18n.t('form.choose', { field }) : i18n.t('form.fillIn', { field });
  }
  if (validity.typeMismatch && element instanceof HTMLInputElement && element.type === 'email') return i18n.t('form.email');
  if (validity.tooLong) return i18n.t('form.tooLong', { label, max: element instanceof HTMLSelectElement ? 0 : element.maxLength });
  if (validity.tooShort) return i18n.t('form.tooShort', { label, min: element instanceof HTMLSelectElement ? 0 : element.minLength });
  return i18n.t('form.check', { field });
}
