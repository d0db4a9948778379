// fontkit ships no types: only what the invoice PDF touches (it parses a font once and hands it to pdfkit).
declare module 'fontkit' {
  export interface Glyph { id: number; advanceWidth: number; codePoints: number[]; _decode?: () => unknown }
  export interface GlyphPosition { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth?: number }
  export interface GlyphRun { glyphs: Glyph[]; positions: GlyphPosition[]; readonly advanceWidth: number }
  export interface Font {
    postscriptName: string;
    unitsPerEm: number;
    layout(text: string, features?: unknown, ...rest: unknown[]): GlyphRun;
    getGlyph(id: number, codePoints?: number[]): Glyph;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
