// Every e-mail has a text part and an HTML part made from the same content; user text is escaped.
export interface EmailContent {
  greeting?: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  signature: string;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function renderEmailText(content: EmailContent): string {
  const parts = [
    ...(content.greeting ? [content.greeting] : []),
    ...content.paragraphs,
    ...(content.action ? [`${content.action.label}: ${content.action.url}`] : []),
    content.signature,
  ];
  return parts.join('\n\n') + '\n';
}

export function renderEmailHtml(content: EmailContent, lang: string): string {
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const action = content.action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(content.action.url)}" style="background:#005a9c;color:#ffffff;padding:10px 16px;border-radius:4px;text-decoration:none;display:inline-block">${escapeHtml(content.action.label)}</a></p>`
    : '';
  return `<!doctype html><html lang="${lang}"><body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#1a1a1a;line-height:1.5;max-width:600px;margin:0 auto;padding:16px">` +
    (content.greeting ? p(content.greeting) : '') +
    content.paragraphs.map(p).join('') +
    action +
    p(content.signature) +
    '</body></html>';
}
