export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

/** Picks sv or en from an Accept-Language header; Swedish when nothing matches. */
export function languageFrom(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'sv';
  const ranked = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { primary: tag.split('-')[0] ?? '', quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const r of ranked) {
    if (r.primary === 'sv' || r.primary === 'en') return r.primary;
  }
  return 'sv';
}
