import type { ErrorCode } from '../errors.ts';
import type { Language } from './language.ts';
import { formatKronor } from '../domain/money.ts';
import { optionErrorsEn, optionErrorsSv } from './option-errors.ts';

type Template = (p: Record<string, string | number>) => string;

const ruleWords: Record<Language, Record<string, string>> = {
  sv: {
    minLength: 'minst 8 tecken', upper: 'en stor bokstav', lower: 'en liten bokstav', digit: 'en siffra',
    symbol: 'ett tecken som inte är bokstav eller siffra', common: 'inte ett av de vanligaste lösenorden',
    containsUsername: 'får inte innehålla användarnamnet',
  },
  en: {
    minLength: 'at least 8 characters', upper: 'an upper-case letter', lower: 'a lower-case letter', digit: 'a digit',
    symbol: 'a character that is not a letter or digit', common: 'not one of the most common passwords',
    containsUsername: 'must not contain the username',
  },
};

function ruleList(rules: string, lang: Language): string {
  return rules.split(',').filter(Boolean).map((r) => ruleWords[lang][r] ?? r).join(', ');
}

function lockText(seconds: number, lang: Language): string {
  const minutes = Math.ceil(seconds / 60);
  if (lang === 'sv') {
    return seconds >= 120
      ? `Kontot är låst i ${minutes} minuter efter för många misslyckade inloggningar. Försök igen senare eller återställ lösenordet med Glömt lösenord.`
      : `För många misslyckade inloggningar. Vänta ${seconds} sekunder och försök igen.`;
  }
  return seconds >= 120
    ? `The account is locked for ${minutes} minutes after too many failed logins. Try again later or reset the password with Forgot password.`
    : `Too many failed logins. Wait ${seconds} seconds and try again.`;
}

/** "The field x" (or "The request" when the request as a whole is meant), to begin a sentence. */
function fieldWord(field: string | number | undefined, lang: Language): string {
  if (field === undefined || field === '') return lang === 'sv' ? 'Förfrågan' : 'The request';
  return lang === 'sv' ? `Fältet ${field}` : `The field ${field}`;
}

/** The register fields a REGISTER_FIELD_MISSING names, as words in a sentence ("Fyll i gatuadress."). */
const registerFieldWords: Record<Language, Record<string, string>> = {
  sv: { name: 'namn', designation: 'fastighetsbeteckning', street: 'gatuadress', postalCode: 'postnummer', city: 'ort', number: 'objektnummer', identityNumber: 'organisationsnummer eller personnummer' },
  en: { name: 'the name', designation: 'the property designation', street: 'the street address', postalCode: 'the postal code', city: 'the town', number: 'the object number', identityNumber: 'the organisation or personal identity number' },
};

const registerField = (field: string | number | undefined, lang: Language) => registerFieldWords[lang][String(field ?? '')] ?? String(field ?? '');

