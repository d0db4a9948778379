// Texts every part of the app uses: the frame around pages, errors, files attached anywhere.

/**
 * One word per thing, in the portal and the back office alike; the other areas take their labels
 * from here. The words follow the landlord's own documents (../shared/seeds): "avtalsnumret",
 * "ärendenumret", "hyresobjekt: lokal, lägenhet …", "kategorier". The staff's side is
 * "Förvaltning": the seeds call what happens inside "Teknisk Förvaltning", and it is the Swedish
 * word for the landlord's management of its properties, where "Backoffice" is English jargon.
 */
export const glossary = {
  backoffice: 'Förvaltning',
  lease: 'Avtal',
  leaseNumber: 'Avtalsnummer',
  rentalObject: 'Hyresobjekt',
  rentalObjects: 'Hyresobjekt',
  space: 'Utrymme',
  caseNumber: 'Ärendenummer',
  /** What a case is about (Felanmälan, Fråga om hyra …): the tenant chooses it, staff route by it. */
  category: 'Kategori',
  /** Serviceärende, Tillvalsärende, Information från hyresvärden. */
  caseKind: 'Ärendetyp',
  mobile: 'Mobilnummer',
  /** A rental object by what it is: "Lokal 1001". */
  objectName: '{{type}} {{number}}',
  /** A lease by what it rents: "100101 · Lokal 1001, Utlandagatan 6". */
  leaseName: '{{number}} · {{object}}, {{street}}',
  /** A rent notice, and in the portal any invoice: the seeds' "Avi" button, "Öppna avi". */
  invoice: 'Avi',
  invoiceNumber: 'Fakturanummer',
  creditNote: 'Kreditfaktura',
  dueDate: 'Förfallodag',
  bankgiro: 'Bankgiro',
  ocr: 'OCR-nummer',
};

export const common = {
  glossary,
  app: {
    portalName: 'Mina sidor',
    backofficeName: glossary.backoffice,
  },
  language: {
    // The switch shows the language you can change to, written in that language.
    switchTo: 'English',
    switchToCode: 'en',
  },
  common: {
    skipToContent: 'Hoppa till innehållet',
    loading: 'Laddar…',
    loadingPage: 'Sidan laddas',
    menu: 'Meny',
    logout: 'Logga ut',
    retry: 'Försök igen',
    missing: 'Saknas',
    untilFurtherNotice: 'Tills vidare',
    cancel: 'Avbryt',
  },
  // The error summary and field messages of every form (useSubmit, ErrorSummary, FieldError).
  form: {
    problem: 'Det finns ett problem',
    errorPrefix: 'Fel:',
    fillIn: 'Fyll i {{field}}.',
    choose: 'Välj {{field}}.',
    email: 'Skriv e-postadressen i formen namn@exempel.se.',
    tooLong: '{{label}} får vara högst {{max}} tecken.',
    tooShort: '{{label}} måste vara minst {{min}} tecken.',
    check: 'Kontrollera {{field}}.',
  },
  errors: {
    network: 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
    unexpected: 'Något gick fel. Försök igen om en stund.',
    session: 'Det gick inte att kontrollera din inloggning.',
  },
  footer: {
    orgNumber: 'Org.nr {{value}}',
    phone: 'Telefon',
    email: 'E-post',
    website: 'Webbplats',
  },
  notFound: {
    title: 'Sidan hittades inte',
    text: 'Sidan du söker finns inte eller har flyttats.',
    toPortal: 'Till Mina sidor',
    toBackoffice: 'Till Förvaltning',
  },
  // A page whose file did not download (or that failed while drawing): the start's texts, never a page's.
  pageError: {
    title: 'Sidan kunde inte visas',
    text: 'Det kan bero på anslutningen eller på att tjänsten just har uppdaterats. Ladda om sidan för att försöka igen.',
    reload: 'Ladda om sidan',
  },
  // Files on cases, messages and notices: the picker in forms and the list where they are shown.
  attachments: {
    label: 'Bilagor',
    takePhoto: 'Ta foto',
    chooseFiles: 'Välj filer',
    chooseFile: 'Välj fil',
    hint: 'PDF, JPEG, PNG, WebP eller HEIC. Högst {{max}} filer, 10 MB per fil.',
    pdfHint: 'En PDF-fil, högst 10 MB.',
    uploading: 'Laddar upp…',
    uploaded: 'Uppladdad',
    remove: 'Ta bort',
    removeFile: 'Ta bort {{name}}',
    file: 'Fil',
    // The same words as the server's FILE_TOO_LARGE.
    tooLarge: 'Filen är större än 10 MB. Välj en mindre fil.',
    tooMany: 'Du kan bifoga högst {{max}} filer. De här lades inte till: {{names}}.',
    waiting: 'Skickas när filerna har laddats upp…',
    failedWhileSending: 'Det gick inte att ladda upp {{names}}. Ta bort filen eller välj den igen och skicka sedan på nytt.',
    uploadingAnnounce_one: 'Laddar upp {{name}}…',
    uploadingAnnounce_other: 'Laddar upp {{count}} filer…',
    uploadedAnnounce_one: '{{name}} är uppladdad.',
    uploadedAnnounce_other: '{{count}} filer är uppladdade.',
    failedAnnounce: '{{name}} kunde inte laddas upp: {{message}}',
    removedAnnounce: '{{name}} är borttagen.',
    listLabel: 'Bilagor',
    download: 'Ladda ned',
    close: 'Stäng',
  },
  vat: '{{rate}} %',
};

export type CommonMessages = typeof common;
