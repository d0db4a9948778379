// E-mail about cases: confirmation to the tenant, a new message in the dialog, a new case for staff.
import type { Language } from '../i18n/language.ts';
import type { NewMessage } from '../repositories/messages.ts';
import { renderEmailHtml, renderEmailText, type EmailContent } from './email-layout.ts';

type Event = 'registered' | 'staff_wrote' | 'tenant_wrote' | 'assigned';

const subjects: Record<Language, Record<Event, (n: string, t: string) => string>> = {
  sv: {
    registered: (n, t) => `Ärende ${n} är registrerat: ${t}`,
    staff_wrote: (n, t) => `Nytt meddelande i ärende ${n}: ${t}`,
    tenant_wrote: (n, t) => `Hyresgästen har skrivit i ärende ${n}: ${t}`,
    assigned: (n, t) => `Nytt ärende till dig: ${n} ${t}`,
  },
  en: {
    registered: (n, t) => `Case ${n} is registered: ${t}`,
    staff_wrote: (n, t) => `New message in case ${n}: ${t}`,
    tenant_wrote: (n, t) => `The tenant has written in case ${n}: ${t}`,
    assigned: (n, t) => `A new case for you: ${n} ${t}`,
  },
};

const intros: Record<Language, Record<Event, string>> = {
  sv: {
    registered: 'Tack! Vi har tagit emot ditt ärende och återkommer i dialogen på Mina sidor.',
    staff_wrote: 'Vi har skrivit ett nytt meddelande i ditt ärende. Läs och svara på Mina sidor.',
    tenant_wrote: 'Hyresgästen har skrivit ett nytt meddelande.',
    assigned: 'Ett ärende har tilldelats dig.',
  },
  en: {
    registered: 'Thank you! We have received your case and will answer in the dialog on Mina sidor.',
    staff_wrote: 'We have written a new message in your case. Read and answer on Mina sidor.',
    tenant_wrote: 'The tenant has written a new message.',
    assigned: 'A case has been assigned to you.',
  },
};

export function caseEmail(input: { event: Event; lang: Language; to: string; number: string; title: string; link: string; sender: string; excerpt?: string }): NewMessage {
  const sv = input.lang === 'sv';
  const content: EmailContent = {
    greeting: sv ? 'Hej!' : 'Hello,',
    // The text of the dialog stays on Mina sidor: the e-mail says that something happened and links there.
    paragraphs: [intros[input.lang][input.event], `${sv ? 'Ärende' : 'Case'} ${input.number}: ${input.title}`, ...(input.excerpt ? [input.excerpt] : [])],
    action: { label: sv ? 'Öppna ärendet' : 'Open the case', url: input.link },
    signature: input.sender,
  };
  return {
    channel: 'email', recipient: input.to, language: input.lang,
    subject: subjects[input.lang][input.event](input.number, input.title),
    text: renderEmailText(content), html: renderEmailHtml(content, input.lang),
  };
}