/** Öre as kronor with two decimals: "1 234,50" in Swedish, "1,234.50" in English. */
export function kronor(ore: string | number | undefined, lang: Language): string {
  const value = Number(ore ?? 0);
  return lang === 'sv' ? formatKronor(value) : (value / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const sv: Record<ErrorCode, Template> = {
  ...optionErrorsSv,
  VALIDATION: (p) => (p.detail ? `Uppgifterna är inte giltiga: ${p.detail}` : 'Uppgifterna är inte giltiga.'),
  INVALID_EMAIL: () => 'E-postadressen är inte giltig.',
  INVALID_CHARACTER: (p) => `${fieldWord(p.field, 'sv')} innehåller ett tecken som inte kan sparas (ett NUL-tecken eller en trasig teckenkodning). Ta bort det och försök igen.`,
  SMS_NOT_GSM7: (p) => `SMS-texten innehåller tecken som inte går att skicka som vanligt SMS: ${p.chars ?? ''}. Ta bort eller byt ut dem.`,
  NO_RECIPIENTS: () => 'Utskicket når inga kunder med aktuella avtal. Välj andra mottagare.',
  TOO_MANY_ATTACHMENTS: () => 'Du kan bifoga högst 10 filer.',
  NO_FILE: () => 'Välj en fil att ladda upp.',
  ONE_FILE_PER_UPLOAD: () => 'Skicka en fil i taget, i fältet file.',
  UPLOAD_INCOMPLETE: () => 'Filen kom inte fram hel. Försök igen.',
  FILE_NAME_MISSING: () => 'Filen saknar filnamn. Skicka den som en fil med namn, i fältet file.',
  LEASE_DOCUMENT_NOT_PDF: () => 'Avtalsdokumentet ska vara en PDF-fil. Ladda upp det undertecknade avtalet som PDF.',
  FILE_UNREADABLE: () => 'Bilden går inte att läsa. Den kan vara skadad: ta en ny bild eller välj en annan fil.',
  FILE_TOO_LARGE: () => 'Filen är större än 10 MB. Välj en mindre fil.',
  UNSUPPORTED_FILE_TYPE: () => 'Filtypen stöds inte. Bifoga PDF, JPEG, PNG, WebP eller HEIC.',
  TOO_MANY_UPLOADS: () => 'Du har laddat upp många filer som inte har skickats. Skicka eller ta bort några först.',
  INVALID_IDENTITY_NUMBER: () => 'Organisationsnumret eller personnumret är inte giltigt. Kontrollera siffrorna (10 eller 12 siffror, med eller utan bindestreck).',
  INVALID_USERNAME: () => 'Användarnamnet måste vara 3–40 tecken: bokstäver, siffror och . _ - @.',
  PASSWORD_WEAK: (p) => `Lösenordet uppfyller inte kraven: ${ruleList(String(p.rules ?? ''), 'sv')}.`,
  PASSWORD_MISMATCH: () => 'Lösenorden är inte likadana.',
  CURRENT_PASSWORD_WRONG: () => 'Det nuvarande lösenordet stämmer inte.',
  CODE_WRONG: (p) => `Fel kod. Du har ${p.left ?? 0} försök kvar.`,
  ACCOUNT_NOT_VERIFIED: () => 'Kontot är inte verifierat ännu. Slutför registreringen med koden vi skickade, eller skapa kontot igen.',
  USERNAME_TAKEN: () => 'Användarnamnet är upptaget. Välj ett annat.',
  EMAIL_TAKEN: () => 'Det finns redan en användare med den e-postadressen.',
  CODE_USED: () => 'Koden eller länken är redan använd.',
  TOTP_USED: () => 'Koden har redan använts. Vänta tills appen visar nästa kod och skriv in den.',
  NOT_VERIFIED: () => 'Verifiera först med koden vi skickade.',
  CANNOT_DEACTIVATE_SELF: () => 'Du kan inte inaktivera ditt eget konto.',
  REGISTRATION_EXPIRED: () => 'Registreringen har gått ut eller finns inte. Börja om från Skapa konto.',
  CODE_EXPIRED: () => 'Koden eller länken har gått ut. Begär en ny kod.',
  CHALLENGE_EXPIRED: () => 'Inloggningen tog för lång tid. Logga in igen.',
  INVITATION_EXPIRED: () => 'Inbjudan har gått ut. Be en administratör om en ny.',
  UNKNOWN_CUSTOMER: () => 'Kunden finns inte. Välj en kund i listan.',
  LEASE_NOT_OF_CUSTOMER: () => 'Avtalet hör inte till kunden. Välj ett av kundens avtal, eller inget avtal.',
  DUE_DATE_BEFORE_ISSUE: (p) => `Förfallodagen ${p.dueDate ?? ''} är före fakturadatumet ${p.issueDate ?? ''}. Välj en senare dag.`,
  DUE_DATE_NOT_BANKING_DAY: (p) => `Förfallodagen ${p.dueDate ?? ''} är ingen bankdag (en lördag, söndag, helgdag eller afton). Välj till exempel ${p.next ?? 'nästa vardag'}.`,
  CREDIT_TOO_LARGE: (p) => `Krediteringen av rad ${p.row ?? ''} är större än det som återstår att kreditera: högst ${kronor(p.maxOre, 'sv')} kr exklusive moms.`,
  NOTHING_TO_CREDIT: (p) => `Faktura ${p.number ?? ''} är redan krediterad i sin helhet. Det finns inget kvar att kreditera.`,
  CREDIT_OF_CREDIT_NOTE: () => 'En kreditfaktura kan inte krediteras. Kreditera fakturan den gäller i stället.',
  INVOICE_ROW_UNKNOWN: (p) => `Faktura ${p.number ?? ''} har ingen rad ${p.position ?? ''}. Välj en av fakturans rader.`,
  CREDIT_ROW_TWICE: (p) => `Rad ${p.position ?? ''} finns två gånger i krediteringen. Ange varje rad en gång.`,
  NO_LEASE: () => 'Vi hittar inget aktuellt eller kommande hyresavtal för det numret. Kontrollera numret eller kontakta oss.',
  NO_CHANNEL: (p) => `Vi har ingen e-postadress eller inget mobilnummer registrerat för er, så du kan inte verifiera kontot ännu. Kontakta oss först${p.contact ? ` (${p.contact})` : ''} så registrerar vi en e-postadress eller ett mobilnummer.`,
  RESEND_TOO_SOON: (p) => `Vänta ${p.seconds ?? 60} sekunder innan du skickar en ny kod.`,
  CODE_TOO_MANY_TRIES: () => 'För många felaktiga försök. Begär en ny kod.',
  ACCOUNT_LOCKED: (p) => lockText(Number(p.seconds ?? 60), 'sv'),
  INVALID_MOBILE: () => 'Mobilnumret är inte giltigt. Skriv till exempel 070-123 45 67.',
  MALFORMED_JSON: () => 'Förfrågan kunde inte läsas (ogiltig JSON).',
  UNAUTHENTICATED: () => 'Du behöver logga in.',
  INVALID_CREDENTIALS: () => 'Fel användarnamn eller lösenord.',
  FORBIDDEN: () => 'Du har inte behörighet till detta.',
  CSRF: () => 'Sidan har varit öppen för länge eller förfrågan saknar säkerhetskod. Ladda om sidan och försök igen.',
  CROSS_ORIGIN: () => 'Förfrågan kom från en annan webbplats och stoppades. Öppna Mina sidor direkt och försök igen.',
  NOT_FOUND: () => 'Det du söker finns inte.',
  NOTHING_CHANGED: () => 'Inget är ändrat: välj en annan status eller ansvarig, eller skriv ett svar.',
  INVALID_PERIOD: (p) => `Perioden ${p.period ? `"${p.period}" ` : ''}finns inte. Ange en månad som 2026-04 eller ett kvartal som 2026-Q2.`,
  NOTHING_TO_INVOICE: (p) => `Perioden ${p.period ?? ''} ger inga avier: inget avtal har hyra att avisera för den.`,
  PERIOD_ALREADY_RUN: (p) => `Perioden ${p.period ?? ''} är redan aviserad: alla avtal har sin avi för den. Ingen ny avi skapades.`,
  RUN_IN_PROGRESS: (p) => `En aviseringskörning för ${p.period ?? 'perioden'} pågår redan. Vänta tills den är klar.`,
  METHOD_NOT_ALLOWED: () => 'Metoden stöds inte här.',
  CONFLICT: () => 'Uppgifterna krockar med något som redan finns.',
  OBJECT_ALREADY_LET: (p) => `Hyresobjekt ${p.object} är redan uthyrt på avtal ${p.lease} ${p.to ? `${p.from}–${p.to}` : `från ${p.from} tills vidare`}. Välj andra datum eller ett annat hyresobjekt.`,
  OBJECTS_MISSING: () => 'Välj minst ett hyresobjekt för avtalet.',
  END_BEFORE_START: () => 'Slutdatumet ligger före startdatumet. Välj ett slutdatum samma dag som starten eller senare, eller tills vidare.',
  VALID_TO_BEFORE_FROM: () => 'Giltig till ligger före giltig från. Välj ett datum samma dag som giltig från eller senare.',
  VAT_RATE_MISSING: () => 'Välj momssats för hyresraden: 0 % eller 25 %.',
  VAT_RATE_HOUSING: () => 'Bostäder hyrs ut utan moms. Välj momssats 0 % för ett avtal som bara gäller lägenheter.',
  AMOUNT_MISSING: () => 'Ange hyresradens belopp i kronor, till exempel 1 450,00.',
  AMOUNT_PER_MISSING: () => 'Välj om beloppet gäller per år eller per månad.',
  DESCRIPTION_MISSING: () => 'Skriv vad hyresraden gäller, till exempel Grundhyra lokal.',
  KPI_INVALID: (p) => `Ange ${p.field === 'kpiBase' ? 'basindex' : 'aktuellt index'} som ett KPI-värde större än noll med högst två decimaler, till exempel 346,44.`,
  KPI_ONLY_FOR_INDEX: () => 'Basindex och aktuellt index hör bara till en indexrad. Välj typen Indexuppräkning eller ta bort KPI-värdena.',
  INDEX_AMOUNT_COMPUTED: () => 'En indexrads belopp räknas fram från bashyran och KPI-värdena. Ange inget belopp för den.',
  NO_BASE_RENT: (p) => `Avtalet har ingen bashyra som gäller ${p.date}. Lägg till bashyran innan indexraden.`,
  // Bank files (issue 11, importing bank files)
  BANK_FILE_EMPTY: () => 'Filen är tom. Välj bankens fil med inbetalningar (camt.054, camt.053 eller BgMax).',
  NOT_A_BANK_FILE: (p) => `Filen är ${({ pdf: 'en PDF-fil', zip: 'ett zip-arkiv (eller en Office-fil)', binary: 'en binär fil (till exempel en bild)', text: 'en textfil som inte är BgMax' } as Record<string, string>)[String(p.looksLike)] ?? 'ingen bankfil'}, inte en bankfil. Välj bankens fil med inbetalningar: camt.054 eller camt.053 (XML) eller BgMax.`,
  BANK_FILE_TOO_LARGE: (p) => `Filen är större än ${p.mb} MB. Dela upp den eller be banken om filen per dag.`,
  BANK_FILE_REFUSED: (p) => `Filen är felaktig och lästes inte in; inget bokades. ${Number(p.count) === 1 ? p.first : `Den har ${p.count} fel. Det första: ${p.first}`}`,
  REGISTER_FIELD_MISSING: (p) => `Fyll i ${registerField(p.field, 'sv')}.`,
  INVALID_POSTAL_CODE: () => 'Postnumret ska vara fem siffror, till exempel 412 61.',
  INVALID_DESIGNATION: () => 'Skriv fastighetsbeteckningen som kommun, trakt och block:enhet, till exempel Göteborg Inom Vallgraven 12:3.',
  INVALID_OBJECT_NUMBER: () => 'Objektnumret får vara högst 20 tecken: bokstäver, siffror, mellanslag och . / -, till exempel 1001 eller P-01.',
  INVALID_AREA: () => 'Ange arean i kvadratmeter, större än noll och med högst en decimal, till exempel 142,5. Lämna tomt om objektet saknar area.',
  INVALID_FLOOR: () => 'Ange våningen som ett heltal från −9 till 99: 0 är bottenvåningen, −1 källaren.',
  MANAGER_INVALID: (p) => (p.field === 'propertyManagerId'
    ? 'Välj en fastighetsansvarig i listan: personal med rollen fastighetsansvarig eller administratör.'
    : 'Välj en kundansvarig i listan: personal med rollen kundansvarig eller administratör.'),
  DESIGNATION_TAKEN: (p) => `Fastigheten ${p.designation} finns redan i registret${p.name ? ` (${p.name})` : ''}. Kontrollera beteckningen.`,
  OBJECT_NUMBER_TAKEN: (p) => `Det finns redan ett hyresobjekt med nummer ${p.number}${p.address ? `, på ${p.address}` : ''}. Välj ett annat nummer.`,
  IDENTITY_NUMBER_TAKEN: (p) => `Det finns redan en kund med nummer ${p.number}: ${p.customer}. Öppna den kunden i stället.`,
  OBJECT_IN_USE: (p) => `Hyresobjekt ${p.object} finns på avtal ${p.leases}. Typ och byggnad kan inte ändras för ett objekt som har avtal.`,
  // Collections (debt, reminders, the bookkeeping export).
  REMINDER_NOT_OVERDUE: (p) => `Fakturan förfaller ${p.dueDate ?? ''} och är inte försenad än. En påminnelse kan skickas från dagen efter förfallodagen.`,
  REMINDER_INVOICE_PAID: () => 'Fakturan är betald eller krediterad. Det finns inget att påminna om.',
  REMINDER_OF_CREDIT_NOTE: () => 'En kreditfaktura betalas inte och får ingen påminnelse.',
  REMINDER_OF_REMINDER_FEE: () => 'Det här är en påminnelseavgift. Den påminns inte om för sig, så att avgifter inte läggs på avgifter.',
  REMINDER_NO_RECIPIENT: () => 'Kunden har ingen e-postadress, inget mobilnummer och ingen användare med verifierad e-post. Lägg till en e-postadress eller ett mobilnummer under Kontaktuppgifter på kundens sida.',
  REMINDER_ALREADY_SENT: (p) => `Påminnelse ${p.level ?? ''} skickades precis av någon annan. Ladda om sidan för att se den.`,
  EXPORT_PERIOD_REVERSED: (p) => `Perioden slutar ${p.to ?? ''}, före sin början ${p.from ?? ''}. Välj ett slutdatum på eller efter startdatumet.`,
  EXPORT_PERIOD_TOO_LONG: (p) => `Perioden ${p.from ?? ''}–${p.to ?? ''} är längre än ${p.max ?? ''} dagar (18 månader, det längsta ett räkenskapsår får vara). Välj en kortare period.`,
  SETTINGS_FEE_OUT_OF_RANGE: (p) => `Påminnelseavgiften ska vara mellan 0 och ${kronor(p.maximumOre, 'sv')} kr (lagens tak är 60 kr).`,
  SETTINGS_DAYS_INVALID: (p) => ({
    days_missing: 'Ange minst en dag efter förfallodagen, till exempel 3, 14.',
    too_many_levels: `Högst ${p.maximum} påminnelser: ange högst ${p.maximum} dagar.`,
    day_out_of_range: `Varje dag ska vara ett heltal från 1 till ${p.maximum} dagar efter förfallodagen.`,
    days_not_increasing: 'Varje påminnelse ska gå ut senare än den förra: ange dagarna i stigande ordning, till exempel 3, 14.',
  } as Record<string, string>)[String(p.kind)] ?? 'Ange dagarna efter förfallodagen, till exempel 3, 14.',
  SETTINGS_INTEREST_MINIMUM_OUT_OF_RANGE: (p) => `Lägsta belopp för en räntefaktura ska vara mellan 0 och ${kronor(p.maximumOre, 'sv')} kr.`,
  SETTINGS_ACCOUNT_INVALID: (p) => `Kontot ska vara fyra siffror enligt BAS-kontoplanen, till exempel 1930${p.value ? ` (inte "${p.value}")` : ''}.`,
  // Payments handled by hand (part "payqueue").
  PAYMENT_CHANGED: (p) => `Betalningen har ändrats sedan du öppnade den (någon annan har bokat på den, eller formuläret skickades två gånger). Nu återstår ${kronor(p.leftOre, 'sv')} kr. Titta på den igen och försök på nytt.`,
  PAYMENT_NOTHING_LEFT: () => 'Det finns inget kvar av betalningen att fördela eller betala tillbaka.',
  PAYMENT_IS_REFUND: () => 'En återbetalning fördelas inte. Öppna betalningen den betalar tillbaka.',
  PAYMENT_IS_MONEY_OUT: () => 'Ett avdrag eller en retur är pengar ut: fördela det på de fakturor det gäller. Det kan inte bli tillgodo eller betalas tillbaka.',
  PAYMENT_HAS_CUSTOMER: () => 'Betalningen hör redan till en kund. Det som återstår av den är kundens tillgodo.',
  PAYMENT_SAME_CUSTOMER: () => 'Betalningen hör redan till den kunden. Välj kunden som betalningen kom från.',
  PAYMENT_REFUNDED_NOT_MOVED: () => 'En del av betalningen är återbetald och kan inte flyttas. Fördela det som återstår, eller återbetala det.',
  PAYMENT_WITHOUT_CUSTOMER: () => 'Betalningen hör inte till någon kund. Betala tillbaka till betalaren, eller ge den till en kund först.',
  PAYMENT_AMOUNT_NOT_POSITIVE: () => 'Beloppet måste vara större än 0 kr.',
  PAYMENT_OVER_LEFT: (p) => `Beloppet är större än det som återstår av betalningen: högst ${kronor(p.leftOre, 'sv')} kr.`,
  ALLOCATION_LINES_MISSING: () => 'Välj minst en faktura och ett belopp att fördela.',
  ALLOCATION_INVOICE_UNKNOWN: () => 'Fakturan finns inte. Sök fram den igen.',
  ALLOCATION_INVOICE_TWICE: (p) => `Faktura ${p.number} finns med två gånger. Ange ett belopp per faktura.`,
  ALLOCATION_TO_CREDIT_NOTE: (p) => `Faktura ${p.number} är en kreditfaktura. En kreditfaktura betalas inte: välj fakturan den krediterar.`,
  ALLOCATION_OTHER_CUSTOMER: (p) => `Faktura ${p.number} är en annan kunds än betalningens. En betalning fördelas bara på sin egen kunds fakturor.`,
  ALLOCATION_OVER_INVOICE: (p) => `Beloppet på faktura ${p.number} är större än det som går att fördela på den: högst ${kronor(p.maxOre, 'sv')} kr.`,
  ALLOCATION_SEVERAL_CUSTOMERS: () => 'Betalningen har betalat fakturor för flera kunder. Resten kan inte bli en kunds tillgodo: låt den stå kvar bland oparade eller betala tillbaka den.',
  ALLOCATION_NOT_FOUND: (p) => `Betalningen har inte betalat något på faktura ${p.number}. Det finns inget att ångra.`,
  MANUAL_PAYMENT_IN_FUTURE: (p) => `Betalningsdagen ${p.date} har inte varit än. Ange dagen pengarna kom in.`,
  MANUAL_PAYMENT_OCR_OF_OTHER_CUSTOMER: (p) => `OCR-numret hör till faktura ${p.number}, som är en annan kunds. Kontrollera kund och OCR-nummer.`,
  MANUAL_PAYMENT_KEY_REUSED: () => 'Betalningen är redan registrerad med andra uppgifter. Ladda om sidan och registrera den på nytt.',
  BODY_TOO_LARGE: () => 'Förfrågan är för stor.',
  UNSUPPORTED_MEDIA_TYPE: () => 'Formatet stöds inte. Skicka JSON.',
  RATE_LIMITED: (p) => `För många försök. Vänta ${p.seconds ?? 60} sekunder och försök igen.`,
  INTERNAL: () => 'Något gick fel hos oss. Försök igen om en stund.',
  NOT_READY: () => 'Tjänsten startar eller underhålls. Försök igen om en stund.',
};

const en: Record<ErrorCode, Template> = {
  ...optionErrorsEn,
  VALIDATION: (p) => (p.detail ? `The details are not valid: ${p.detail}` : 'The details are not valid.'),
  INVALID_EMAIL: () => 'The e-mail address is not valid.',
  INVALID_CHARACTER: (p) => `${fieldWord(p.field, 'en')} contains a character that cannot be stored (a NUL character or broken text encoding). Remove it and try again.`,
  SMS_NOT_GSM7: (p) => `The SMS text has characters that cannot be sent as a plain SMS: ${p.chars ?? ''}. Remove or replace them.`,
  NO_RECIPIENTS: () => 'The notice reaches no customers with current leases. Choose other recipients.',
  TOO_MANY_ATTACHMENTS: () => 'You can attach at most 10 files.',
  NO_FILE: () => 'Choose a file to upload.',
  ONE_FILE_PER_UPLOAD: () => 'Send one file at a time, in the field file.',
  UPLOAD_INCOMPLETE: () => 'The file did not arrive whole. Try again.',
  FILE_NAME_MISSING: () => 'The file has no file name. Send it as a file with a name, in the field file.',
  LEASE_DOCUMENT_NOT_PDF: () => 'The lease document must be a PDF file. Upload the signed lease as a PDF.',
  FILE_UNREADABLE: () => 'The picture cannot be read. It may be damaged: take a new picture or choose another file.',
  FILE_TOO_LARGE: () => 'The file is larger than 10 MB. Choose a smaller file.',
  UNSUPPORTED_FILE_TYPE: () => 'That type of file is not supported. Attach PDF, JPEG, PNG, WebP or HEIC.',
  TOO_MANY_UPLOADS: () => 'You have uploaded many files that have not been sent. Send or remove some first.',
  INVALID_IDENTITY_NUMBER: () => 'The organisation number or personal identity number is not valid. Check the digits (10 or 12 digits, with or without a dash).',
  INVALID_USERNAME: () => 'The username must be 3–40 characters: letters, digits and . _ - @.',
  PASSWORD_WEAK: (p) => `The password does not meet the requirements: ${ruleList(String(p.rules ?? ''), 'en')}.`,
  PASSWORD_MISMATCH: () => 'The passwords are not the same.',
  CURRENT_PASSWORD_WRONG: () => 'The current password is not right.',
  CODE_WRONG: (p) => `Wrong code. You have ${p.left ?? 0} tries left.`,
  ACCOUNT_NOT_VERIFIED: () => 'The account is not verified yet. Finish the registration with the code we sent, or create the account again.',
  USERNAME_TAKEN: () => 'That username is taken. Choose another one.',
  EMAIL_TAKEN: () => 'There is already a user with that e-mail address.',
  CODE_USED: () => 'The code or link has already been used.',
  TOTP_USED: () => 'That code has already been used. Wait for the app to show the next code and enter it.',
  NOT_VERIFIED: () => 'Verify with the code we sent first.',
  CANNOT_DEACTIVATE_SELF: () => 'You cannot deactivate your own account.',
  REGISTRATION_EXPIRED: () => 'The registration has expired or does not exist. Start again from Create account.',
  CODE_EXPIRED: () => 'The code or link has expired. Ask for a new code.',
  CHALLENGE_EXPIRED: () => 'The login took too long. Log in again.',
  INVITATION_EXPIRED: () => 'The invitation has expired. Ask an administrator for a new one.',
  UNKNOWN_CUSTOMER: () => 'The customer does not exist. Choose a customer from the list.',
  LEASE_NOT_OF_CUSTOMER: () => "The lease is not the customer's. Choose one of the customer's leases, or none.",
  DUE_DATE_BEFORE_ISSUE: (p) => `The due date ${p.dueDate ?? ''} is before the invoice date ${p.issueDate ?? ''}. Choose a later day.`,
  DUE_DATE_NOT_BANKING_DAY: (p) => `The due date ${p.dueDate ?? ''} is not a banking day (a Saturday, Sunday, public holiday or eve). Choose for example ${p.next ?? 'the next weekday'}.`,
  CREDIT_TOO_LARGE: (p) => `The credit of row ${p.row ?? ''} is more than is left to credit: at most ${kronor(p.maxOre, 'en')} kr excluding VAT.`,
  NOTHING_TO_CREDIT: (p) => `Invoice ${p.number ?? ''} has been credited in full already. There is nothing left to credit.`,
  CREDIT_OF_CREDIT_NOTE: () => 'A credit note cannot be credited. Credit the invoice it is for instead.',
  INVOICE_ROW_UNKNOWN: (p) => `Invoice ${p.number ?? ''} has no row ${p.position ?? ''}. Choose one of the invoice's rows.`,
  CREDIT_ROW_TWICE: (p) => `Row ${p.position ?? ''} is in the credit twice. Give each row once.`,
  NO_LEASE: () => 'We cannot find a current or coming lease for that number. Check the number or contact us.',
  NO_CHANNEL: (p) => `We have no e-mail address or mobile number on file for you, so the account cannot be verified yet. Contact us first${p.contact ? ` (${p.contact})` : ''} and we will register an e-mail address or a mobile number.`,
  RESEND_TOO_SOON: (p) => `Wait ${p.seconds ?? 60} seconds before sending a new code.`,
  CODE_TOO_MANY_TRIES: () => 'Too many wrong tries. Ask for a new code.',
  ACCOUNT_LOCKED: (p) => lockText(Number(p.seconds ?? 60), 'en'),
  INVALID_MOBILE: () => 'The mobile number is not valid. Write for example 070-123 45 67.',
  MALFORMED_JSON: () => 'The request could not be read (invalid JSON).',
  UNAUTHENTICATED: () => 'You need to log in.',
  INVALID_CREDENTIALS: () => 'Wrong username or password.',
  FORBIDDEN: () => 'You are not allowed to do this.',
  CSRF: () => 'The page has been open too long or the request lacks its security code. Reload the page and try again.',
  CROSS_ORIGIN: () => 'The request came from another website and was stopped. Open Mina sidor directly and try again.',
  NOT_FOUND: () => 'What you are looking for does not exist.',
  NOTHING_CHANGED: () => 'Nothing has changed: choose another status or assignee, or write a reply.',
  INVALID_PERIOD: (p) => `There is no period ${p.period ? `"${p.period}"` : 'like that'}. Give a month such as 2026-04 or a quarter such as 2026-Q2.`,
  NOTHING_TO_INVOICE: (p) => `The period ${p.period ?? ''} gives no invoices: no lease has rent to invoice for it.`,
  PERIOD_ALREADY_RUN: (p) => `The period ${p.period ?? ''} has been invoiced already: every lease has its invoice for it. No new invoice was made.`,
  RUN_IN_PROGRESS: (p) => `An invoice run for ${p.period ?? 'the period'} is already in progress. Wait until it is done.`,
  METHOD_NOT_ALLOWED: () => 'That method is not supported here.',
  CONFLICT: () => 'The details clash with something that already exists.',
  OBJECT_ALREADY_LET: (p) => `Rental object ${p.object} is already let on lease ${p.lease} ${p.to ? `${p.from}–${p.to}` : `from ${p.from} until further notice`}. Choose other dates or another rental object.`,
  OBJECTS_MISSING: () => 'Choose at least one rental object for the lease.',
  END_BEFORE_START: () => 'The end date is before the start date. Choose an end on the start date or later, or until further notice.',
  VALID_TO_BEFORE_FROM: () => 'Valid to is before valid from. Choose a date on valid from or later.',
  VAT_RATE_MISSING: () => 'Choose the VAT rate of the rent row: 0 % or 25 %.',
  VAT_RATE_HOUSING: () => 'Housing is let without VAT. Choose the VAT rate 0 % for a lease of apartments only.',
  AMOUNT_MISSING: () => 'Enter the amount of the rent row in kronor, for example 1450.00.',
  AMOUNT_PER_MISSING: () => 'Choose whether the amount is per year or per month.',
  DESCRIPTION_MISSING: () => 'Write what the rent row is for, for example Base rent premises.',
  KPI_INVALID: (p) => `Enter the ${p.field === 'kpiBase' ? 'base index' : 'current index'} as a CPI (KPI) value above zero with at most two decimals, for example 346.44.`,
  KPI_ONLY_FOR_INDEX: () => 'The base and current index belong to an index row only. Choose the type Index adjustment or remove the CPI values.',
  INDEX_AMOUNT_COMPUTED: () => "An index row's amount is computed from the base rent and the CPI values. Enter no amount for it.",
  NO_BASE_RENT: (p) => `The lease has no base rent in force on ${p.date}. Add the base rent before the index row.`,
  // Bank files (issue 11, importing bank files)
  BANK_FILE_EMPTY: () => "The file is empty. Choose the bank's file of incoming payments (camt.054, camt.053 or BgMax).",
  NOT_A_BANK_FILE: (p) => `The file is ${({ pdf: 'a PDF file', zip: 'a zip archive (or an Office file)', binary: 'a binary file (a picture, for example)', text: 'a text file that is not BgMax' } as Record<string, string>)[String(p.looksLike)] ?? 'no bank file'}, not a bank file. Choose the bank's file of incoming payments: camt.054 or camt.053 (XML) or BgMax.`,
  BANK_FILE_TOO_LARGE: (p) => `The file is larger than ${p.mb} MB. Split it, or ask the bank for a file per day.`,
  BANK_FILE_REFUSED: (p) => `The file is malformed and was not imported; nothing was booked. ${Number(p.count) === 1 ? p.first : `It has ${p.count} errors. The first: ${p.first}`}`,
  REGISTER_FIELD_MISSING: (p) => `Fill in ${registerField(p.field, 'en')}.`,
  INVALID_POSTAL_CODE: () => 'The postal code must be five digits, for example 412 61.',
  INVALID_DESIGNATION: () => 'Write the property designation as municipality, district and block:unit, for example Göteborg Inom Vallgraven 12:3.',
  INVALID_OBJECT_NUMBER: () => 'The object number may have at most 20 characters: letters, digits, spaces and . / -, for example 1001 or P-01.',
  INVALID_AREA: () => 'Enter the area in square metres, above zero with at most one decimal, for example 142.5. Leave it empty if the object has no area.',
  INVALID_FLOOR: () => 'Enter the floor as a whole number from −9 to 99: 0 is the ground floor, −1 the basement.',
  MANAGER_INVALID: (p) => (p.field === 'propertyManagerId'
    ? 'Choose a property manager from the list: staff with the role property manager or administrator.'
    : 'Choose a customer manager from the list: staff with the role customer manager or administrator.'),
  DESIGNATION_TAKEN: (p) => `The property ${p.designation} is in the register already${p.name ? ` (${p.name})` : ''}. Check the designation.`,
  OBJECT_NUMBER_TAKEN: (p) => `There is a rental object numbered ${p.number} already${p.address ? `, at ${p.address}` : ''}. Choose another number.`,
  IDENTITY_NUMBER_TAKEN: (p) => `There is a customer with the number ${p.number} already: ${p.customer}. Open that customer instead.`,
  OBJECT_IN_USE: (p) => `Rental object ${p.object} is on lease ${p.leases}. The type and building of an object with leases cannot be changed.`,
  // Collections (debt, reminders, the bookkeeping export).
  REMINDER_NOT_OVERDUE: (p) => `The invoice falls due on ${p.dueDate ?? ''} and is not late yet. A reminder can be sent from the day after the due date.`,
  REMINDER_INVOICE_PAID: () => 'The invoice is paid or credited. There is nothing to remind of.',
  REMINDER_OF_CREDIT_NOTE: () => 'A credit note is not paid and gets no reminder.',
  REMINDER_OF_REMINDER_FEE: () => 'This is a reminder fee. It gets no reminder of its own, so that fees are not charged on fees.',
  REMINDER_NO_RECIPIENT: () => "The customer has no e-mail address, no mobile number and no user with a verified e-mail. Add an e-mail address or a mobile number under Contact details on the customer's page.",
  REMINDER_ALREADY_SENT: (p) => `Reminder ${p.level ?? ''} was just sent by someone else. Reload the page to see it.`,
  EXPORT_PERIOD_REVERSED: (p) => `The period ends on ${p.to ?? ''}, before it begins on ${p.from ?? ''}. Choose an end date on or after the start date.`,
  EXPORT_PERIOD_TOO_LONG: (p) => `The period ${p.from ?? ''}–${p.to ?? ''} is longer than ${p.max ?? ''} days (18 months, the longest a financial year may be). Choose a shorter period.`,
  SETTINGS_FEE_OUT_OF_RANGE: (p) => `The reminder fee must be between 0 and ${kronor(p.maximumOre, 'en')} kr (the law's cap is 60 kr).`,
  SETTINGS_DAYS_INVALID: (p) => ({
    days_missing: 'Give at least one day after the due date, for example 3, 14.',
    too_many_levels: `At most ${p.maximum} reminders: give at most ${p.maximum} days.`,
    day_out_of_range: `Each day must be a whole number from 1 to ${p.maximum} days after the due date.`,
    days_not_increasing: 'Each reminder must go out later than the one before: give the days in rising order, for example 3, 14.',
  } as Record<string, string>)[String(p.kind)] ?? 'Give the days after the due date, for example 3, 14.',
  SETTINGS_INTEREST_MINIMUM_OUT_OF_RANGE: (p) => `The smallest interest invoice must be between 0 and ${kronor(p.maximumOre, 'en')} kr.`,
  SETTINGS_ACCOUNT_INVALID: (p) => `The account must be four digits of the BAS chart of accounts, for example 1930${p.value ? ` (not "${p.value}")` : ''}.`,
  // Payments handled by hand (part "payqueue").
  PAYMENT_CHANGED: (p) => `The payment has changed since you opened it (someone else booked on it, or the form was sent twice). ${kronor(p.leftOre, 'en')} kr is left now. Look at it again and try once more.`,
  PAYMENT_NOTHING_LEFT: () => 'Nothing is left of the payment to allocate or refund.',
  PAYMENT_IS_REFUND: () => 'A refund is not allocated. Open the payment it pays back.',
  PAYMENT_IS_MONEY_OUT: () => 'A deduction or a return is money out: allocate it to the invoices it concerns. It cannot become credit or be refunded.',
  PAYMENT_HAS_CUSTOMER: () => "The payment already belongs to a customer. What is left of it is the customer's credit.",
  PAYMENT_SAME_CUSTOMER: () => 'The payment already belongs to that customer. Choose the customer the payment came from.',
  PAYMENT_REFUNDED_NOT_MOVED: () => 'Part of the payment has been refunded, so it cannot be moved. Allocate what is left, or refund it.',
  PAYMENT_WITHOUT_CUSTOMER: () => 'The payment belongs to no customer. Refund it to the payer, or give it to a customer first.',
  PAYMENT_AMOUNT_NOT_POSITIVE: () => 'The amount must be more than 0 kr.',
  PAYMENT_OVER_LEFT: (p) => `The amount is more than is left of the payment: at most ${kronor(p.leftOre, 'en')} kr.`,
  ALLOCATION_LINES_MISSING: () => 'Choose at least one invoice and an amount to allocate.',
  ALLOCATION_INVOICE_UNKNOWN: () => 'The invoice does not exist. Search for it again.',
  ALLOCATION_INVOICE_TWICE: (p) => `Invoice ${p.number} is there twice. Give one amount per invoice.`,
  ALLOCATION_TO_CREDIT_NOTE: (p) => `Invoice ${p.number} is a credit note. A credit note is not paid: choose the invoice it credits.`,
  ALLOCATION_OTHER_CUSTOMER: (p) => `Invoice ${p.number} is another customer's than the payment's. A payment is allocated only to its own customer's invoices.`,
  ALLOCATION_OVER_INVOICE: (p) => `The amount on invoice ${p.number} is more than can be allocated to it: at most ${kronor(p.maxOre, 'en')} kr.`,
  ALLOCATION_SEVERAL_CUSTOMERS: () => "The payment has paid invoices of several customers. The rest cannot become one customer's credit: leave it among the unmatched or refund it.",
  ALLOCATION_NOT_FOUND: (p) => `The payment has paid nothing on invoice ${p.number}. There is nothing to undo.`,
  MANUAL_PAYMENT_IN_FUTURE: (p) => `The payment date ${p.date} has not come yet. Give the day the money came in.`,
  MANUAL_PAYMENT_OCR_OF_OTHER_CUSTOMER: (p) => `The OCR number belongs to invoice ${p.number}, which is another customer's. Check the customer and the OCR number.`,
  MANUAL_PAYMENT_KEY_REUSED: () => 'The payment is already recorded with other details. Reload the page and record it again.',
  BODY_TOO_LARGE: () => 'The request is too large.',
  UNSUPPORTED_MEDIA_TYPE: () => 'That format is not supported. Send JSON.',
  RATE_LIMITED: (p) => `Too many attempts. Wait ${p.seconds ?? 60} seconds and try again.`,
  INTERNAL: () => 'Something went wrong on our side. Please try again in a while.',
  NOT_READY: () => 'The service is starting or under maintenance. Please try again in a while.',
};

const templates: Record<Language, Record<ErrorCode, Template>> = { sv, en };

export function errorMessage(code: ErrorCode, lang: Language, params: Record<string, string | number> = {}): string {
  return templates[lang][code](params);
}

/** Schema validation details, in words a user can act on. */
export function validationDetail(
  issue: { keyword: string; field: string; limit?: number; allowed?: string },
  lang: Language,
): string {
  const f = issue.field || (lang === 'sv' ? 'förfrågan' : 'the request');
  const svText: Record<string, string> = {
    required: `${f} saknas.`,
    additionalProperties: `fältet ${f} är okänt.`,
    type: `${f} har fel typ.`,
    minLength: `${f} är för kort.`,
    maxLength: `${f} är för långt.`,
    format: `${f} har fel format.`,
    pattern: `${f} har fel format.`,
    enum: `${f} måste vara ett av: ${issue.allowed ?? ''}.`,
    minimum: `${f} är för litet.`,
    maximum: `${f} är för stort.`,
  };
  const enText: Record<string, string> = {
    required: `${f} is missing.`,
    additionalProperties: `the field ${f} is unknown.`,
    type: `${f} has the wrong type.`,
    minLength: `${f} is too short.`,
    maxLength: `${f} is too long.`,
    format: `${f} has the wrong format.`,
    pattern: `${f} has the wrong format.`,
    enum: `${f} must be one of: ${issue.allowed ?? ''}.`,
    minimum: `${f} is too small.`,
    maximum: `${f} is too large.`,
  };
  const table = lang === 'sv' ? svText : enText;
  return table[issue.keyword] ?? (lang === 'sv' ? `${f} är ogiltigt.` : `${f} is not valid.`);
}
