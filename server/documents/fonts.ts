// The invoice PDF's fonts, read from the repository (never from the system) and parsed once per process.
// Each document embeds its own subset of the same parsed font. Two memos make a render cheap, both safe
// because a parsed font never changes: a glyph's outline is decoded once (fontkit decodes it again for
// every subset), and a word's layout is shaped once (pdfkit lays out word by word, but caches per document).
import { readFileSync } from 'node:fs';
import { create, type Font, type Glyph, type GlyphPosition, type GlyphRun } from 'fontkit';
import { fromRoot } from '../paths.ts';

const file = (name: string) => readFileSync(fromRoot('server/documents/fonts', name));

export interface InvoiceFonts { regular: Font; bold: Font; ocrB: Font }

let fonts: InvoiceFonts | null = null;

export function invoiceFonts(): InvoiceFonts {
  fonts ??= {
    regular: memoized(create(file('DejaVuSans.ttf'))),
    bold: memoized(create(file('DejaVuSans-Bold.ttf'))),
    ocrB: memoized(create(file('OCRB.otf'))),
  };
  return fonts;
}

/** Words remembered per font; a word is short, so this bounds the memory to well under a megabyte. */
const WORDS_PER_FONT = 4000;

function memoized(font: Font): Font {
  const getGlyph = font.getGlyph.bind(font);
  const patched = new WeakSet<Glyph>();
  font.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (!patched.has(glyph) && typeof glyph._decode === 'function') { // TrueType glyphs; CFF ones have none
      patched.add(glyph);
      const decode = glyph._decode.bind(glyph);
      let decoded: { value: unknown } | null = null;
      glyph._decode = () => (decoded ??= { value: decode() }).value;
    }
    return glyph;
  };

  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features, ...rest) => {
    if (features !== undefined || rest.length > 0) return layout(text, features, ...rest);
    let run = runs.get(text);
    if (!run) {
      run = layout(text);
      if (runs.size >= WORDS_PER_FONT) runs.delete(runs.keys().next().value!);
      runs.set(text, run);
    }
    return copyOf(run);
  };
  return font;
}

/** pdfkit scales a run's positions in place, so each caller gets positions of its own. */
function copyOf(run: GlyphRun): GlyphRun {
  const positions: GlyphPosition[] = run.positions.map((p) => ({ ...p }));
  return {
    glyphs: run.glyphs,
    positions,
    get advanceWidth() { return positions.reduce((sum, p) => sum + p.xAdvance, 0); },
  };
}
