import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Serif from the npm package @expo-google-fonts/noto-serif: complete TrueType files (not the
 * per-script subsets that web font packages ship) that cover every Vietnamese letter and tone mark.
 * pdfkit embeds only the glyphs a document uses.
 */
const FILES = {
  regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
} as const;

export type FontName = keyof typeof FILES;

let cache: Record<FontName, Buffer> | null = null;

/** The font files, read once per process. */
export function serifFonts(): Record<FontName, Buffer> {
  if (!cache) {
    const require = createRequire(import.meta.url);
    cache = Object.fromEntries(
      Object.entries(FILES).map(([name, file]) => [name, readFileSync(require.resolve(file))]),
    ) as Record<FontName, Buffer>;
  }
  return cache;
}
