// The texts of codes and links sent for account flows, in Swedish and English. SMS are kept to one
// GSM-7 part: when the link would not fit, the SMS carries the code alone.
import type { Language } from '../i18n/language.ts';
import type { NewMessage } from '../repositories/messages.ts';
import { normalizeSmsText, smsParts } from '../domain/sms.ts';
import { renderEmailHtml, renderEmailText, type EmailContent } from './email-layout.ts';
import { CODE_TTL_MINUTES } from '../domain/verification.ts';

export type CodePurpose = 'registration' | 'password_reset' | 'contact_email' | 'contact_mobile';

interface Texts { subject: string; intro: string; action: string; sms: string; ignore: string }

const texts: Record<Language, Record<CodePurpose, Texts>> = {
  sv: {
    registration: {
      subject: 'Verifiera ditt konto på Mina sidor', intro: 'Du håller på att skapa ett konto på Mina sidor.',
      action: 'Verifiera kontot', sms: 'din kod till Mina sidor är', ignore: 'Har du inte försökt skapa ett konto kan du bortse från meddelandet.',
    },
    password_reset: {
      subject: 'Återställ ditt lösenord till Mina sidor', intro: 'Någon har bett om att återställa lösenordet till ditt konto på Mina sidor.',
      action: 'Välj nytt lösenord', sms: 'din kod för nytt lösenord till Mina sidor är', ignore: 'Var det inte du kan du bortse från meddelandet: lösenordet ändras inte.',
    },
    contact_email: {
      subject: 'Bekräfta din e-postadress', intro: 'Du har angett den här e-postadressen på Mina sidor.',
      action: 'Bekräfta e-postadressen', sms: '', ignore: 'Var det inte du kan du bortse från meddelandet.',
    },
    contact_mobile: {
      subject: '', intro: '', action: '', sms: 'din kod för att bekräfta mobilnumret på Mina sidor är', ignore: '',
    },
  },
  en: {
    registration: {
      subject: 'Verify your account on Mina sidor', intro: 'You are creating an account on Mina sidor.',
      action: 'Verify the account', sms: 'your code for Mina sidor is', ignore: 'If you did not try to create an account, you can ignore this message.',
    },
    password_reset: {
      subject: 'Reset your password for Mina sidor', intro: 'Someone asked to reset the password of your account on Mina sidor.',
      action: 'Choose a new password', sms: 'your code for a new password on Mina sidor is', ignore: 'If it was not you, ignore this message: the password does not change.',
    },
    contact_email: {
      subject: 'Confirm your e-mail address', intro: 'You have entered this e-mail address on Mina sidor.',
      action: 'Confirm the e-mail address', sms: '', ignore: 'If it was not you, you can ignore this message.',
    },
    contact_mobile: {
      subject: '', intro: '', action: '', sms: 'your code to confirm the mobile number on Mina sidor is', ignore: '',
    },
  },
};

export function codeEmail(input: { purpose: CodePurpose; lang: Language; to: string; code: string; link: string | null; sender: string }): NewMessage {
  const t = texts[input.lang][input.purpose];
  const sv = input.lang === 'sv';
  const content: EmailContent = {
    greeting: sv ? 'Hej!' : 'Hello,',
    paragraphs: [
      t.intro,
      `${sv ? 'Din kod' : 'Your code'}: ${input.code}`,
      sv ? `Koden gäller i ${CODE_TTL_MINUTES} minuter.${input.link ? ' Du kan också använda knappen.' : ''}`
        : `The code is valid for ${CODE_TTL_MINUTES} minutes.${input.link ? ' You can also use the button.' : ''}`,
      t.ignore,
    ],
    ...(input.link ? { action: { label: t.action, url: input.link } } : {}),
    signature: input.sender,
  };
  return {
    channel: 'email', recipient: input.to, language: input.lang, subject: t.subject,
    text: renderEmailText(content), html: renderEmailHtml(content, input.lang),
  };
}

export function codeSms(input: { purpose: CodePurpose; lang: Language; to: string; code: string; link: string | null; sender: string }): NewMessage {
  const t = texts[input.lang][input.purpose];
  const valid = input.lang === 'sv' ? `Gäller ${CODE_TTL_MINUTES} min.` : `Valid ${CODE_TTL_MINUTES} min.`;
  const base = `${input.sender}: ${t.sms} ${input.code}. ${valid}`;
  const withLink = input.link ? normalizeSmsText(`${base} ${input.link}`) : null;
  const text = withLink && smsParts(withLink) === 1 ? withLink : normalizeSmsText(base);
  return { channel: 'sms', recipient: input.to, language: input.lang, subject: null, html: null, text };
}

export function invitationEmail(input: { lang: Language; to: string; name: string; link: string; sender: string; days: number }): NewMessage {
  const sv = input.lang === 'sv';
  const content: EmailContent = {
    greeting: sv ? `Hej ${input.name}!` : `Hello ${input.name},`,
    paragraphs: [
      sv ? `Du är inbjuden till backoffice för ${input.sender}. Välj ett lösenord för att komma igång; vid första inloggningen ställer du in tvåstegsverifiering med en autentiseringsapp.`
        : `You are invited to the back office of ${input.sender}. Choose a password to get started; at your first login you set up two-step verification with an authenticator app.`,
      sv ? `Länken gäller i ${input.days} dagar.` : `The link is valid for ${input.days} days.`,
    ],
    action: { label: sv ? 'Välj lösenord' : 'Choose a password', url: input.link },
    signature: input.sender,
  };
  return {
    channel: 'email', recipient: input.to, language: input.lang,
    subject: sv ? `Inbjudan till backoffice för ${input.sender}` : `Invitation to the back office of ${input.sender}`,
    text: renderEmailText(content), html: renderEmailHtml(content, input.lang),
  };
}
